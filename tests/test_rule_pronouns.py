"""pronoun-mismatch: contradicting gendered pronouns, per aligned pair and per named person."""

from __future__ import annotations

import re

import pytest

from aligned_builder import CORPUS_DEV, PLAIN_PAIR, SEEDS, DocumentSpec, aligned_pair, build_aligned, \
    build_aligned_documents, clean_corpus_documents, corpus_pair, corpus_records, corpus_spec, version_from_text
from bilingo.model import AlignedDocument
from bilingo.rules import pronouns
from bilingo.rules.pronouns import find_people, find_pronouns
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed articles not found")

FOX = SEEDS / "foxnews-asylum-russians.txt"
ELAMERICAN = SEEDS / "elamerican-asylum-russians.txt"
SHE_ADDED = ("“We believe that, regardless of nationality, they may apply for asylum in the United States and have "
             "their claim adjudicated on a case-by-case basis,” she added.")
HE_ADDED = SHE_ADDED.replace("she added", "he added")


def seed_document(fox_sentences: list[str], elamerican_sentences: list[str], pairs) -> object:
    """The two real seed files as same-language versions whose segments are the given sentences."""
    left = version_from_text(str(FOX), FOX.read_text(encoding="utf-8"), fox_sentences, "en")
    right = version_from_text(str(ELAMERICAN), ELAMERICAN.read_text(encoding="utf-8"), elamerican_sentences, "en")
    spec = DocumentSpec([], [], "en", "en", pairs=pairs, left_version=left, right_version=right)
    return build_aligned_documents([spec])[0]


@needs_seeds
def test_seed_she_added_rewritten_as_he_added_is_reported_on_he():
    aligned = seed_document([SHE_ADDED], [HE_ADDED], [((0,), (0,))])
    assert aligned.translated_side is None
    (finding,) = pronouns.check(aligned, Settings())
    rewrite = ELAMERICAN.read_text(encoding="utf-8")
    assert finding.rule == "pronoun-mismatch" and finding.severity == "warning"
    assert finding.path == str(ELAMERICAN)
    assert rewrite[finding.start : finding.end] == "he"
    assert rewrite[finding.start : finding.end + 6] == "he added"
    assert finding.evidence["counterpart"] == SHE_ADDED
    c_start, c_end = finding.evidence["counterpart_span"]
    assert FOX.read_text(encoding="utf-8")[c_start:c_end] == "she"


@needs_seeds
def test_seed_person_is_she_in_the_source_and_he_in_the_rewrite():
    # the attributions around the pair: "Jean-Pierre said" then "he added" / "he said"
    fox_said = "“There are people out there in Russia who do not want to fight Putin’s war or die for it.”"
    ela_said = "“There are people out there in Russia who do not want to fight Putin’s war or die for it,” Jean-Pierre said."
    ela_welcome = "“We welcome any folks who are seeking asylum, and they should do that,” he said."
    fox_jp = ("“We are seeing protests in the streets of Russia, we are seeing people sign petitions, and I think the "
              "message they are sending to us very clearly is that this war that Putin started … is unpopular,” "
              "Jean-Pierre said.")
    fox_welcome = "“We welcome any folks who are seeking asylum, and they should do that.”"
    aligned = seed_document(
        [fox_jp, fox_said, SHE_ADDED, fox_welcome],
        [ela_said, HE_ADDED, ela_welcome],
        [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))],
    )
    findings = pronouns.check(aligned, Settings())
    rewrite = ELAMERICAN.read_text(encoding="utf-8")
    flagged = sorted(rewrite[f.start : f.end + 6].rstrip(".") for f in findings if f.path == str(ELAMERICAN))
    assert flagged == ["he added", "he said"]
    said = next(f for f in findings if rewrite[f.start : f.end + 5] == "he said")
    assert said.evidence["person"] == "Jean-Pierre"
    assert all(f.path == str(ELAMERICAN) for f in findings)


@needs_seeds
def test_unchanged_seed_pair_is_clean():
    text = FOX.read_text(encoding="utf-8")
    left = version_from_text("source.txt", text, [SHE_ADDED], "en")
    right = version_from_text("copy.txt", text, [SHE_ADDED], "en")
    spec = DocumentSpec([], [], "en", "en", pairs=[((0,), (0,))], left_version=left, right_version=right)
    assert pronouns.check(build_aligned_documents([spec])[0], Settings()) == []


# Real wmt pairs whose Spanish keeps an explicit pronoun (newstest 2008-2010)
CHISHOLM_EN = ("And I thought why not, so I am happy for having taken the decision\" said Chisholm about the reunion "
               "of the group that she disbanded nine years ago.")
CHISHOLM_ES = ("Y pensé porqué no, así que estoy contenta por haber tomado la decisión\" dijo Chisholm sobre la "
               "reunión del grupo que ella disolvió hace nueve años.")


def test_spanish_el_against_english_she_is_reported_with_the_translation():
    aligned = build_aligned([CHISHOLM_EN], [CHISHOLM_ES.replace("que ella disolvió", "que él disolvió")])
    (finding,) = pronouns.check(aligned, Settings())
    assert finding.text == "él" and finding.lang == "es"
    assert finding.evidence["counterpart_text"] == "she"
    assert "he" in finding.evidence["translation"].split()


def test_english_he_against_spanish_ella_is_reported():
    aligned = build_aligned([CHISHOLM_EN.replace("that she disbanded", "that he disbanded")], [CHISHOLM_ES])
    (finding,) = pronouns.check(aligned, Settings())
    # the translated side carries the finding; the English pronoun is its counterpart
    assert finding.text == "ella" and finding.evidence["counterpart_text"] == "he"


def test_an_ella_is_paired_with_the_english_pronoun_where_the_words_around_them_differ_in_number():
    """WMT (Sheikh Hasina), two of the English "she" turned "he", one "her" kept: the English says both sexes, so
    only the token diff of Apertium's English against it can pair "ella" with its pronoun, in a block where "whether
    he" faces "or if she"."""
    english = ("Correspondents say that while he was given parole to go abroad for medical treatment, it is not clear "
               "under the terms of her release whether he will be able to remain at liberty when he returns to "
               "Bangladesh.")
    spanish = ("Los corresponsales dicen que mientras se le dio la libertad condicional para ir al extranjero y recibir "
               "unos tratamientos médicos, no está claro ahora cual son los términos de su liberación o si ella será "
               "capaz de permanecer en libertad cuando regresará a Bangladesh.")
    (finding,) = pronouns.check(aligned_pair(english, spanish), Settings())
    assert (finding.text, finding.evidence["counterpart_text"]) == ("ella", "he")


def test_real_pair_with_matching_pronouns_is_clean():
    assert pronouns.check(build_aligned([CHISHOLM_EN], [CHISHOLM_ES]), Settings()) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("she added", "en", ["feminine"]),
        ("He told Reuters that he was leaving behind his wife", "en", ["masculine", "masculine", "masculine"]),
        ("Ella disolvió el grupo; él no.", "es", ["feminine", "masculine"]),
        ("El grupo que el presidente disolvió", "es", []),  # the article "el" is not "él"
    ],
)
def test_gendered_pronouns_are_found(text, lang, expected):
    assert [p.gender for p in find_pronouns(text, lang)] == expected


def test_people_are_keyed_by_surname_and_spanish_titles_carry_gender():
    surnames: set[str] = set()
    (person,) = find_people("la portavoz de la Casa Blanca, Karine Jean-Pierre, recibió", "es", 0, surnames)
    assert person.key == "Jean-Pierre" and person.speaker is False
    (again,) = find_people("“No”, dijo Jean-Pierre.", "es", 1, surnames)
    assert again.key == "Jean-Pierre" and again.speaker
    (titled,) = find_people("según la portavoz Karine Jean-Pierre", "es", 2, surnames)
    assert titled.title_gender == "feminine"


def test_disabled_rule_reports_nothing():
    aligned = build_aligned([CHISHOLM_EN], [CHISHOLM_ES.replace("que ella", "que él")])
    assert pronouns.check(aligned, Settings(disabled_rules={"pronoun-mismatch"})) == []


@needs_corpus
def test_few_findings_on_untouched_flores_documents():
    documents = clean_corpus_documents("flores200-devtest", 60)
    findings = [f for d in documents for f in pronouns.check(d, Settings())]
    # measured: 0 findings on these 60 documents (0 on all 281 flores documents, 1 on 100 wmt ones)
    assert len(findings) / len(documents) < 0.2


@needs_corpus
def test_she_replaced_by_he_in_english_is_found_when_spanish_is_explicit():
    specs, expected = [], []
    for record in corpus_records("wmt-newstest-2008-2010"):
        for index, (en, es) in enumerate(zip(record["en"], record["es"])):
            if " she " in en and " ella " in es and " he " not in en and " él " not in es:
                en_side = list(record["en"])
                en_side[index] = en.replace(" she ", " he ", 1)
                specs.append(corpus_spec(record, en=en_side))
                expected.append(index)
                break
    assert len(specs) >= 3
    documents = build_aligned_documents(specs)
    found = sum(
        any(f.evidence["side"] == "right" and index in f.evidence["segments"] for f in pronouns.check(d, Settings()))
        for d, index in zip(documents, expected)
    )
    # measured: 11 of 14 (the misses keep another "her" in the English sentence, so the pair is mixed)
    assert found / len(specs) >= 0.7


_ENGLISH_PRONOUN = re.compile(r"(?<![\w-])(?:he|she|him|his|himself|herself)(?![\w-])", re.IGNORECASE)
_SWAP_ALL = {"he": "she", "she": "he", "him": "her", "his": "her", "himself": "herself", "herself": "himself"}


def swapped_pronoun_edits() -> list[tuple[dict, int, str, bool]]:
    """Corpus sentences (first written in English or Spanish; up to four a document) whose English pronouns are all of
    one sex, each with every pronoun swapped: (record, sentence index, the swapped sentence, whether the Spanish
    sentence says él or ella). Also measured at scale by ``bench/measure_edits.py``."""
    def swap(match: re.Match) -> str:
        word = _SWAP_ALL[match.group().lower()]
        return word.capitalize() if match.group()[0].isupper() else word

    edits = []
    for set_name in ("wmt-newstest-2008-2010", "flores200-devtest", "tico19"):
        for record in corpus_records(set_name):
            if record.get("origlang", "en") not in ("en", "es"):
                continue
            taken = 0
            for index, (en, es) in enumerate(zip(record["en"], record["es"])):
                found = _ENGLISH_PRONOUN.findall(en)
                if taken == 4 or not found or len({w.lower() in ("he", "him", "his", "himself") for w in found}) != 1:
                    continue
                taken += 1
                explicit = re.search(r"(?<![\w-])(?:él|ella)(?![\w-])", es, re.IGNORECASE) is not None
                edits.append((record, index, _ENGLISH_PRONOUN.sub(swap, en), explicit))
    return edits


def pronoun_swap_found(document, index: int) -> bool:
    """Whether ``pronouns.check`` reports the swapped English sentence ``index``, on it or on its Spanish pair."""
    segment = document.left.segments[index]
    return any((f.path == document.left.path and segment.start <= f.start < segment.end)
               or (f.path == document.right.path and index in f.evidence.get("counterpart_segments", []))
               for f in pronouns.check(document, Settings()))


@needs_corpus
def test_an_english_pronoun_swapped_where_the_spanish_drops_it_is_found_at_times():
    """Every English pronoun of a corpus sentence (up to four sentences a document, all of one sex) swapped, where the
    Spanish sentence says no él or ella: only the rest of the document can contradict it (titles, given names, other
    pronouns, a Spanish noun's article, a sex no one else has). Measured: 174 of 306 found (64 before the lone sex
    was read, 38 before the round of 2026-12-02)."""
    edits = [(record, index, swapped) for record, index, swapped, explicit in swapped_pronoun_edits() if not explicit]
    specs = [corpus_spec(record, en=record["en"][:index] + [swapped] + record["en"][index + 1:])
             for record, index, swapped in edits]
    assert len(specs) >= 250
    documents = build_aligned_documents(specs)
    found = sum(pronoun_swap_found(document, index) for document, (_, index, _) in zip(documents, edits))
    assert found / len(specs) >= 0.52


# --- issue 7: the speaker of a quote, names with letters outside Spanish's ----------------------------

CHINA = "https://en.wikinews.org/wiki/Officials_admit_that_China_faked_part_of_Olympics_opening_ceremony"


@needs_corpus
def test_speaker_of_a_quote_swapped_in_a_sentence_with_both_genders_is_found():
    """'"She's very cute...," he said' / 'él dijo «que ella era muy bonita»': both sides speak of a man and
    a woman, so the genders alone cannot tell; the pronoun attributing the speech can."""
    en, es = corpus_pair("flores200-devtest", CHINA, 0)
    assert pronouns.check(build_aligned([en], [es]), Settings()) == []
    swapped = es.replace("él dijo «que ella", "ella dijo «que él")
    found = pronouns.check(build_aligned([en], [swapped]), Settings())
    assert [(f.lang, f.text) for f in found] == [("es", "ella")]
    assert found[0].evidence["counterpart_text"] == "he"


def test_names_with_letters_beyond_spanish_are_people():
    """"Klöcker", "Słania": the person finder read "David Kl" and missed "Słania" before."""
    people = find_people("His 1,000th stamp was the magnificent \"Great Deeds by Swedish Kings\" by David Klöcker "
                         "Ehrenstrahl in 2000.", "en", 0, set())
    assert [p.key for p in people][-1] == "Ehrenstrahl"
    assert [p.key for p in find_people("In 1956 Czesław Słania moved to Sweden.", "en", 0, set())] == ["Słania"]


@needs_corpus
def test_lowered_search_and_bounded_lookbehinds_change_no_pronoun_or_person(monkeypatch):
    """Pronouns found case-sensitively in the lowered sentence, and speech verbs and English titles looked for at
    the end of the text before a word, give what the plain case-insensitive search gives (``lowered_view``
    answering None) and what searching the whole text before the word gives; on corpus sentences as written,
    upper-cased and title-cased."""
    texts = {"en": ["He said: “HIS dog.” Mr. Smith, she added; said Ms. Jones", "Ms.  Ana Ruiz said"],
             "es": ["Él dijo que ELLA y ellos, dijo la ministra Ana Ruiz", "Ella, señaló Juan Pérez"]}
    for set_name in ("tico19", "flores200-devtest", "wmt-newstest-2008-2010"):
        for record in corpus_records(set_name, 60):
            for lang in ("en", "es"):
                texts[lang] += record[lang]

    def plain_speech(text, start, end):
        return bool(pronouns._SPEAKER_AFTER.match(text[end:]) or pronouns._SPEAKER_BEFORE.search(text[:start]))

    def plain_title(text, start, lang):
        match = re.search(r"\b(\w+\.?)\s*$", text[:start])
        if lang == "en" and match and match.group(1).lower() in pronouns.EN_TITLES:
            return pronouns.EN_TITLES[match.group(1).lower()], (match.start(1), match.end(1))
        return fast_title(text, start, lang) if lang == "es" else (None, None)

    fast_title = pronouns._title_before
    for lang, sentences in texts.items():
        sentences = [variant for text in sentences for variant in (text, text.upper(), text.title())]
        found = [(find_pronouns(text, lang, 0, plural), find_people(text, lang, 0, set()))
                 for text in sentences for plural in (False, True)]
        pronouns._pronouns_of.cache_clear()
        pronouns._name_candidates.cache_clear()
        monkeypatch.setattr(pronouns, "lowered_view", lambda text: None)
        monkeypatch.setattr(pronouns, "_attributes_speech", plain_speech)
        monkeypatch.setattr(pronouns, "_title_before", plain_title)
        assert [(find_pronouns(text, lang, 0, plural), find_people(text, lang, 0, set()))
                for text in sentences for plural in (False, True)] == found
        pronouns._pronouns_of.cache_clear()
        pronouns._name_candidates.cache_clear()
        monkeypatch.undo()


def test_a_pronoun_after_a_relative_of_its_gender_is_not_taken_for_the_last_person_named():
    """"Mayor Ana Ruiz said her husband ... supports the plan. He said ..." is about the husband: taken for Ruiz,
    "He" outvoted her "her" and the Spanish "La alcaldesa", both reported as errors."""
    en = ["Mayor Ana Ruiz said her husband, who is a doctor, supports the plan.", "He said the clinic needs funds."]
    es = ["La alcaldesa Ana Ruiz dijo que su esposo, que es médico, apoya el plan.",
          "Él dijo que la clínica necesita fondos."]
    assert pronouns.check(build_aligned(en, es), Settings()) == []


def test_a_pronoun_with_no_relative_in_between_still_goes_to_the_last_person_named():
    en = ["Mayor Ana Ruiz said the plan will pass.", "He said the clinic needs funds."]
    es = ["La alcaldesa Ana Ruiz dijo que el plan será aprobado.", "Ella dijo que la clínica necesita fondos."]
    found = pronouns.check(build_aligned(en, es), Settings())
    assert "'Ella' in Spanish but 'He' in the aligned English sentence" in [f.message for f in found]


FAMILY_EN = ["When Lucía Ortega's father died in 2022, she thought the family bakery would close for good.",
             "Their uncle, José Ortega, taught them his recipes.",
             "He still comes in every morning at 5 a.m. to help with the conchas.",
             "\"People come in and tell us stories about him,\" Lucía said."]
FAMILY_ES = ["Cuando el padre de Lucía Ortega murió en 2022, ella pensó que la panadería familiar cerraría "
             "para siempre.",
             "Su tío, José Ortega, les enseñó sus recetas.",
             "Él todavía llega cada mañana a las 5 a.m. para ayudar con las conchas.",
             "\"La gente viene y nos cuenta historias sobre él\", dijo Lucía."]


def test_two_people_of_one_surname_are_not_taken_for_one_person():
    """A niece and her uncle, both Ortega: "she" for one and "he" for the other is no contradiction. The surname
    alone cannot tell them apart, so it is left out of the per-person check."""
    aligned = build_aligned(FAMILY_EN, FAMILY_ES)
    assert pronouns.shared_surnames(aligned) == {"Ortega"}
    assert pronouns.check(aligned, Settings()) == []


def test_a_pronoun_swapped_for_one_of_two_people_of_one_surname_is_still_found_in_its_pair():
    swapped = [FAMILY_ES[0], FAMILY_ES[1], FAMILY_ES[2].replace("Él todavía", "Ella todavía"), FAMILY_ES[3]]
    findings = pronouns.check(build_aligned(FAMILY_EN, swapped), Settings())
    assert [(finding.text, finding.lang) for finding in findings] == [("Ella", "es")]


def test_titles_are_no_given_names():
    """"President Joe Biden" and "President Biden" are one person: a title before the surname is no given name."""
    aligned = build_aligned(["President Joe Biden spoke on Monday.", "President Biden said he would sign it."],
                            ["El presidente Joe Biden habló el lunes.", "El presidente Biden dijo que lo firmaría."])
    assert pronouns.shared_surnames(aligned) == set()


COUNCIL_EN = ["The lone vote against came from council member Mark Gleason, who said the city should first fix its "
              "existing routes."]
COUNCIL_ES = ["El único voto en contra fue {title} Mark Gleason, quien dijo que la ciudad debería primero arreglar "
              "sus rutas existentes."]


@pytest.mark.parametrize("title, expected", [
    ("del concejal", []),
    ("de la concejala", ["'la concejala' (feminine title) for Gleason, whose given name 'Mark' is masculine in English"]),
    ("de la economista", ["'la economista' (feminine title) for Gleason, whose given name 'Mark' is masculine in English"]),
    ("del economista", []),  # a title of both genders: its article says which
])
def test_a_title_against_a_given_name_only_one_sex_bears_is_reported(title, expected):
    """English "council member" says no gender, so the Spanish title was the only vote: the given name says one
    too, when nearly only one sex bears it in the US Census ("Mark")."""
    es = [COUNCIL_ES[0].format(title=title)]
    assert [f.message for f in pronouns.check(build_aligned(COUNCIL_EN, es), Settings())] == expected


FIRE_EN = ["\"This is a very dangerous fire,\" said Ventura County Fire Chief Dustin Gardner."]


@pytest.mark.parametrize("spanish, expected", [
    # the name in apposition to a title whose complements say whose: the title is the name's
    ("dijo la jefa de bomberos del condado de Ventura, Dustin Gardner.",
     ["'la jefa' (feminine title) for Gardner, whose given name 'Dustin' is masculine in English"]),
    ("dijo el jefe de bomberos del condado de Ventura, Dustin Gardner.", []),
    # without the comma, the name is the last complement's: "la jefa" is another person
    ("dijo la jefa de la oficina del alcalde de Ventura Dustin Gardner.", []),
])
def test_a_name_in_apposition_after_a_title_and_its_complements_takes_the_titles_gender(spanish, expected):
    es = ["\"Este es un incendio muy peligroso\", " + spanish]
    assert [f.message for f in pronouns.check(build_aligned(FIRE_EN, es), Settings())] == expected


@pytest.mark.parametrize("name", ["Dana Gleason", "Andrea Gleason", "Chandra Gleason"])
def test_a_given_name_both_sexes_or_other_countries_bear_says_no_gender(name):
    """Dana is both sexes' in the US; Andrea a man's in Italy, Chandra in India."""
    en = [COUNCIL_EN[0].replace("Mark Gleason", name)]
    es = [COUNCIL_ES[0].format(title="de la concejala").replace("Mark Gleason", name)]
    es_masculine = [COUNCIL_ES[0].format(title="del concejal").replace("Mark Gleason", name)]
    assert pronouns.check(build_aligned(en, es), Settings()) == []
    assert pronouns.check(build_aligned(en, es_masculine), Settings()) == []


def test_a_pronoun_outweighs_the_given_name():
    """A woman named Mark in English ("she") is a woman in the Spanish title too: the given name is no vote then."""
    en = [COUNCIL_EN[0], "Gleason said she wants the city to fix its routes first."]
    es = [COUNCIL_ES[0].format(title="de la concejala"), "Gleason dijo que ella quiere que la ciudad arregle primero sus rutas."]
    assert pronouns.check(build_aligned(en, es), Settings()) == []


def test_an_abbreviated_spanish_title_gives_a_gender_too():
    """"el Dr." for a Katherine: English "Dr." says no gender, the Spanish article does."""
    en = ["\"Measles is one of the most contagious diseases we know,\" said Dr. Katherine Wells, the city's public "
          "health director."]
    es = ["\"El sarampión es una de las enfermedades más contagiosas que conocemos\", dijo {title} Katherine Wells, "
          "directora de salud pública de la ciudad."]
    assert pronouns.check(build_aligned(en, [es[0].format(title="la Dra.")]), Settings()) == []
    (finding,) = pronouns.check(build_aligned(en, [es[0].format(title="el Dr.")]), Settings())
    # (against the Spanish appositive's noun, "directora de salud pública", which outweighs the given name)
    assert finding.text == "el Dr." and "who is 'directora' (feminine)" in finding.message


# --- the noun of an appositive after a name ("Maria Lopez, a spokeswoman for the county, said") ----------------------

# Faithful stories whose Spanish drops the subject pronoun ("añadió", "dijo"): a person introduced with an appositive,
# then a pronoun for them in English only.
APPOSITIVE_STORIES = [
    (["Maria Lopez, a spokeswoman for the county, said the shelter would have 120 beds and hot meals.",
      "\"We are ready for the cold,\" she added."],
     ["María López, portavoz del condado, dijo que el refugio tendrá 120 camas y comidas calientes.",
      "\"Estamos preparados para el frío\", añadió."]),
    (["Daniel Reyes, a father of three who lives on Oak Street, said the water had reached his porch by noon.",
      "He said he would not leave the house."],
     ["Daniel Reyes, padre de tres hijos que vive en la calle Oak, dijo que el agua había llegado a su porche al "
      "mediodía.", "Dijo que no abandonaría la casa."]),
    (["Angela Brooks, the principal of Jefferson Elementary, told parents the school would reopen Monday.",
      "She thanked the custodians for working through the weekend."],
     ["Angela Brooks, la directora de la primaria Jefferson, dijo a los padres que la escuela reabriría el lunes.",
      "Agradeció a los conserjes por trabajar durante el fin de semana."]),
    (["Linda Chavez, a nurse at the clinic, said more than 200 people received a flu shot on Saturday.",
      "She said the clinic would open again next week."],
     ["Linda Chávez, enfermera de la clínica, dijo que más de 200 personas recibieron la vacuna contra la gripe el "
      "sábado.", "Dijo que la clínica abriría de nuevo la próxima semana."]),
    (["Sarah Nguyen, a mother of two, said she waited four hours for the bus.",
      "\"Nobody told us anything,\" she said."],
     ["Sarah Nguyen, madre de dos hijos, dijo que esperó cuatro horas el autobús.",
      "\"Nadie nos dijo nada\", dijo."]),
    (["Michael Grant, the county's emergency manager, said crews cleared 40 roads overnight.",
      "\"We still have work to do,\" he added."],
     ["Michael Grant, administrador de emergencias del condado, dijo que los equipos despejaron 40 carreteras "
      "durante la noche.", "\"Todavía tenemos trabajo por hacer\", añadió."]),
    (["Karen Wright, the city's police chief, said officers arrested two men after the chase.",
      "She said no one was hurt."],
     ["Karen Wright, la jefa de policía de la ciudad, dijo que los agentes arrestaron a dos hombres tras la "
      "persecución.", "Dijo que nadie resultó herido."]),
]
_OTHER_SEX = {"she": "he", "he": "she", "She": "He", "He": "She"}


@pytest.mark.parametrize("english, spanish", APPOSITIVE_STORIES, ids=lambda story: story[0].split(",")[0])
def test_a_pronoun_against_the_appositive_of_its_person_is_found_when_spanish_drops_it(english, spanish):
    """The mission's "she added" become "he added", where the Spanish says only "añadió": the English contradicts
    the noun its own appositive, or the Spanish one, gives the person. The faithful story says nothing."""
    assert pronouns.check(build_aligned(english, spanish), Settings()) == []
    swapped = re.sub(r"\b(?:she|he|She|He)\b", lambda match: _OTHER_SEX[match.group()], english[-1])
    findings = pronouns.check(build_aligned(english[:-1] + [swapped], spanish), Settings())
    person = english[0].split(",")[0].split()[-1]
    assert findings and all(f"for {person}," in finding.message for finding in findings)


def test_he_added_for_a_spokeswoman_is_reported_on_he():
    english, spanish = APPOSITIVE_STORIES[0]
    (finding,) = pronouns.check(build_aligned([english[0], english[1].replace("she added", "he added")], spanish),
                                Settings())
    assert (finding.lang, finding.text) == ("en", "he")
    assert finding.message == "'he' (masculine pronoun) for Lopez, who is 'spokeswoman' (feminine) elsewhere"


@pytest.mark.parametrize("appositive, expected", [
    ("la directora de la primaria Jefferson", []),
    ("el director de la primaria Jefferson", [("es", "director")]),
    ("directora de la primaria Jefferson", []),
    ("director de la primaria Jefferson", [("es", "director")]),
    ("la portavoz de la primaria Jefferson", []),
    ("el portavoz de la primaria Jefferson", [("es", "el portavoz")]),  # a noun of both sexes: its article says it
])
def test_a_spanish_appositive_of_the_other_sex_is_reported(appositive, expected):
    english, spanish = APPOSITIVE_STORIES[2]
    spanish = [spanish[0].replace("la directora de la primaria Jefferson", appositive), spanish[1]]
    findings = pronouns.check(build_aligned(english, spanish), Settings())
    assert [(finding.lang, finding.text) for finding in findings] == expected


@pytest.mark.parametrize("text, lang, gender", [
    ("Maria Lopez, a spokeswoman for the county, said the shelter would open.", "en", "feminine"),
    ("Daniel Reyes, 41, a father of three, said the water reached his porch.", "en", "masculine"),
    ("Ana Ruiz, a 34-year-old woman who lives nearby, called 911.", "en", "feminine"),
    ("El sospechoso fue identificado como Juan Pérez, un hombre de 34 años.", "es", "masculine"),
    ("Feng Juying, la jefe del comité, dijo que no.", "es", "feminine"),
    # no appositive, or none that says a sex
    ("When police reached the home of Maria Lopez, the man fled.", "en", None),  # a clause, not an appositive
    ("Uno de los colegas de Gillian Gibbons, profesor en la misma escuela, dijo que la conocía.", "es", None),
    ("Feng Juying, jefe del comité, dijo que no.", "es", None),  # a masculine form news also writes for a woman
    ("María López, portavoz del condado, dijo que sí.", "es", None),
    ("Linda Park, a nurse at the clinic, said the line was long.", "en", None),
    ("Tom Smith, Jones and Brown said the plan would fail.", "en", None),
])
def test_the_noun_of_an_appositive_after_a_name_says_the_persons_sex(text, lang, gender):
    (person, _, _), *_ = pronouns._name_candidates(text, lang, 0)
    assert person.noun_gender == gender


def test_a_name_with_an_appositive_before_its_speech_verb_is_a_speaker():
    (lopez, _, _), = pronouns._name_candidates("Maria Lopez, a spokeswoman for the county, said it would open.", "en", 0)
    assert lopez.speaker
    # but a lone capitalised word is no person for that: "In Austin" names no one
    assert pronouns.find_people("In Austin, the mayor's spokeswoman, said it would open.", "en", 0, set()) == []


def test_an_accented_surname_and_its_plain_spelling_are_one_person():
    """English press drops the accents Spanish writes: "Linda Chavez" is "Linda Chávez"."""
    (english, _, _), = pronouns._name_candidates("Linda Chavez said so.", "en", 0)
    (spanish, _, _), = pronouns._name_candidates("Linda Chávez lo dijo.", "es", 0)
    assert english.key == spanish.key == "Chavez"


def test_a_person_named_by_their_sex_takes_the_pronoun_after_it():
    """A real WMT story: "He" is the man arrested, not Carole Paulson."""
    english = ["Carole Paulson, of Chelmsford Road in Brentwood, was involved in the accident on Friday afternoon.",
               "She was taken to Queen's Hospital, Romford, but later died.",
               "After the accident a 51-year-old man was arrested on suspicion of careless driving.",
               "He has since been released on police bail."]
    spanish = ["Carole Paulson, de Chelmsford Road en Brentwood, se vio envuelta en el accidente el viernes por la tarde.",
               "Fue trasladada al hospital Queen's, en Romford, pero murió más tarde.",
               "Tras el accidente, un hombre de 51 años fue detenido como sospechoso de conducción negligente.",
               "Desde entonces ha sido puesto en libertad bajo fianza."]
    assert pronouns.check(build_aligned(english, spanish), Settings()) == []


@pytest.mark.parametrize("story, expected", [
    (2, "'He' (masculine pronoun) for Brooks, who is 'directora' (feminine) elsewhere in Spanish"),
    (3, "'He' (masculine pronoun) for Chavez, who is 'enfermera' (feminine) elsewhere in Spanish"),
    (5, "'she' (feminine pronoun) for Grant, who is 'administrador' (masculine) elsewhere in Spanish"),
])
def test_a_spanish_appositive_with_the_given_name_outweighs_an_english_pronoun(story, expected):
    """English says only "He"; Spanish calls Angela Brooks "la directora": the noun and the given name agree, so
    the English pronoun is the slip, and the finding goes on it."""
    english, spanish = APPOSITIVE_STORIES[story]
    swapped = re.sub(r"\b(?:she|he|She|He)\b", lambda match: _OTHER_SEX[match.group()], english[-1])
    (finding,) = pronouns.check(build_aligned(english[:-1] + [swapped], spanish), Settings())
    assert (finding.lang, finding.message) == ("en", expected)


def test_english_pronouns_the_given_name_agrees_with_outweigh_a_spanish_appositive():
    """A real WMT slip: "Susan Stetzer, el gerente de distrito" for a woman the English calls "she"."""
    english = ["The committee asked for a new plan next month, said Susan Stetzer, the district manager of Community "
               "Board 3.", "\"We would like the city to continue to own Extra Place,\" she said."]
    spanish = ["El comité pidió un nuevo plan el próximo mes, como dijo Susan Stetzer, el gerente de distrito de la "
               "Comunidad n.3.", "\"Nos gustaría que la ciudad siga siendo la dueña de Extra Place\", dijo."]
    (finding,) = pronouns.check(build_aligned(english, spanish), Settings())
    assert (finding.lang, finding.text) == ("es", "el gerente")


_COUNCIL_STORY = ("{title} {given} Ortiz said the plan would cut wait times.", '"We listened to the neighbors," {pronoun} '
                  "added.")
_COUNCIL_STORY_ES = ("{title} {given} Ortiz dijo que el plan reduciría los tiempos de espera.",
                     '"Escuchamos a los vecinos", añadió.')


@pytest.mark.parametrize("title, given, pronoun, title_es, flagged", [
    # an English title capitalised with the name says the sex as strongly as a pronoun: the slip is the pronoun
    ("Councilwoman", "Teresa", "he", "La concejala", ("en", "he")),
    ("Councilman", "Mark", "she", "El concejal", ("en", "she")),
    # the Spanish title against the English title and pronoun
    ("Councilwoman", "Teresa", "she", "El concejal", ("es", "El concejal")),
    ("Assemblyman", "Mark", "he", "La asambleísta", None),  # "asambleísta" says no sex; "la" is no title of a list
])
def test_an_english_title_with_the_name_weighs_as_a_pronoun(title, given, pronoun, title_es, flagged):
    english = [line.format(title=title, given=given, pronoun=pronoun) for line in _COUNCIL_STORY]
    spanish = [line.format(title=title_es, given=given) for line in _COUNCIL_STORY_ES]
    findings = pronouns.check(build_aligned(english, spanish), Settings())
    assert [(finding.lang, finding.text) for finding in findings] == ([flagged] if flagged else [])


# --- a lone "she said" against the speaker's given name, where Spanish says "dijo" ---------------------------------

GARDNER = "newstest2009:bbc/2008/09/29/125920"  # WMT: "Frank Gardner said ..." then '"...," he said.' / "dijo"


def gardner_story(pronoun: str, between: list[tuple[str, str]] = (), speaker_clause: str = "") -> AlignedDocument:
    """Sentences 4-6 of the WMT story, its "he said" written ``pronoun said``, with the (English, Spanish) sentences
    ``between`` put between the speaker and the quote, and ``speaker_clause`` added to the speaker's English sentence."""
    record = next(r for r in corpus_records("wmt-newstest-2008-2010") if r["doc_id"] == GARDNER)
    en, es = record["en"][4:7], record["es"][4:7]
    en[1] = en[1].replace(" in Whitehall.", f" in Whitehall{speaker_clause}.")
    en[2] = en[2].replace("he said", f"{pronoun} said")
    return build_aligned(en[:2] + [english for english, _ in between] + en[2:],
                         es[:2] + [spanish for _, spanish in between] + es[2:])


@needs_corpus
def test_she_said_for_a_speaker_whose_given_name_is_masculine_is_reported():
    """The mission's "she added" for "he added" where the Spanish drops the pronoun: only the name says the sex."""
    assert pronouns.check(gardner_story("he"), Settings()) == []
    (finding,) = pronouns.check(gardner_story("she"), Settings())
    assert (finding.lang, finding.text) == ("en", "she")
    assert finding.message == "'she' (feminine pronoun) for Gardner, whose given name 'Frank' is masculine"
    # what the Spanish says instead, as for any finding, and apart the sentence that names the speaker
    assert finding.evidence["counterpart"].endswith("dijo.")
    assert finding.evidence["witness"].startswith("BBC defence correspondent Frank Gardner said")


@pytest.mark.parametrize("english, spanish, flagged, message", [
    ('"We are busy," said Rosa Medina, who owns a taqueria on Ferris Street.',
     '"Estamos ocupados", dijo Rosa Medina, dueño de una taquería en la calle Ferris.', ("es", "dueño"),
     "'dueño' (masculine noun) for Medina, whose given name 'Rosa' is feminine in English"),
    ("John Smith, a nurse, said the clinic was busy.", "John Smith, enfermera, dijo que la clínica estaba llena.",
     ("es", "enfermera"), "'enfermera' (feminine noun) for Smith, whose given name 'John' is masculine in English"),
    ("Maria Lopez, a spokesman for the county, said the road is closed.",
     "Maria Lopez, portavoz del condado, dijo que la carretera está cerrada.", ("en", "spokesman"),
     "'spokesman' (masculine noun) for Lopez, whose given name 'Maria' is feminine"),
    # the noun of a copula right after the name says the sex as an appositive's does
    ("Maria Torres is a reporter for the Tribune.", "Maria Torres es reportero del Tribune.", ("es", "reportero"),
     "'reportero' (masculine noun) for Torres, whose given name 'Maria' is feminine in English"),
    ("Juan Ortiz is a photographer based in El Paso. He has won two state press awards.",
     "Juan Ortiz es fotógrafa y vive en El Paso. Ha ganado dos premios estatales de prensa.", ("es", "fotógrafa"),
     "'fotógrafa' (feminine noun) for Ortiz, who is 'He' (masculine) elsewhere in English"),
])
def test_an_appositive_or_copula_noun_for_a_person_of_the_other_sex_is_reported(english, spanish, flagged, message):
    """An appositive's noun stands right after the name, as bound to the person as a pronoun can be; where the other
    version's sentence says no gender, the given name is its only witness."""
    (finding,) = pronouns.check(build_aligned([english], [spanish]), Settings())
    assert ((finding.lang, finding.text), finding.message) == (flagged, message)


@pytest.mark.parametrize("english, spanish", [
    ("Rosa Medina, a nurse, said the clinic was busy.", "Rosa Medina, enfermera, dijo que la clínica estaba llena."),
    # (a noun whose article says the sex, none here: "la portavoz")
    ("Maria Lopez, a spokeswoman for the county, said the road is closed.",
     "Maria Lopez, portavoz del condado, dijo que la carretera está cerrada."),
    ("Maria Torres is a reporter for the Tribune.", "Maria Torres es reportera del Tribune."),
    # (the copula's subject is the daughter, not the name before it)
    ("The daughter of Juan Perez is a nurse.", "La hija de Juan Pérez es enfermera."),
])
def test_an_appositive_or_copula_noun_that_agrees_with_the_person_is_not_reported(english, spanish):
    assert pronouns.check(build_aligned([english], [spanish]), Settings()) == []


@needs_corpus
def test_she_said_after_an_unnamed_woman_is_not_given_to_the_last_named_speaker():
    """A spokeswoman (a word that says the sex) after the named speaker may be who speaks next."""
    assert pronouns.check(gardner_story("she", speaker_clause=", and the ministry declined to comment"), Settings())
    assert pronouns.check(gardner_story("she", speaker_clause=", and a spokeswoman for the ministry declined to "
                                                              "comment"), Settings()) == []


@needs_corpus
def test_she_said_two_sentences_after_the_speaker_is_left_to_the_reader():
    """Recency is trusted for the sentence right after the speaker's only: further on, someone else may speak. Where
    nothing in the story is a woman, the "she" has no one to be about, and that is what is reported."""
    between = [("The ministry declined to comment.", "El ministerio no quiso comentar.")]
    (finding,) = pronouns.check(gardner_story("she", between), Settings())
    assert finding.message == ("'she' (feminine) in English, though neither version speaks of anyone feminine "
                               "elsewhere; nearby, 'Frank' is masculine")
    between = [("Ann Lee, a ministry official, declined to comment.",
                "Ann Lee, funcionaria del ministerio, no quiso comentar.")]
    assert pronouns.check(gardner_story("she", between), Settings()) == []


@needs_corpus
def test_she_said_is_left_to_the_pair_check_when_the_spanish_says_a_pronoun_too():
    """With "dijo ella" the two sides agree, whatever the name: the given name outweighs no written pronoun."""
    record = next(r for r in corpus_records("wmt-newstest-2008-2010") if r["doc_id"] == GARDNER)
    en, es = record["en"][4:7], record["es"][4:7]
    en[2], es[2] = en[2].replace("he said", "she said"), es[2].replace("dijo.", "dijo ella.")
    assert pronouns.check(build_aligned(en, es), Settings()) == []


# --- an opening "He"/"She" against the participle a Spanish sentence without a pronoun opens on -------------------

# WMT sentences whose Spanish drops the English subject pronoun and says the sex in its participle's ending
OPENING_PARTICIPLES = [
    ("newstest2009:bbc/2008/09/29/125920", 10, "informado"),  # "He was informed" / "El oficial fue informado"
    ("news-test2008:nytimes/2007/11/29/53311", 19, "declarada"),  # "She was pronounced dead" / "Fue declarada muerta"
    ("newstest2010:lesechos/2009/12/10/218323", 12, "armado"),  # "He was armed" / "Estaba armado"
]
_SWAP_SEX = {"He": "She", "he": "she", "his": "her", "him": "her", "She": "He", "she": "he", "her": "his"}


@needs_corpus
@pytest.mark.parametrize("doc_id, index, participle", OPENING_PARTICIPLES, ids=lambda value: str(value)[:24])
def test_an_opening_pronoun_against_the_spanish_participles_sex_is_reported(doc_id, index, participle):
    en, es = corpus_pair("wmt-newstest-2008-2010", doc_id, index)
    assert pronouns.check(aligned_pair(en, es), Settings()) == []
    swapped = re.sub(r"\b(?:He|he|his|him|She|she|her)\b", lambda match: _SWAP_SEX[match.group()], en)
    (finding,) = pronouns.check(aligned_pair(swapped, es), Settings())
    assert (finding.lang, finding.text) == ("es", participle)
    assert finding.evidence["counterpart_text"] == swapped.split()[0]
    assert finding.message.startswith(f"'{participle}' (")


def test_an_opening_pronoun_is_not_compared_with_a_participle_when_the_english_says_both_sexes():
    """"She said he was arrested": which of the two the Spanish participle is about, the opening says no more."""
    es = "Fue detenido el lunes, según dijo su abogada."
    assert pronouns.check(aligned_pair("He was arrested on Monday, his lawyer said.", es), Settings()) == []
    assert pronouns.check(aligned_pair("She was arrested on Monday, his lawyer said.", es), Settings()) == []
    assert pronouns.check(aligned_pair("She was arrested on Monday, her lawyer said.", es), Settings())


# --- a reported clause's "he" or "she" against the Spanish adjective that agrees with the dropped subject ----------

@pytest.mark.parametrize("en, es, flagged, counterpart", [
    ("She said she felt dizzy after the second dose.", "Dijo que se sintió mareado después de la segunda dosis.",
     "mareado", "she"),
    ("The principal said he was surprised by the results.",
     "La directora dijo que estaba sorprendida por los resultados.", "sorprendida", "he"),
    ("She told reporters she was exhausted.", "Les dijo a los periodistas que estaba agotado.", "agotado", "she"),
])
def test_a_reported_clauses_pronoun_against_the_spanish_adjectives_sex_is_reported(en, es, flagged, counterpart):
    """(fifty-sixth round) Spanish drops the clause's subject and says its sex in the adjective after the copula."""
    (finding,) = pronouns.check(aligned_pair(en, es), Settings())
    assert (finding.lang, finding.text, finding.evidence["counterpart_text"]) == ("es", flagged, counterpart)


@pytest.mark.parametrize("en, es", [
    ("She said she felt dizzy after the second dose.", "Dijo que se sintió mareada después de la segunda dosis."),
    ("He said he was proud of his students.", "Dijo que estaba orgulloso de sus estudiantes."),
    # (the clause's subject is no pronoun, or the English says both sexes)
    ("He said the store was closed on Sunday.", "Dijo que la tienda estaba cerrada el domingo."),
    ("She said the building was damaged.", "Dijo que el edificio estaba dañado."),
    ("He said it was finished.", "Dijo que estaba terminado."),
    ("He said she was injured in the crash.", "Dijo que resultó herida en el choque."),
])
def test_a_reported_clause_whose_adjective_agrees_or_has_another_subject_is_not_reported(en, es):
    assert pronouns.check(aligned_pair(en, es), Settings()) == []


# --- English pronouns against the one person a Spanish sentence names by a gendered noun -------------------------

# Corpus sentences whose English says the person's sex with pronouns only and whose Spanish, without él/ella, says it
# with the article of the one person noun it has: (set, document, sentence, the Spanish noun phrase)
PERSON_NOUNS = [
    ("tico19", "PubMed_7", 242, "un médico"),  # "a doctor was infected although he wore an N95 mask"
    ("wmt-newstest-2008-2010", "news-test2008:elmundo/2007/12/02/119", 14, "el conductor"),  # "his situation"
    ("wmt-newstest-2008-2010", "newstest2009:abces/2008/09/29/98610", 14, "El detenido"),  # "The prisoner ... He"
]


@needs_corpus
@pytest.mark.parametrize("set_name, doc_id, index, noun", PERSON_NOUNS, ids=lambda value: str(value)[:24])
def test_english_pronouns_against_the_sex_of_the_spanish_person_noun_are_reported(set_name, doc_id, index, noun):
    en, es = corpus_pair(set_name, doc_id, index)
    assert pronouns.check(aligned_pair(en, es), Settings()) == []
    swapped = re.sub(r"\b(?:He|he|his|him)\b", lambda match: _SWAP_SEX[match.group()], en)
    (finding,) = pronouns.check(aligned_pair(swapped, es), Settings())
    assert (finding.lang, finding.text) == ("es", noun)
    assert finding.evidence["counterpart_text"].lower() in ("she", "her")
    assert finding.message.startswith(f"'{noun}' (masculine) in Spanish but ")


@needs_corpus
def test_a_person_noun_attached_to_a_speech_verb_is_not_the_pronouns_person():
    """"He was engaged in plotting, said one senior official": the official speaks about someone else."""
    en, es = corpus_pair("wmt-newstest-2008-2010", "newstest2010:washpost/2009/12/12/79411", 9)
    assert "dijo un alto funcionario" in es
    assert pronouns.check(aligned_pair(en.replace("He was", "She was"), es), Settings()) == []


@pytest.mark.parametrize("english, spanish", [
    # the noun after "de" is not who the sentence is about
    ("She had been an assistant to the police director since 2006, and her voice was familiar.",
     "Había sido ayudante del director de la policía desde 2006, y su voz era familiar."),
    # a name in the English: the pronoun may be that person's
    ("The lawyer for Maria Lopez said her case was strong.", "El abogado de María López dijo que su caso era sólido."),
    # a word that says a sex in the English: two people
    ("The officer told the woman her car had been towed.",
     "El agente dijo a la mujer que su coche había sido retirado."),
    # two person nouns in the Spanish
    ("The student told the teacher her grade was wrong.", "El estudiante dijo a la profesora que su nota era errónea."),
    # an adjective that is also a noun for a person
    ("He said none represent a young generation.", "Dijo que ninguna representa a una joven generación."),
])
def test_an_english_pronoun_is_not_weighed_against_a_spanish_noun_it_may_not_be_about(english, spanish):
    assert pronouns.check(aligned_pair(english, spanish), Settings()) == []


def test_a_spanish_noun_of_either_sex_takes_its_articles():
    assert pronouns.check(aligned_pair("The patient rated her pain as mild.",
                                       "La paciente calificó su dolor como leve."), Settings()) == []
    (finding,) = pronouns.check(aligned_pair("The patient rated her pain as mild.",
                                             "El paciente calificó su dolor como leve."), Settings())
    assert (finding.text, finding.evidence["counterpart_text"]) == ("El paciente", "her")


# --- whom a pronoun is about, where no named person speaks or the sentences before name several ---------------------

TIMMS = "newstest2010:bbc/2009/12/10/252648"
DUNCAN = "newstest2010:times-of-london/2009/12/11/100521"


def story(english: list[str], spanish: list[str]) -> AlignedDocument:
    """Sentences of each version, aligned one to one, followed by a plain pair (the first would be a headline)."""
    return build_aligned(english + [PLAIN_PAIR[0]], spanish + [PLAIN_PAIR[1]])


def swapped_story(set_name: str, doc_id: str, index: int, pattern: str) -> AlignedDocument:
    """A corpus document whose English sentence ``index`` has its pronouns matching ``pattern`` swapped."""
    record = next(r for r in corpus_records(set_name) if r["doc_id"] == doc_id)
    en = list(record["en"])
    en[index] = re.sub(pattern, lambda match: _SWAP_SEX[match.group()], en[index])
    return build_aligned(en, record["es"])


@needs_corpus
def test_she_said_after_the_one_person_named_is_about_them_though_they_do_not_speak():
    """"Treasury minister Stephen Timms denied ..." then "\"These are large numbers ...,\" she told the BBC.": no
    one named speaks before the quote, and one person is named."""
    assert pronouns.check(build_aligned(*corpus_pair_lists("wmt-newstest-2008-2010", TIMMS)), Settings()) == []
    findings = pronouns.check(swapped_story("wmt-newstest-2008-2010", TIMMS, 19, r"\bhe\b"), Settings())
    assert [(f.text, f.message) for f in findings] == [
        ("she", "'she' (feminine pronoun) for Timms, who is 'Mr' (masculine) elsewhere")]  # "Mr Timms" further on


def corpus_pair_lists(set_name: str, doc_id: str) -> tuple[list[str], list[str]]:
    record = next(r for r in corpus_records(set_name) if r["doc_id"] == doc_id)
    return record["en"], record["es"]


@needs_corpus
def test_a_pronoun_is_about_the_person_its_sentence_opens_on_whoever_the_sentences_before_named():
    """"Mr Duncan, one of the richest Members of Parliament, owns a house in her constituency", after a sentence
    naming Legg and Duncan: the sentence's own subject, whom "Mr" and every other pronoun call a man."""
    assert pronouns.check(build_aligned(*corpus_pair_lists("wmt-newstest-2008-2010", DUNCAN)), Settings()) == []
    findings = pronouns.check(swapped_story("wmt-newstest-2008-2010", DUNCAN, 5, r"\bhis\b"), Settings())
    assert [(f.text, f.evidence["person"]) for f in findings] == [("her", "Duncan")]


@pytest.mark.parametrize("english, spanish", [
    # after a speech verb the pronoun may be about anyone
    (["Angela Merkel lost the vote on Monday.", "Mr Brown said the party had warned her."],
     ["Angela Merkel perdió la votación el lunes.", "El Sr. Brown dijo que el partido la había advertido."]),
    # the sentence opens on no name
    (["Angela Merkel lost the vote on Monday.", "According to Mr Brown, her party had been warned."],
     ["Angela Merkel perdió la votación el lunes.", "Según el Sr. Brown, su partido había sido advertido."]),
])
def test_a_pronoun_after_a_speech_verb_or_far_from_the_opening_name_is_not_given_to_it(english, spanish):
    assert pronouns.check(story(english, spanish), Settings()) == []


def test_a_second_person_after_a_comma_is_no_appositive():
    """"Yang Jiawei, 27, and his wife, Liu Juanjuan": "wife" is Liu Juanjuan, not Yang Jiawei."""
    (person, _) = find_people("Yang Jiawei, 27, and his wife, Liu Juanjuan, 26, said they would love to have two "
                              "children.", "en", 0, set())
    assert (person.key, person.noun_gender) == ("Jiawei", None)
    (person,) = find_people("Maria Lopez, 34, a nurse and mother of two, said", "en", 0, set())
    assert person.noun_gender == "feminine"  # an "and" inside the appositive is no second person


FRAZETTA = "newstest2010:bbc/2009/12/10/253060"


@needs_corpus
def test_an_english_title_decides_between_even_votes():
    """"Mr Frazetta Snr, aged 81, is famed for her depiction of characters": the title and the pronoun are one vote
    each, and the title is written with the name. "Snr" and "Jnr" tell father and son apart."""
    assert pronouns.check(build_aligned(*corpus_pair_lists("wmt-newstest-2008-2010", FRAZETTA)), Settings()) == []
    findings = pronouns.check(swapped_story("wmt-newstest-2008-2010", FRAZETTA, 4, r"\bhis\b"), Settings())
    assert [(f.text, f.message) for f in findings] == [
        ("her", "'her' (feminine pronoun) for Frazetta Snr, who is 'Mr' (masculine) elsewhere")]


@pytest.mark.parametrize("title, gender", [("Lord", "masculine"), ("Lady", "feminine"), ("Sir", "masculine"),
                                           ("Dame", "feminine")])
def test_british_titles_say_the_sex(title, gender):
    (person,) = find_people(f"{title} Adonis will announce whether the scheme should proceed.", "en", 0, set())
    assert (person.key, person.title_gender) == ("Adonis", gender)


BUTTON = "https://en.wikinews.org/wiki/Jenson_Button_wins_2006_Hungarian_Grand_Prix"


@needs_corpus
def test_a_possessive_after_the_name_its_sentence_opens_on_is_weighed_against_the_given_name():
    """"Michael Schumacher ended her race not long after Alonso" / "Michael Schumacher abandonó la carrera": the
    Spanish says no sex, the given name right before the possessive does."""
    findings = pronouns.check(swapped_story("flores200-devtest", BUTTON, 2, r"\bhis\b"), Settings())
    assert [(f.text, f.message) for f in findings] == [
        ("her", "'her' (feminine pronoun) for Schumacher, whose given name 'Michael' is masculine")]


@pytest.mark.parametrize("english", [
    "Michael Smith thanked her for the help.",  # an object: someone else
    "Michael Smith gave her the keys.",
    "Michael Smith said her car was stolen.",  # after a speech verb
])
def test_an_object_pronoun_or_one_after_a_speech_verb_is_not_weighed_against_the_given_name(english):
    spanish = {"thanked": "Michael Smith le agradeció la ayuda.", "gave": "Michael Smith le dio las llaves.",
               "said": "Michael Smith dijo que le habían robado el coche."}[english.split()[2]]
    assert pronouns.check(aligned_pair(english, spanish), Settings()) == []


SINGAPORE = "https://en.wikinews.org/wiki/U.S._President_arrives_in_Singapore"


@needs_corpus
def test_a_sentence_opening_on_she_after_one_opening_on_the_person_is_weighed_against_the_given_name():
    """"U.S. President George W. Bush arrived in Singapore ..." then "She was greeted by ...", where the Spanish says
    "Le dio la bienvenida": the subject carried over from the sentence before, and the given name says his sex."""
    assert pronouns.check(build_aligned(*corpus_pair_lists("flores200-devtest", SINGAPORE)), Settings()) == []
    findings = pronouns.check(swapped_story("flores200-devtest", SINGAPORE, 1, r"\bHe\b"), Settings())
    assert [(f.text, f.message) for f in findings] == [
        ("She", "'She' (feminine pronoun) for Bush, whose given name 'George' is masculine")]


def test_middle_initials_are_part_of_the_name():
    (person,) = find_people("U.S. President George W. Bush arrived in Singapore.", "en", 0, set())
    assert person.key == "Bush"
    (person,) = find_people("Ms. Arroyo assisted the police director, Garry F. McCarthy.", "en", 0, {"Arroyo"})[1:]
    assert person.key == "McCarthy"


def test_she_after_a_sentence_naming_two_people_is_left_alone():
    english = ["George Smith met Angela Jones on Monday.", "She was greeted by the mayor.", PLAIN_PAIR[0]]
    spanish = ["George Smith se reunió con Angela Jones el lunes.", "Fue recibida por el alcalde.", PLAIN_PAIR[1]]
    assert pronouns.check(build_aligned(english, spanish), Settings()) == []


def test_a_spanish_person_noun_after_the_english_pronoun_is_someone_else():
    """An obituary's quote: "And she never let a child leave without a cookie" / "Y nunca dejaba que un niño se
    fuera sin una galleta": the child comes after the pronoun, which is about the woman named before."""
    assert pronouns.check(aligned_pair("\"And she never let a child leave without a cookie.\"",
                                       "\"Y nunca dejaba que un niño se fuera sin una galleta\"."), Settings()) == []


@pytest.mark.parametrize("english, spanish", [
    # after a speech verb: about the defendant, not the prosecutor
    (["The prosecutor said she faces ten years in prison."], ["El fiscal dijo que enfrenta diez años de prisión."]),
    # an object
    (["A judge ordered her held without bail."], ["Un juez ordenó que permaneciera detenida sin fianza."]),
    # a status granted or refused to her: an object, not the judge's possessive
    (["The judge granted her asylum."], ["El juez le concedió el asilo."]),
    (["The judge denied her bail."], ["El juez le negó la fianza."]),
    # someone named, or a word for a sex, in the sentences before
    (["Maria Lopez, 34, was arrested on Monday.", "A judge revoked her bail on Tuesday."],
     ["María López, de 34 años, fue arrestada el lunes.", "Un juez revocó su fianza el martes."]),
    (["A 34-year-old woman was arrested on Monday.", "A judge revoked her bail on Tuesday."],
     ["Una mujer de 34 años fue arrestada el lunes.", "Un juez revocó su fianza el martes."]),
])
def test_a_pronoun_a_crime_story_gives_the_defendant_is_not_weighed_against_the_official_noun(english, spanish):
    assert pronouns.check(story(english, spanish), Settings()) == []


def test_a_possessive_opening_the_sentence_after_one_that_opens_on_the_person_is_theirs():
    """"City Manager Erik Walsh presented the final numbers. Her office had cut $40 million": the given name right
    before the surname (not "City") says a man, against the one pronoun."""
    english = ["City Manager Erik Walsh presented the final numbers.", "Her office had cut $40 million.", PLAIN_PAIR[0]]
    spanish = ["El administrador municipal Erik Walsh presentó las cifras finales.",
               "Su oficina había recortado $40 millones.", PLAIN_PAIR[1]]
    findings = pronouns.check(build_aligned(english, spanish), Settings())
    assert [(f.text, f.message) for f in findings] == [
        ("Her", "'Her' (feminine pronoun) for Walsh, whose given name 'Erik' is masculine")]
    assert pronouns.check(build_aligned([english[0], "His office had cut $40 million.", english[2]], spanish),
                          Settings()) == []


def test_she_said_after_someone_named_since_the_last_speaker_is_left_alone():
    """Walsh spoke, then the nurse Sarah Gomez is named: "he said" in the next sentence may be a slip for hers."""
    english = ['"We listened to every resident," City Manager Erik Walsh said.',
               "Sarah Gomez, a nurse, wants more clinics.", "The clinic is always full, he said."]
    assert resolve_people(english)[-1] == ("he", None)  # given to no one
    assert resolve_people(english[:1] + english[2:])[-1] == ("he", "Walsh")


def resolve_people(english: list[str]) -> list[tuple[str, str | None]]:
    """(pronoun, the person it was given to) for each pronoun of ``english`` that ``resolve_pronouns`` gave a vote."""
    votes = pronouns.resolve_pronouns(english, "en", "left", set())
    given = {(vote.pronoun.segment, vote.pronoun.start): vote.person for vote in votes}
    return [(p.text, given.get((p.segment, p.start))) for index, text in enumerate(english)
            for p in find_pronouns(text, "en", index)]


def test_a_title_makes_a_lone_word_a_person():
    assert [p.key for p in find_people("Mr. Ramirez defended the spending.", "en", 0, set())] == ["Ramirez"]
    assert find_people("Ramirez defended the spending.", "en", 0, set()) == []  # (a word opening a sentence)


# --- a sex no one else in the document has ---------------------------------------------------------------------

CRASH_EN = ["The driver of the truck was freed by firefighters.", "He was taken to Mercy Hospital.",
            "She was later moved to a trauma center in Denver."]
CRASH_ES = ["Los bomberos liberaron al conductor del camión.", "Fue trasladado al Hospital Mercy.",
            "Más tarde lo llevaron a un centro de trauma en Denver."]


def test_the_one_pronoun_of_a_sex_no_one_else_has_is_reported():
    """A crash story that speaks only of a man: the one "She" has no one to be about, and the Spanish drops it."""
    findings = pronouns.check(story(CRASH_EN, CRASH_ES), Settings())
    assert [(f.text, f.message) for f in findings] == [
        ("She", "'She' (feminine) in English, though neither version speaks of anyone feminine elsewhere; nearby, "
                "'He' is masculine")]
    assert findings[0].evidence["witness"] == "He was taken to Mercy Hospital."
    assert findings[0].evidence["counterpart"] == CRASH_ES[2]
    assert pronouns.check(story(CRASH_EN[:2] + ["He was later moved to a trauma center in Denver."], CRASH_ES),
                          Settings()) == []


def test_a_word_of_the_other_sex_is_witness_enough_where_no_pronoun_is():
    """A tennis report whose only pronoun is the swapped one: "both men" two sentences before says who played."""
    english = ["Murray lost the first set after both men held every serve.",
               "Del Potro had the early advantage in the second set.",
               "Potro received treatment to her shoulder but managed to return to the game."]
    spanish = ["Luego de que ambos tenistas mantuvieran todos los servicios, Murray perdió el primer set.",
               "Del Potro tuvo la ventaja inicial en el segundo set.",
               "Del Potro recibió tratamiento en su hombro, pero logró volver al juego."]
    findings = pronouns.check(story(english, spanish), Settings())
    assert [(f.text, f.evidence["witness_segment"]) for f in findings] == [("her", 0)]
    assert findings[0].message.endswith("nearby, 'men' is masculine")


@pytest.mark.parametrize("english, spanish", [
    # English names a woman in other words
    (["The driver of the truck and his wife were freed by firefighters."] + CRASH_EN[1:], CRASH_ES),
    # only the Spanish says the neighbour is a woman
    (CRASH_EN[:2] + ["A neighbor called 911.", "She said the truck had crossed the center line."],
     CRASH_ES[:2] + ["Una vecina llamó al 911.", "Dijo que el camión había invadido el carril contrario."]),
    # a given name both sexes bear, before the pronoun or in the sentence before
    (CRASH_EN[:2] + ["Hospital spokesperson Lindsey Piegza gave an update.", "The patient is stable, she said."],
     CRASH_ES[:2] + ["Lindsey Piegza, portavoz del hospital, dio una actualización.",
                     "El paciente está estable, dijo."]),
    (CRASH_EN[:2] + ["Dana Smith, a spokesperson for the hospital, said she could not comment."],
     CRASH_ES[:2] + ["Dana Smith, portavoz del hospital, dijo que no podía hacer comentarios."]),
    # a Spanish "ella" may be a thing ("la ordenanza"): only English pronouns are read so, and "en ella" is one
    (["Mayor Tom Reyes signed the ordinance on Monday.", "He said the rules take effect in March.",
      "The ordinance requires landlords to give 60 days' notice."],
     ["El alcalde Tom Reyes firmó la ordenanza el lunes.", "Él dijo que las reglas entran en vigor en marzo.",
      "En ella se exige a los propietarios avisar con 60 días de antelación."]),
])
def test_a_lone_pronoun_someone_of_its_sex_may_be_meant_by_is_left_alone(english, spanish):
    assert pronouns.check(story(english, spanish), Settings()) == []


def test_sexes_are_named_by_nouns_titles_articles_and_given_names():
    assert pronouns.sexes_named("Two women and her husband's brothers met Mrs. Ruiz.", "en") == {"feminine",
                                                                                                   "masculine"}
    assert pronouns.sexes_named("La cliente habló con las madres.", "es") == {"feminine"}
    assert pronouns.sexes_named("Ellas llegaron con Carlos.", "es") == {"feminine", "masculine"}
    assert pronouns.sexes_named("The council met in May with the police chief.", "en") == frozenset()
    # a Spanish masculine plural is a group of any sex; a saint's name is a church's
    assert pronouns.sexes_named("El mercado de agricultores abrió con 35 productores locales.", "es") == frozenset()
    assert pronouns.sexes_named("Las agricultoras abrieron el mercado.", "es") == {"feminine"}
    assert pronouns.sexes_named("Abrirá en la iglesia San Alfonso, junto a St. Mary's.", "es") == frozenset()


def test_she_after_a_councilman_quoted_about_her_is_not_given_to_him():
    """An obituary: the councilman's quote speaks of the teacher ("She made every one of us...", "her class"), so
    the "She" that follows is hers, though his is the last name before it."""
    english = ["Rosa Medina, who taught third grade for 41 years, died Sunday.", "She began teaching in 1961.",
               "Former students remember her as strict but kind.",
               '"She made every one of us feel like we could go to college," said Councilman Jalen McKee-Rodriguez, '
               "who was in her class in 2001.",
               "She is survived by two sons and five grandchildren."]
    spanish = ["Rosa Medina, quien enseñó tercer grado durante 41 años, murió el domingo.", "Comenzó a enseñar en 1961.",
               "Sus exalumnos la recuerdan como estricta pero amable.",
               '"Nos hizo sentir a cada uno de nosotros que podíamos ir a la universidad", dijo el concejal Jalen '
               "McKee-Rodriguez, quien estuvo en su clase en 2001.",
               "Le sobreviven dos hijos y cinco nietos."]
    assert pronouns.check(story(english, spanish), Settings()) == []
    # a quote that says no "she": the "She" after it is the councilman's, against his title
    english[3] = '"We will all miss Rosa," said Councilman Jalen McKee-Rodriguez, who spoke at the service.'
    spanish[3] = '"Todos extrañaremos a Rosa", dijo el concejal Jalen McKee-Rodriguez, quien habló en el servicio.'
    english[4] = "She said the city will name a school for Medina."
    spanish[4] = "Dijo que la ciudad nombrará una escuela en honor a Medina."
    assert [f.text for f in pronouns.check(story(english, spanish), Settings())] == ["She"]


def test_a_lone_he_for_a_woman_is_found_beside_farmers_and_a_church_named_for_a_saint():
    """A farmers market story that speaks of one woman: its "He added" about her is read, though the Spanish speaks
    of "agricultores" and "la iglesia San Alfonso" (no man among them)."""
    english = ["The new farmers market in Magnolia Park opened Saturday with 35 stalls from local growers.",
               '"We have been dreaming about this for three years," said organizer Rosa Elena Vargas, 52.',
               "He added that the market will accept SNAP cards.",
               "The market will run every Saturday in the parking lot of St. Alphonsus Church."]
    spanish = ["El nuevo mercado de agricultores de Magnolia Park abrió el sábado con 35 puestos de productores locales.",
               '"Llevamos tres años soñando con esto", dijo la organizadora, Rosa Elena Vargas, de 52 años.',
               "Añadió que el mercado aceptará tarjetas SNAP.",
               "El mercado funcionará todos los sábados en el estacionamiento de la iglesia San Alfonso."]
    findings = pronouns.check(story(english, spanish), Settings())
    assert ("He", "'He' (masculine) in English, though neither version speaks of anyone masculine elsewhere; nearby, "
                  "'Rosa' is feminine") in [(f.text, f.message) for f in findings]
    english[2] = "She added that the market will accept SNAP cards."
    assert pronouns.check(story(english, spanish), Settings()) == []


@needs_corpus
def test_she_in_a_story_that_speaks_only_of_a_man_is_found_where_recency_names_no_one():
    """Sam Simon's obituary: "During the 1980s he worked on shows such as Taxi" then "In 1989 she helped create The
    Simpsons with Brooks and Groening" / "En 1989, ayudó con la creación de Los Simpson": three names in the window,
    so no person is resolved, but nothing in the story is a woman."""
    doc_id = "https://en.wikinews.org/wiki/Sam_Simon,_%27The_Simpsons%27_co-creator,_dies_aged_59"
    assert pronouns.check(build_aligned(*corpus_pair_lists("flores200-devtest", doc_id)), Settings()) == []
    findings = pronouns.check(swapped_story("flores200-devtest", doc_id, 2, r"\bhe\b"), Settings())
    assert [(f.text, f.evidence["witness_segment"]) for f in findings] == [("she", 1)]


def test_a_sentence_opening_on_a_short_phrase_still_opens_on_its_subject():
    """"In January 2004, Fastow pleaded guilty ... for her role": the phrase and its comma before the name do not
    hide the subject, whose given name says a man."""
    english = ["Andrew Fastow was the company's finance chief.", "Judge Ruth Kane said Kopper got $7 million.",
               "In January 2004, Fastow pleaded guilty for her role in the collapse."]
    spanish = ["Andrew Fastow era el director financiero de la compañía.",
               "La jueza Ruth Kane dijo que Kopper recibió $7 millones.",
               "En enero de 2004, Fastow se declaró culpable por su papel en el colapso."]
    findings = pronouns.check(story(english, spanish), Settings())
    assert [(f.text, f.message) for f in findings] == [
        ("her", "'her' (feminine pronoun) for Fastow, whose given name 'Andrew' is masculine")]
    # a longer opening clause may name its own subject
    english[2] = "When the judge who heard the case spoke to reporters, Fastow pleaded guilty for her role."
    assert pronouns.check(story(english, spanish), Settings()) == []


def test_a_possessive_right_after_a_speakers_verb_is_the_speakers():
    """'"Serious allegations have not been investigated," Inspector General Glenn Fine said in her report', after
    a sentence naming a prosecutor: the possessive two words after "said" is the speaker's."""
    english = ["Special Prosecutor Nora Dannehy will investigate whether officials lied.",
               '"Serious allegations have not been investigated," Inspector General Glenn Fine said in her report.']
    spanish = ["La fiscal especial Nora Dannehy investigará si los funcionarios mintieron.",
               '"Graves denuncias no han sido investigadas", afirmó el inspector general Glenn Fine en su informe.']
    findings = pronouns.check(story(english, spanish), Settings())
    assert [(f.text, f.evidence["person"]) for f in findings] == [("her", "Fine")]
    # further from the verb, the possessive may be anyone's
    english[1] = english[1].replace("said in her report", "said the prosecutors had read her report")
    assert pronouns.check(story(english, spanish), Settings()) == []
