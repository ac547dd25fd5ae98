"""number-mismatch: locale-aware numbers compared per aligned pair, on real sentences and real Apertium."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest

from aligned_builder import aligned_pair, CORPUS_DEV, CORPUS_SETS, PLAIN_PAIR, DocumentSpec, build_aligned, \
    build_aligned_documents, clean_corpus_documents, contrast_measure, corpus_records, corpus_spec, \
    original_sentence_pairs
from bilingo.rules import numbers, quantities
from bilingo.rules.numbers import compatible, extract_numbers, match_mentions, parse_number
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def number_mismatches(aligned, settings: Settings) -> list:
    """The rule's findings on a document: the numbers compared (``numbers``) and the same numbers said as another
    quantity (``quantities``), in file order."""
    findings = numbers.check(aligned, settings) + quantities.check(aligned, settings)
    return sorted(findings, key=lambda finding: (finding.path, finding.start))


def values(text: str, lang: str) -> list[set[float]]:
    return [set(m.values) for m in extract_numbers(text, lang)]


def same_numbers(en: str, es: str) -> bool:
    """Whether every number of ``en`` pairs with one of ``es`` and vice versa."""
    left, right = match_mentions(extract_numbers(en, "en"), extract_numbers(es, "es"))
    return not [m for m in left + right if m.strong]


# (English, Spanish): the same quantities, written each language's way
EQUIVALENT = [
    ("300,000 reserve troops", "300.000 reservistas"),
    ("300,000 reserve troops", "300 000 reservistas"),
    ("300,000 reserve troops", "300\u00a0000 reservistas"),
    ("300,000 reserve troops", "300\u202f000 reservistas"),
    ("300,000 reserve troops", "300 mil reservistas"),
    ("inflation of 3.1", "una inflación del 3,1"),
    ("3.1 percent in November", "del 3,1 por ciento"),
    ("3.1 percent in November", "del 3,1 %"),
    ("3.1% in November", "del 3,1%"),
    ("3.1 per cent in November", "del 3,1 por ciento"),
    ("$1.2 billion", "1.200 millones de dólares"),
    ("$1.2 billion", "1,2 mil millones de dólares"),
    ("1.2 million people", "1,2 millones de personas"),
    ("$2 trillion", "2 billones de dólares"),
    ("£3m", "3 millones de libras"),
    ("five days", "5 días"),
    ("5 days", "cinco días"),
    ("twenty-five years", "25 años"),
    ("25 years", "veinticinco años"),
    ("1 man", "un hombre"),
    ("one man", "1 hombre"),
    ("the 1st place", "el 1.º lugar"),
    ("the 1st place", "el 1º lugar"),
    ("the first place", "el 1.er puesto"),
    ("the 16th century", "el siglo XVI"),
    ("in 2022", "en 2022"),
    ("Tuesday, Sept. 27", "el martes 27 de septiembre"),
    ("on September 27", "el 27 de septiembre"),
    ("Tuesday, Sept. 27", "el martes 27"),
    ("at 10 a.m.", "a las 10 de la mañana"),
    ("at 10 a.m.", "a las 10:00"),
    ("at 10 p.m.", "a las 22:00"),
    ("at 10 p.m.", "a las 10 de la noche"),
    ("until 1.00 p.m.", "hasta las 13 horas"),
    ("in the 1990s", "en los años 90"),
    ("in the 1990s", "en los noventas"),
    ("he was in his 20s", "estaba en sus veintes"),
    ("between 1985-1987", "entre 1985 y 87"),
    ("it reached 100 degrees Fahrenheit", "alcanzó los 37,8 grados Celsius"),  # Fahrenheit converted
    ("it was 40°F", "hizo 4 °C"),
    ("a 100-degree day", "un día de 38 grados"),
    ("lows near 20 degrees F", "mínimas cercanas a -7 grados"),
    ("temperatures reached 95 degrees", "las temperaturas alcanzaron los 35 grados"),  # US copy: Fahrenheit unsaid
    ("highs near 95° on Sunday", "máximas cercanas a 35 °C el domingo"),
    ("it was 35 degrees Celsius", "hacía 95 grados Fahrenheit"),
    ("a 90-degree turn", "un giro de 90 grados"),  # an angle still matches as it is
    ("she weighs 150 pounds", "pesa 68 kilos"),  # pounds converted (money in pounds still matches its libras)
    ("he paid 150 pounds", "pagó 150 libras"),
    ("closed for two weeks", "cerrado durante 14 días"),  # weeks in days
    ("closed for two weeks", "cerrado durante quince días"),  # Spanish's "quince días" is two weeks
    ("closed for 3 weeks", "cerrado durante 21 días"),
    ("security has grown since 9/11", "la seguridad ha crecido desde el 11-S"),  # dates said by name
    ("security has grown since 9/11", "la seguridad ha crecido desde el 11 de septiembre"),
    ("security has grown since 9/11", "la seguridad ha crecido desde el 9/11"),  # as US Spanish copy writes it too
    ("the hearing on 12/3/2026", "la audiencia del 3/12/2026"),  # dates in digits: each language's order
    ("the hearing on 12/3/2026", "la audiencia del 3 de diciembre de 2026"),
    ("the hearing on 3/12/2026", "la audiencia del 3 de diciembre de 2026"),  # (British copy writes the day first)
    ("the March 11 attacks in Madrid", "los atentados del 11-M en Madrid"),
    ("fireworks on the Fourth of July", "fuegos artificiales el 4 de julio"),
    ("fireworks on July Fourth", "fuegos artificiales el 4 de julio"),
    ("the law takes effect May 1", "la ley entra en vigor el primero de mayo"),
    ("it violates the 14th Amendment", "viola la Decimocuarta Enmienda"),  # ordinals above ten, in words
    ("on the 13th floor", "en el decimotercer piso"),
    ("in the twenty-first century", "en el siglo XXI"),
    ("its 21st anniversary", "su vigésimo primer aniversario"),
    ("profit of $1.5B", "ganancias de 1.500 millones de dólares"),  # a glued "B" is billions
    ("a $300M deal", "un acuerdo de 300 millones de dólares"),
    # a scale after a hyphen, as a compound adjective writes it (WMT newstest)
    ("The 150-million-crown campaign will appear on television.",
     "La campaña de 150 millones se hará sentir en la televisión."),
    ("the U.S. government's 700-billion-dollar bailout", "el paquete de 700 mil millones de dólares del gobierno"),
    ("apartment 4B", "el apartamento 4B"),
    ("a cut of 25 basis points", "un recorte de 0,25 puntos porcentuales"),  # basis points in percentage points
    ("a cut of 0.5 percentage points", "un recorte de 50 puntos básicos"),
    ("2 to 4 inches of rain", "entre 5 y 10 centímetros de lluvia"),  # a range's unit is its first number's too
    ("a 50-60 feet drop", "una caída de 15 a 18 metros"),
    ("a 2,400-square-foot house", "una casa de 223 metros cuadrados"),  # areas convert too
    ("a 5-mile run", "una carrera de 8 kilómetros"),  # a unit in a compound adjective
    ("a house of 2,400 square feet", "una casa de 223 m²"),
    ("the 1,200 sq. ft. unit", "la unidad de 111 metros cuadrados"),
    ("a 300 square mile area", "un área de 777 kilómetros cuadrados"),
    ("a 12-ounce can", "una lata de 355 ml"),  # fluid ounces
    ("a 16-ounce steak", "un filete de 454 gramos"),
    ("he ran for 80 yards", "corrió 73 metros"),
    ("5,000 gallons of water", "19.000 litros de agua"),
    ("$1.2 million on pavement", "1 millón 200 mil dólares en pavimento"),  # an amount said in parts
    ("about 1.2 million residents", "alrededor de un millón 200 mil habitantes"),  # its millions in words
    ("2.5 million voters", "dos millones 500 mil votantes"),
    ("it costs 2,500 pesos", "cuesta 2 mil 500 pesos"),
    ("3.45 million residents", "3 millones 450 mil habitantes"),
    ("the parade started at noon", "el desfile partió a las 12:00 horas"),  # noon and midnight in words
    ("from noon until midnight", "de las 12 del día a las 0:00 horas"),
    ("at 12 p.m.", "al mediodía"),
]

# (English, Spanish): a quantity that changed
DIFFERENT = [
    ("300,000 reserve troops", "30.000 reservistas"),
    ("3.1 percent", "3,2 por ciento"),
    ("$1.2 billion", "1.200 dólares"),
    ("$1.2 billion", "1,2 millones de dólares"),
    ("111 billion crowns", "111 millones de coronas"),
    ("a height of 56 kilometres", "una altura de 54 kilómetros"),
    ("on September 27", "el 28 de septiembre"),
    ("on September 27", "el 27 de octubre"),
    ("at 10 a.m.", "a las 10 de la noche"),
    ("in 2018", "en 2028"),
    # a year's last two digits stand for it against a number ("1985 y 87"), never against another year
    ("The church was built in 1887.", "La iglesia fue construida en 1787."),
    ("in the 1980s", "en los años 1880"),
    ("5 days", "seis días"),
    ("it was 40°F", "hizo 14 °C"),
    ("temperatures reached 95 degrees", "las temperaturas alcanzaron los 30 grados"),
    ("temperatures reached 35 degrees Celsius", "las temperaturas alcanzaron los 2 grados"),  # said Celsius: as is
    ("she weighs 150 pounds", "pesa 86 kilos"),
    ("closed for two weeks", "cerrado durante 30 días"),
    ("security has grown since 9/11", "la seguridad ha crecido desde el 11-M"),
    ("the hearing on 12/3/2026", "la audiencia del 4/12/2026"),
    ("the hearing on 12/3/2026", "la audiencia del 3/12/2025"),
    ("fireworks on the Fourth of July", "fuegos artificiales el 5 de julio"),
    ("2 to 4 inches of rain", "entre 12 y 10 centímetros de lluvia"),
    ("the parade started at noon", "el desfile partió a las 14:00 horas"),
    ("$1.2 million on pavement", "1 millón 300 mil dólares en pavimento"),
    ("between 2,000 and 500 people", "entre 2 mil y 600 personas"),
]


@pytest.mark.parametrize("en, es", EQUIVALENT)
def test_equivalent_numbers_across_locales_match(en, es):
    assert same_numbers(en, es), (extract_numbers(en, "en"), extract_numbers(es, "es"))


@pytest.mark.parametrize("en, es", DIFFERENT)
def test_changed_numbers_do_not_match(en, es):
    assert not same_numbers(en, es)


@pytest.mark.parametrize(
    "token, lang, expected",
    [
        ("1.200", "es", {1200.0}),
        ("300.000", "es", {300000.0}),
        ("300,000", "en", {300000.0}),
        ("3,1", "es", {3.1}),
        ("3.1", "en", {3.1}),
        ("1,234.5", "en", {1234.5}),
        ("1.234,5", "es", {1234.5}),
        ("1,000,000", "en", {1e6}),
        ("300 000", "es", {300000.0}),
    ],
)
def test_numerals_parse_by_the_sides_convention(token, lang, expected):
    assert parse_number(token, lang) == expected


def test_english_1_200_reads_as_one_point_two_first():
    # the side's own convention is the first reading; the other is only an alternative for matching
    assert 1.2 in parse_number("1.200", "en")
    assert parse_number("1.200", "es") == {1200.0}
    assert not same_numbers("1.2 tonnes", "1.200 toneladas")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Un hombre, Aleksey, dijo a Reuters que dejaba a su mujer y a sus hijos.", "es"),
        ("Una reportera preguntó a Jean-Pierre.", "es"),
    ],
)
def test_spanish_articles_are_never_reported(text, lang):
    assert all(not m.strong for m in extract_numbers(text, lang))


@pytest.mark.parametrize("text", ["COVID-19 cases", "the G20 summit", "an F-16 jet", "a Catch-22"])
def test_numbers_inside_names_and_codes_are_ignored(text):
    assert extract_numbers(text, "en") == []


def test_month_names_are_dates_but_may_the_verb_is_not():
    (date,) = extract_numbers("on May 5", "en")
    assert date.kind == "date" and date.exact == {(5, 5)}
    assert [m.kind for m in extract_numbers("we may 5 times", "en")] == ["number"]
    assert not compatible(extract_numbers("May 5", "en")[0], extract_numbers("5 de junio", "es")[0])


# --- the rule on real text -----------------------------------------------------------

WMT = "wmt-newstest-2008-2010"
INFLATION_EN = ("November price hikes were higher than expected in the 13 eurozone countries, with October's "
                "2.6 percent yr/yr inflation rate followed by 3.1 percent in November, the EU's Luxembourg-based "
                "statistical office reported.")
INFLATION_ES = ("El aumento de los precios en el mes de noviembre ha sido superior a lo esperado en los 13 países de "
                "la zona de euro, registrando - después del 2.6 por ciento del mes de octubre - una inflación anual "
                "del 3,1 por ciento - anunció la Oficina de Estadística de la Unión con sede en Luxemburgo.")


def test_real_pair_with_mixed_conventions_is_clean():
    aligned = build_aligned([INFLATION_EN], [INFLATION_ES])
    assert number_mismatches(aligned, Settings()) == []


def test_changed_number_is_reported_with_both_spans_and_the_translation():
    edited = INFLATION_ES.replace("3,1 por ciento", "3,7 por ciento")
    aligned = build_aligned([INFLATION_EN], [edited])
    (finding,) = number_mismatches(aligned, Settings())
    source = aligned.right.source
    assert finding.rule == "number-mismatch" and finding.severity == "error"
    assert source.text[finding.start : finding.end] == "3,7 por ciento"
    assert finding.message == "3.1 percent in English but 3,7 por ciento in Spanish"
    c_start, c_end = finding.evidence["counterpart_span"]
    assert aligned.left.source.text[c_start:c_end] == "3.1 percent"
    assert "3,7" in finding.evidence["translation"] or "3.7" in finding.evidence["translation"]


def test_seed_reservists_changed_in_spanish_is_reported():
    en = "Putin ordered a partial mobilization of the Russian military last week, drafting up 300,000 reserve troops."
    es = "Putin ordenó la semana pasada una movilización parcial del ejército ruso, reclutando a 30.000 reservistas."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "300,000 in English but 30.000 in Spanish"
    assert finding.text == "30.000"


def test_number_missing_on_one_side_is_reported_where_it_is():
    en = "Putin ordered a partial mobilization of the Russian military last week, drafting up 300,000 reserve troops."
    es = "Putin ordenó la semana pasada una movilización parcial del ejército ruso, reclutando a reservistas."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.evidence["side"] == "left" and finding.text == "300,000"
    assert "no matching number" in finding.message


def test_number_moved_to_the_next_sentence_is_tolerated():
    en = ["The army drafted 300,000 reservists.", "The move led to widespread fear."]
    es = ["El ejército movilizó a reservistas.", "La medida, que afecta a 300.000 personas, provocó miedo."]
    assert number_mismatches(build_aligned(en, es), Settings()) == []


def test_a_score_is_no_quantity_that_rose_or_fell():
    """"lost 2-1" / "ganó 2-1" is a result said the other way (``outcomes``), not 2 and 1 turned from falls to rises."""
    en, es = "San Antonio FC lost 2-1 to El Paso on Saturday.", "San Antonio FC ganó 2-1 a El Paso el sábado."
    assert number_mismatches(build_aligned([en], [es]), Settings()) == []
    en, es = "Prices fell 2-3% last year.", "Los precios subieron un 2-3% el año pasado."  # a range still is
    assert [f.message for f in number_mismatches(build_aligned([en], [es]), Settings())] == ["down 2 in English but up 2 in Spanish"]


def test_a_changed_date_is_not_taken_for_a_word_of_the_next_sentence():
    """"the first Latina" says 1, as "Jan. 1" does: a date moves as digits, not as a word sharing its day."""
    en = ["Ortiz will take office Jan. 1.", "She will be the first Latina to represent the precinct."]
    es = ["Ortiz asumirá el cargo el 1 de febrero.", "Será la primera latina en representar al precinto."]
    (finding,) = number_mismatches(build_aligned(en, es), Settings())
    assert finding.message == "Jan. 1 in English but 1 de febrero in Spanish"


def test_a_time_moves_as_a_time_or_its_written_hour_not_the_hour_it_stands_for():
    """"9 p. m." stands for 21, which "21 Republicans" in the sentence before is not: a.m. turned p.m. is reported
    as such, where it had been "9 a.m. has no matching number". "7pm" said as "las 7" nearby is a move."""
    en = ["The bill passed with the votes of 21 Republicans.", "The hearing starts at 9 a.m. on Monday."]
    es = ["El proyecto fue aprobado con los votos de 21 republicanos.", "La audiencia comienza a las 9 p. m. del lunes."]
    assert [f.message for f in number_mismatches(build_aligned(en, es), Settings())] == [
        "9 a.m. in English but 9 p. m. in Spanish"]
    en = ["Taxis are hard to find.", "It is impossible to get a cab between 4pm and 7pm on a weekday."]
    es = ["Es imposible coger un taxi entre las 4 y las 7 por la tarde.", "Sucede en los días laborales."]
    assert number_mismatches(build_aligned(en, es), Settings()) == []


SHARE_EN = ("Honda expects 50% of the Insight's sales to come from the United States, while the remaining 50% "
            "will be split between Europe and Japan.")
SHARE_ES = ("Honda calcula que el 50% de las ventas del Insight se producirá en Estados Unidos, mientras que el "
            "porcentaje restante se repartirá entre Europa y Japón.")


def test_a_repeated_number_said_once_in_translation_is_not_reported():
    """Real WMT pair: "the remaining 50%" became "el porcentaje restante"; the first 50% matched."""
    assert number_mismatches(build_aligned([SHARE_EN], [SHARE_ES]), Settings()) == []


def test_a_changed_repeat_of_a_matched_number_is_still_reported():
    edited = SHARE_ES.replace("el porcentaje restante", "el 40% restante")
    (finding,) = number_mismatches(build_aligned([SHARE_EN], [edited]), Settings())
    assert finding.message == "50% in English but 40% in Spanish"


def test_a_repeated_number_is_reported_when_neither_occurrence_matched():
    dropped = SHARE_ES.replace("el 50% de las ventas", "la mayor parte de las ventas")  # ("la mitad" is 50%)
    findings = number_mismatches(build_aligned([SHARE_EN], [dropped]), Settings())
    assert [finding.text for finding in findings] == ["50%", "50%"]


@pytest.mark.parametrize("en, es", [
    ("No one was hurt in the two crashes.", "Nadie resultó herido en los dos choques."),
    ("The two men helped one another.", "Los dos hombres se ayudaron el uno al otro."),
    ("One of the three suspects was arrested.", "Uno de los tres sospechosos fue arrestado."),
    ("The one that won had three goals.", "El que ganó tenía tres goles."),
    ("The apartment has one bathroom and two bedrooms.", "El apartamento tiene un baño y dos habitaciones."),
])
def test_an_english_one_that_is_no_count_or_that_matched_is_not_reported(en, es):
    """English "one" is compared with a count the other side has left over ("one bathroom" / "dos baños"), but not
    where it counts nothing ("no one", "one another", "the one") or matched the other side's "un"."""
    assert number_mismatches(build_aligned([en], [es]), Settings()) == []


def test_a_count_in_words_changed_on_both_sides_is_reported():
    """AP and Spanish style spell out small numbers: a death toll in words changed in translation is the
    drift bilingo exists for, though number words are otherwise never reported alone."""
    en = "Three people died and dozens were injured when the bridge collapsed on Sunday."
    es = "Cuatro personas murieron y decenas resultaron heridas cuando el puente se derrumbó el domingo."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "Three in English but Cuatro in Spanish"
    assert finding.text == "Cuatro" and finding.evidence["counterpart_text"] == "Three"
    en = "Three people died when a tree fell on their car on Route 9."  # "un árbol": an article, not a count
    es = "Cuatro personas murieron cuando un árbol cayó sobre su auto en la Ruta 9."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "Three in English but Cuatro in Spanish"
    en, es = "Two or three witnesses saw the car.", "Tres o cuatro testigos vieron el coche."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())  # the three matched, the range moved
    assert finding.message == "Two in English but cuatro in Spanish"
    en = "The apartment has two bedrooms and one bathroom."  # English "one" is a count, never an article
    es = "El apartamento tiene dos habitaciones y dos baños."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "one in English but dos in Spanish"
    en = "The fire burned two miles from the town."  # a unit converted, but not to this number (3.2 km)
    es = "El incendio ardió a cinco kilómetros del pueblo."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "two in English but cinco in Spanish"
    en = "Firefighters arrived within six minutes."  # a count in words left against a number: named both
    (finding,) = number_mismatches(build_aligned([en], ["Los bomberos llegaron en 16 minutos."]), Settings())
    assert finding.message == "six in English but 16 in Spanish" and finding.text == "16"
    en = "It was the restaurant's third failed inspection in two years."  # "two" is "dos", not "segunda"
    (finding,) = number_mismatches(build_aligned([en], ["Fue la segunda inspección reprobada en dos años."]), Settings())
    assert finding.message == "third in English but segunda in Spanish"
    en = "There are 14 cases, up from six two weeks ago."  # two counts side by side: six, then two (not 8)
    (finding,) = number_mismatches(build_aligned([en], ["Hay 14 casos, frente a seis hace tres semanas."]), Settings())
    assert finding.message == "two in English but tres in Spanish"
    en = "She taught second grade at Lincoln for 32 years."  # an ordinal beside a number in digits, both changed
    findings = number_mismatches(build_aligned([en], ["Enseñó tercer grado en Lincoln durante 23 años."]), Settings())
    assert sorted(finding.message for finding in findings) == ["32 in English but 23 in Spanish",
                                                               "second in English but tercer in Spanish"]
    en = "The striker scored two goals in the second half."  # a game's half, not two and a half
    (finding,) = number_mismatches(build_aligned([en], ["El delantero anotó tres goles en el segundo tiempo."]),
                                   Settings())
    assert finding.message == "two in English but tres in Spanish"
    en, es = "The board meets twice a year.", "La junta se reúne tres veces al año."  # "twice" is two times
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "twice in English but tres in Spanish"
    en, es = "About two dozen residents were evacuated.", "Unos doce residentes fueron evacuados."  # 24, not 2 and 12
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "two dozen in English but doce in Spanish"
    en, es = "A dozen firefighters battled the blaze.", "Dos docenas de bomberos combatieron el incendio."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "A dozen in English but Dos docenas in Spanish"
    en, es = "A dozen people were hurt.", "Una veintena de personas resultaron heridas."  # about twenty
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "A dozen in English but Una veintena in Spanish"
    # a thousand times as many: no one says "a dozen [thousand]", so no scale said once for both
    en, es = "About a dozen people attended.", "Asistieron unas doce mil personas."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "a dozen in English but doce mil in Spanish"
    en, es = "Half a dozen witnesses testified on Monday.", "Una docena de testigos declararon el lunes."  # six
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == "Half a dozen in English but Una docena in Spanish"


@pytest.mark.parametrize("en, es, message", [
    ("The app has been downloaded more than a million times.", "La aplicación ha sido descargada más de mil veces.",
     "a million in English but mil in Spanish"),
    ("The city has a thousand residents.", "La ciudad tiene un millón de residentes.",
     "a thousand in English but un millón in Spanish"),
    ("The fund raised one million dollars.", "El fondo recaudó mil dólares.",
     "one million in English but mil in Spanish"),
    # "billón" is a million million: a false friend
    ("The company is worth a billion dollars.", "La empresa vale un billón de dólares.",
     "a billion in English but un billón in Spanish"),
])
def test_a_scale_said_alone_as_another_is_reported(en, es, message):
    """"a million" / "mil": a scale alone is no count (``is_count``), and two counts a thousand times apart are read
    as a scale said once for both; a scale said as a whole number on each side is neither."""
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == message and finding.text == message.split(" but ")[1].rsplit(" in ", 1)[0]


@pytest.mark.parametrize("en, es", [
    ("The company is worth a billion dollars.", "La empresa vale mil millones de dólares."),
    ("The fund raised a million dollars.", "El fondo recaudó un millón de dólares."),
    ("More than a thousand people marched.", "Más de mil personas marcharon."),
    ("The analysts expect further billion-dollar losses.", "Los analistas esperan pérdidas de mil millones."),
    ("A million people live in the city, and a thousand more arrive each month.",
     "En la ciudad viven un millón de personas, y cada mes llegan mil más."),
])
def test_a_scale_said_alone_as_the_same_number_is_not_reported(en, es):
    assert number_mismatches(build_aligned([en], [es]), Settings()) == []


def test_a_measure_in_decimals_is_no_clock_time():
    """"1,50 metros" had been also ten to two, 1.83 hours, which matched "6 feet" (1.83 metres) by chance."""
    (finding,) = number_mismatches(build_aligned(["The suspect is 6 feet tall."],
                                                 ["El sospechoso mide 1,50 metros."]), Settings())
    assert finding.message == "6 in English but 1,50 in Spanish"
    assert number_mismatches(build_aligned(["The suspect is 6 feet tall."], ["El sospechoso mide 1,83 metros."]),
                             Settings()) == []


@pytest.mark.parametrize("en, es", [
    ("Three people died when the bridge collapsed on Sunday.", "Tres personas murieron cuando el puente se derrumbó."),
    ("The two countries signed the treaty on Monday.", "Ambos países firmaron el tratado el lunes."),  # no count there
    ("It was ten to six in the morning when the alarm rang.", "Eran las cinco menos diez de la madrugada cuando sonó la alarma."),
    ("The analysts expect further billion-dollar losses.", "Los analistas esperan todavía miles de millones en pérdidas."),
    ("One of the two men was arrested.", "Uno de los dos hombres fue detenido."),
    ("She won the second round and three of the four sets.", "Ganó la segunda ronda y tres de los cuatro sets."),
    ("Two dozen witnesses saw the car.", "Veinticuatro testigos vieron el coche."),
    ("About two dozen residents were evacuated.", "Unas dos docenas de residentes fueron evacuados."),
    ("A dozen firefighters battled the blaze.", "Doce bomberos combatieron el incendio."),
    ("Half a dozen witnesses testified on Monday.", "Media docena de testigos declararon el lunes."),
    ("Half a dozen witnesses testified on Monday.", "Seis testigos declararon el lunes."),
    ("Dozens of residents were evacuated.", "Decenas de residentes fueron evacuados."),  # (vague on both sides)
    ("About 20 people were hurt.", "Una veintena de personas resultaron heridas."),
    ("Some 30 families were evacuated.", "Una treintena de familias fueron evacuadas."),
    ("He was the team's physiotherapist for three decades.", "Fue fisioterapeuta del equipo durante tres decenios."),
    ("The family has lived there for two decades.", "La familia ha vivido allí durante veinte años."),
    ("He scored eight three-pointers.", "Anotó ocho triples."),  # two numbers side by side are not one count
    ("There are 14 cases, up from six two weeks ago.", "Hay 14 casos, frente a seis hace dos semanas."),
    ("Three million for each mother, two for each father.", "Tres millones por madre, dos millones por padre."),
    ("Check on elderly neighbors at least twice a day.", "Visite a sus vecinos mayores al menos dos veces al día."),
    # a US unit converted, rounded to a whole number
    ("The fire burned two miles from the town.", "El incendio ardió a tres kilómetros del pueblo."),
    ("The storm dropped three inches of rain.", "La tormenta dejó ocho centímetros de lluvia."),
    ("The hiker walked five miles.", "El excursionista caminó ocho kilómetros."),
])
def test_counts_in_words_that_agree_or_cannot_be_told_apart_are_not_reported(en, es):
    assert number_mismatches(build_aligned([en], [es]), Settings()) == []


@pytest.mark.parametrize("en, es, message", [
    ("Police arrested two suspects on Friday.", "La policía arrestó a un sospechoso el viernes.",
     "two suspects in English but un sospechoso in Spanish"),
    ("Police arrested a suspect on Friday.", "La policía arrestó a dos sospechosos el viernes.",
     "a suspect in English but dos sospechosos in Spanish"),
    ("Three people were taken to the hospital.", "Una persona fue trasladada al hospital.",
     "Three people in English but Una persona in Spanish"),
    ("The city will open two new libraries.", "La ciudad abrirá una nueva biblioteca.",
     "two new libraries in English but una nueva biblioteca in Spanish"),
    # the second "una" of the Spanish is the one that says the company: the n-th article for the n-th "a"
    ("A witness said two companies submitted bids.", "Una testigo dijo que una empresa presentó ofertas.",
     "two companies in English but una empresa in Spanish"),
    # beside a number in digits; "both" (or "ambos") is two
    ("Police arrested two suspects on Friday at 5 p.m.", "La policía arrestó a un sospechoso el viernes a las 5 p.m.",
     "two suspects in English but un sospechoso in Spanish"),
    ("Both lanes of Interstate 35 were closed.", "Un carril de la Interestatal 35 fue cerrado.",
     "Both lanes in English but Un carril in Spanish"),
    ("A lane of Interstate 35 was closed.", "Ambos carriles de la Interestatal 35 fueron cerrados.",
     "A lane in English but Ambos carriles in Spanish"),
])
def test_a_count_said_as_one_by_an_article_is_reported(en, es, message):
    """"two suspects" / "un sospechoso": no count is left on the Spanish side for ``_differing_counts``; read in
    English, the count's noun is said once, after an article."""
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == message
    assert finding.text == message.split(" but ")[1].split()[0]  # (on the Spanish side, the translated one)


@pytest.mark.parametrize("en, es, message", [
    ("Witnesses heard three gunshots.", "Los testigos escucharon varios disparos.",
     "three gunshots in English but varios disparos in Spanish"),
    ("Three people were hurt in the crash.", "Varias personas resultaron heridas en el choque.",
     "Three people in English but Varias personas in Spanish"),
    ("Several people were hurt in the crash.", "Tres personas resultaron heridas en el choque.",
     "Several people in English but Tres personas in Spanish"),
])
def test_a_count_said_as_several_is_reported(en, es, message):
    """"three gunshots" / "varios disparos": a count in words is never reported for want of a counterpart, and
    "varios" is none; read in English, the count's noun follows a word of several, and the count is said nowhere."""
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == message
    assert finding.text == message.split(" but ")[1].split()[0]  # (on the Spanish side, the translated one)


@pytest.mark.parametrize("en, es", [
    ("The two men fired several shots.", "Ambos hombres dispararon varias veces."),  # "both"
    ("Five students and several teachers attended.", "Cinco estudiantes y varios maestros asistieron."),
    ("Three people were hurt and several cars were damaged.",
     "Varias personas resultaron heridas y tres autos sufrieron daños."),  # (a count on each side: compared there)
    ("Two officers fired several rounds.", "Dos agentes dispararon varias veces."),
])
def test_a_count_beside_several_of_something_else_is_not_reported(en, es):
    assert [finding.message for finding in number_mismatches(build_aligned([en], [es]), Settings())
            if "varia" in finding.message.lower() or "several" in finding.message.lower()] == []


def test_an_age_said_by_its_decade_is_compared_with_a_count_in_words():
    """"in her twenties" is twenty to twenty-nine: "unos cuarenta años" is outside it, "unos veinticinco" inside."""
    en = "The victim was a woman in her twenties."
    (finding,) = number_mismatches(build_aligned([en], ["La víctima era una mujer de unos cuarenta años."]),
                                   Settings())
    assert finding.message == "twenties in English but cuarenta in Spanish"
    for es in ("La víctima era una mujer de unos veinticinco años.", "La víctima era una mujer de veintitantos años."):
        assert number_mismatches(build_aligned([en], [es]), Settings()) == []
    assert number_mismatches(build_aligned(["Two men in their twenties were arrested."],
                                           ["Dos hombres de unos veinte años fueron arrestados."]), Settings()) == []


@pytest.mark.parametrize("en, es, message", [
    ("Youth soccer registration ends Nov. 15. The fee is $40 per child.",
     "La inscripción para el fútbol juvenil termina el 15 de noviembre. La cuota es de $40 por familia.",
     "per child in English but por familia in Spanish"),
    ("Tickets cost $10 a person.", "Los boletos cuestan $10 por pareja.",
     "a person in English but por pareja in Spanish"),
    # counted by a unit on one side, by a period on the other
    ("The fine is $500 per violation.", "La multa es de $500 por día.",
     "per violation in English but por día in Spanish"),
    ("Parking is $5 a day.", "El estacionamiento cuesta $5 por vehículo.",
     "a day in English but por vehículo in Spanish"),
    # a fuel's price by a gallon said by a litre, after "cents" too
    ("Gas prices rose 20 cents a gallon.", "Los precios de la gasolina subieron 20 centavos por litro.",
     "a gallon in English but por litro in Spanish"),
])
def test_a_price_counted_by_another_unit_is_reported(en, es, message):
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == message


@pytest.mark.parametrize("en, es", [
    ("Tickets cost $10 per person and $5 per child.", "Los boletos cuestan $10 por persona y $5 por niño."),
    ("The county will give $200 per household.", "El condado dará $200 por hogar."),
    ("Parking costs $5 per car.", "El estacionamiento cuesta $5 por vehículo."),
    ("A child was hurt. The fee is $40 per family.", "Un niño resultó herido. La cuota es de $40 por familia."),
    ("The grant pays $40 per family.", "La beca paga $40 por la familia del estudiante."),  # ("por la": no rate)
    ("The class meets weekly and costs $10 per person.", "La clase se reúne semanalmente y cuesta $10 por persona."),
    ("The fine is $500 per day.", "La multa es de $500 por día."),
    ("Gas prices rose 20 cents a gallon.", "Los precios de la gasolina subieron 20 centavos por galón."),
])
def test_a_price_counted_by_the_same_unit_or_by_one_side_only_is_not_reported(en, es):
    assert number_mismatches(build_aligned([en], [es]), Settings()) == []


@pytest.mark.parametrize("en, es", [
    ("The building has a tower at each of its corners.", "El edificio tiene dos torres, una en cada esquina."),
    ("Two suspects were arrested and a third is being sought.",
     "Dos sospechosos fueron arrestados y se busca a un tercero."),
    ("The school has two nurses and a counselor.", "La escuela tiene dos enfermeras y un consejero."),
    ("One of the three victims was a child.", "Una de las tres víctimas era un niño."),
    ("Police arrested two suspects.", "La policía arrestó a 2 sospechosos."),
    ("Both drivers were taken to a hospital.", "Ambos conductores fueron llevados a un hospital."),
    ("Both men and women can apply for a grant.", "Hombres y mujeres pueden solicitar una beca."),
])
def test_a_count_beside_an_article_of_something_else_is_not_reported(en, es):
    assert number_mismatches(build_aligned([en], [es]), Settings()) == []


@pytest.mark.parametrize("en, es", [
    ("winds of 120 mph", "vientos de 120 millas por hora (193 km/h)"),
    ("about 340 miles southeast of the city", "a unas 340 millas (unos 547 kilómetros) al sureste de la ciudad"),
    ("a 2,400-square-foot house", "una casa de 2,400 pies cuadrados (223 metros cuadrados)"),
    ("up to 15 inches of rain", "hasta 15 pulgadas de lluvia, unos 38 centímetros,"),
    ("winds of 120 mph (193 km/h)", "vientos de 120 millas por hora"),
])
def test_a_metric_value_added_after_the_same_quantity_is_a_readers_aid(en, es):
    """US Spanish-language newsrooms keep the miles and add the kilometres, as they add an amount in pesos."""
    assert number_mismatches(build_aligned([en], [es]), Settings()) == []


def test_a_wrong_metric_value_added_is_still_reported():
    (finding,) = number_mismatches(build_aligned(["winds of 120 mph"], ["vientos de 120 millas por hora (250 km/h)"]),
                                   Settings())
    assert finding.text == "250"


def test_a_basketball_shot_named_by_its_worth_is_no_number():
    """Spanish names a 3-pointer "triple", without a number: the 3 of "3-point attempts" is a kind of shot, and
    left as a number it was reported against a faithful Spanish, or matched the changed count next to it."""
    en = "Smith made four of his seven 3-point attempts and scored 21 points."
    faithful = ["Smith encestó cuatro de sus siete triples y anotó 21 puntos.",
                "Smith encestó cuatro de sus siete intentos de 3 puntos y anotó 21 puntos."]
    for es in faithful:
        assert number_mismatches(build_aligned([en], [es]), Settings()) == [], es
    changed = "Smith encestó tres de sus siete triples y anotó 21 puntos."
    (finding,) = number_mismatches(build_aligned([en], [changed]), Settings())
    assert finding.message == "four in English but tres in Spanish"
    en = "Jones hit eight three-pointers and the Tigers took a 3-point lead."  # a lead of 3 points is a number
    assert [m.text for m in extract_numbers(en, "en")] == ["eight", "3"]
    assert number_mismatches(build_aligned([en], ["Jones anotó 8 triples y los Tigers tomaron una ventaja de tres puntos."]),
                             Settings()) == []
    (finding,) = number_mismatches(
        build_aligned([en], ["Jones anotó ocho triples y los Tigers tomaron una ventaja de cinco puntos."]), Settings())
    assert finding.text == "3"


@pytest.mark.parametrize("text, value", [
    ("fiebre de ciento dos grados", 102),  # "ciento" is a hundred; only "por ciento" is percent
    ("aquellos ciento cincuenta", 150),
    ("un noventa por ciento de los soldados", 90),  # "un" is the article, not one
    ("cinco por ciento", 5),
    ("five per cent", 5),
    ("un millón y medio de personas", 1_500_000),  # a half after a scale is half of it, not 0.5
    ("dos millones y medio", 2_500_000),
    ("medio millón de euros", 500_000),
    ("a million and a half people", 1_500_000),
    ("two and a half million people", 2_500_000),
    ("one and a half hours", 1.5),
    ("two dozen witnesses", 24),  # a number noun counted is one number
    ("dos docenas de testigos", 24),
    ("a dozen eggs", 12),
    ("tres decenios", 30),
])
def test_number_words_values(text, value):
    lang = "en" if text.split()[0] in ("five", "a", "two", "one") and "docenas" not in text else "es"
    assert values(text, lang) == [{value}]


def test_one_and_a_half_million_in_words_matches_its_figure():
    en, es = "The population grew by 1.5 million people in a decade.", "La población creció en un millón y medio de personas."
    assert number_mismatches(build_aligned([en], [es]), Settings()) == []
    en = "The population grew by 2.5 million people in a decade."
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.text == "2.5 million" and finding.lang == "en"


def test_a_changed_weekday_or_month_is_reported():
    """"On Tuesday" that became "el miércoles", "in March" that became "en abril": dates are numbers too, and
    three such pairs in the dev corpus are real errors of its human translations (Friday / el lunes...)."""
    en = ["The council voted on Tuesday to approve the budget.", "The new rules take effect in March, the mayor said."]
    es = ["El concejo votó el miércoles para aprobar el presupuesto.",
          "Las nuevas normas entran en vigor en abril, dijo la alcaldesa."]
    findings = number_mismatches(build_aligned(en, es), Settings())
    assert [finding.message for finding in findings] == ["Tuesday in English but miércoles in Spanish",
                                                         "March in English but abril in Spanish"]
    assert [finding.text for finding in findings] == ["miércoles", "abril"]


@pytest.mark.parametrize("en, es, message", [
    ("The library will be open on weekdays from 9 a.m. to 5 p.m.",
     "La biblioteca abrirá los fines de semana de 9 a.m. a 5 p.m.", "weekdays in English but fines de semana in Spanish"),
    ("The road will reopen in the spring.", "La carretera reabrirá en el otoño.", "spring in English but otoño in Spanish"),
    ("Construction will start this fall.", "La construcción empezará en primavera.",
     "fall in English but primavera in Spanish"),
    ("We expect to finish by spring.", "Esperamos terminar para el verano.", "spring in English but verano in Spanish"),
    ("The restaurant is closed on Mondays.", "El restaurante está cerrado los martes.",  # a weekday in the plural
     "Mondays in English but martes in Spanish"),
    ("The museum is free on Sundays.", "El museo es gratuito los sábados.",  # a Spanish weekday in the plural
     "Sundays in English but sábados in Spanish"),
    # said alike
    ("The restaurant is closed on Mondays.", "El restaurante está cerrado los lunes.", None),
    ("The museum is free on Sundays.", "El museo es gratuito los domingos.", None),
    ("Construction will start this fall.", "La construcción empezará en otoño.", None),
    ("The pool is open on weekends this summer.", "La piscina abre los fines de semana este verano.", None),
    ("The fall of the Berlin Wall changed Europe in the winter of 1989.",
     "La caída del Muro de Berlín cambió Europa en el invierno de 1989.", None),
    ("Residents of Palm Springs lost power last summer.", "Los residentes de Palm Springs se quedaron sin luz el verano "
     "pasado.", None),
    # the part of the day
    ("The storm is expected to make landfall Thursday night.",
     "Se espera que la tormenta toque tierra el jueves por la mañana.", "night in English but mañana in Spanish"),
    ("The council will vote this afternoon.", "El concejo votará esta noche.",
     "afternoon in English but noche in Spanish"),
    ("The sentence was handed down on Thursday night.", "La sentencia se dictó el jueves por la tarde.", None),  # late
    ("Looting continued overnight.", "Los saqueos continuaron toda la noche.", None),
    ("Rain is expected tomorrow morning.", "Se espera lluvia mañana por la mañana.", None),  # "mañana" alone: tomorrow
    ("Good morning, said the host on election night.", "Buenos días, dijo el presentador esta mañana.", None),
    # the daytime against the night, and the night said without "this" or "Tuesday"
    ("The road will be closed at night for repairs.", "La carretera estará cerrada durante el día por reparaciones.",
     "night in English but día in Spanish"),
    ("Crews will work during the day.", "Los equipos trabajarán de noche.", "day in English but noche in Spanish"),
    ("The shelter is open all night.", "El refugio está abierto todo el día.", "night in English but día in Spanish"),
    ("The train runs every 15 minutes during the morning.", "El tren pasa cada 15 minutos durante la tarde.",
     "morning in English but tarde in Spanish"),
    ("The road will be closed at night for repairs.", "La carretera estará cerrada por las noches por reparaciones.",
     None),
    ("Crews will work during the day.", "Los equipos trabajarán de día.", None),
    # in broad daylight ("a plena luz del día"); "daylight saving time" is no part of the day
    ("The robbery happened in broad daylight.", "El robo ocurrió de noche.",
     "daylight in English but noche in Spanish"),
    ("The robbery happened at night.", "El robo ocurrió a plena luz del día.", "night in English but día in Spanish"),
    ("The robbery happened in broad daylight.", "El robo ocurrió a plena luz del día.", None),
    ("Clocks change for daylight saving time on Sunday night.",
     "Los relojes cambian por el horario de verano el domingo por la noche.", None),
    ("The vote took place during the day of the storm.", "La votación fue durante el día de la tormenta, por la noche.",
     None),  # a date, no part of it
    ("Prices rose day by day.", "Los precios subieron de día en día por la noche.", None),
    # "early Monday" is the morning, often before dawn; "will close early Monday" is before the usual hour
    ("The water main broke early Monday.", "La tubería principal de agua se rompió el lunes por la tarde.",
     "early Monday in English but tarde in Spanish"),
    ("The water main broke early Monday.", "La tubería principal de agua se rompió en la madrugada del lunes.", None),
    ("The water main broke early Monday.", "La tubería principal de agua se rompió el lunes por la mañana.", None),
    ("The water main broke early Monday afternoon.", "La tubería se rompió el lunes por la tarde.", None),
    ("The store will close early Monday.", "La tienda cerrará el lunes por la tarde.", None),
    # "late Tuesday" is the evening or the night; "temprano el martes", "a primera hora del martes" early Tuesday,
    # "a última hora del martes" late Tuesday
    ("The storm is expected to make landfall late Tuesday.",
     "Se espera que la tormenta toque tierra temprano el martes.", "late Tuesday in English but temprano el martes in "
     "Spanish"),
    ("The vote came early Wednesday.", "La votación se produjo a última hora del miércoles.",
     "early Wednesday in English but a última hora del miércoles in Spanish"),
    ("The storm is expected to make landfall late Tuesday.",
     "Se espera que la tormenta toque tierra el martes por la noche.", None),
    ("The vote came late Tuesday.", "La votación se produjo a última hora del martes.", None),
    ("The water main broke early Monday.", "La tubería se rompió a primera hora del lunes.", None),
    ("The water main broke early Monday.", "La tubería se rompió el lunes temprano.", None),
    ("The late Tuesday vote was close.", "La votación del martes por la noche fue reñida.", None),
])
def test_a_changed_season_or_part_of_the_week_or_day_is_reported(en, es, message):
    """A season or the part of the week or of the day is compared as a weekday is: only where both sides name one."""
    assert [finding.message for finding in number_mismatches(build_aligned([en], [es]), Settings())] == (
        [message] if message else [])


@pytest.mark.parametrize("en, es, message", [
    ("The newsletter is published weekly.", "El boletín se publica mensualmente.",
     "weekly in English but mensualmente in Spanish"),
    ("Rent rose to $1,500 a month.", "El alquiler subió a 1.500 dólares al año.",
     "a month in English but al año in Spanish"),
    ("The tax would add about $50 a year to the average bill.",  # right after an amount, "a year to" is a rate
     "El impuesto añadiría unos $50 al mes a la factura promedio.", "a year in English but al mes in Spanish"),
    ("The clinic sees 50 patients a day.", "La clínica atiende a 50 pacientes a la semana.",
     "a day in English but a la semana in Spanish"),
    ("The fee will be charged annually.", "La tarifa se cobrará cada mes.", "annually in English but cada mes in Spanish"),
    # a change against the same period before, and a quarter
    ("Sales rose 5% year over year.", "Las ventas subieron un 5 % mensual.",
     "year over year in English but mensual in Spanish"),
    ("Prices rose 0.4% month-on-month.", "Los precios subieron un 0,4 % interanual.",
     "month-on-month in English but interanual in Spanish"),
    ("The company reports its earnings quarterly.", "La empresa informa sus ganancias anualmente.",
     "quarterly in English but anualmente in Spanish"),
    ("Sales rose 5% year over year.", "Las ventas subieron un 5 % interanual.", None),
    ("Sales rose 5% year over year.", "Las ventas subieron un 5 % respecto al año anterior.", None),
    ("The company reports quarterly earnings.", "La empresa informa sus ganancias trimestrales.", None),
    # said alike, or a span, a date or a newspaper rather than a rate
    ("Rent rose to $1,500 a month.", "El alquiler subió a 1.500 dólares mensuales.", None),
    ("He served a year in prison and was released a year ago.", "Cumplió un año de cárcel y fue liberado hace un año.",
     None),
    ("For a year, she paid $500 a month.", "Durante un año, pagó 500 dólares al mes.", None),
    ("The newspaper said rents rose by $50 a month.", "Según el diario, los alquileres subieron 50 dólares al mes.", None),
    ("The next day, the mayor held a weekly briefing.", "Al día siguiente, la alcaldesa dio su rueda de prensa semanal.",
     None),
    ("Users listen for more than an hour a day.", "Los usuarios escuchan más de una hora al día.", None),
    ("Families would receive up to $1,500 a month for rent.", "Las familias recibirían hasta $1,500 al año para el "
     "alquiler.", "a month in English but al año in Spanish"),
    # every other week or month, against every one
    ("The board meets every other week at City Hall.", "La junta se reúne cada semana en el Ayuntamiento.",
     "every other week in English but cada semana in Spanish"),  # ("cada": how often, whatever follows)
    ("The board meets every two weeks, the city said.", "La junta se reúne cada semana, dijo la ciudad.",
     "every two weeks in English but cada semana in Spanish"),
    ("The board meets monthly.", "La junta se reúne cada dos meses.", "monthly in English but cada dos meses in Spanish"),
    ("The board meets every other week.", "La junta se reúne cada dos semanas.", None),
    ("The board meets every two weeks, the city said.", "La junta se reúne cada quince días, dijo la ciudad.", None),
    ("The trial lasted two weeks, the city said.", "El juicio duró quince días, dijo la ciudad.", None),  # an idiom
    ("The paper is published every other week.", "El periódico se publica quincenalmente.", None),
    # a weekday every week or every other week
    ("Trash is collected every other Tuesday.", "La basura se recoge todos los martes.",
     "every other Tuesday in English but todos los martes in Spanish"),
    ("Trash is collected every Tuesday.", "La basura se recoge cada dos martes.",
     "every Tuesday in English but cada dos martes in Spanish"),
    ("The market is open every other Saturday.", "El mercado abre todos los sábados.",
     "every other Saturday in English but todos los sábados in Spanish"),
    ("Trash is collected every other Tuesday.", "La basura se recoge cada dos martes.", None),
    ("The market is open every other Saturday.", "El mercado abre sábado por medio.", None),
    ("The board meets every Monday.", "La junta se reúne todos los lunes.", None),
    # a weekday in the plural is every one of them
    ("The museum opens daily from 10 a.m.", "El museo abre los sábados a partir de las 10 a.m.",
     "daily in English but los sábados in Spanish"),
    ("The market is open on Saturdays.", "El mercado abre todos los días.",
     "Saturdays in English but todos los días in Spanish"),
    ("The museum is open every Saturday.", "El museo abre los sábados.", None),
    ("The library is closed on Mondays and open daily otherwise.",
     "La biblioteca cierra los lunes y abre todos los días el resto de la semana.", None),
    ("The clinic is open daily except Sundays.", "La clínica abre todos los días excepto los domingos.", None),
    ("The meetings are held weekly, on Mondays.", "Las reuniones son semanales, los lunes.", None),
])
def test_a_rate_said_by_another_period_is_reported(en, es, message):
    """How often something happens or is paid ("weekly", "a month") is compared as a weekday is: only where both
    sides say one."""
    assert [finding.message for finding in number_mismatches(build_aligned([en], [es]), Settings())] == (
        [message] if message else [])


def _day_parts(text: str) -> list:
    return [mention for mention in numbers._calendar_words(text, "es", 0) if mention.kind == "day part"]


def _turned_day_part(text: str) -> str:
    """``text`` with its first part of the day said as another ("por la noche" → "por la mañana", "durante el día"
    → "durante la noche")."""
    first = _day_parts(text)[0]
    start, word = first.start, first.text.lower()
    turned = {"mañana": "noche", "noche": "mañana", "tarde": "mañana", "madrugada": "tarde", "anoche": "ayer por la "
              "mañana", "mañanas": "noches", "noches": "mañanas", "tardes": "mañanas", "madrugadas": "tardes",
              "día": "noche"}[word]
    if word == "día" and text[start - 3:start] == "el ":
        start, turned = start - 3, "la noche"
    return text[:start] + (turned.capitalize() if first.text[0].isupper() else turned) + text[first.end:]


@needs_corpus
def test_faithful_corpus_pairs_say_the_same_part_of_the_day_and_a_turned_one_is_found():
    """133 sentence pairs of the dev corpus name a part of the day on both sides (109 before "at night", "during the
    day" and the Spanish plurals were read), none a part the other lacks ("in the day and warmer at night" /
    "Durante el día … por las noches" had been one until "in the day" and "por las noches" were read); with the first
    Spanish part turned ("por la noche" → "por la mañana"), 118 differ: "overnight" and "la madrugada" may be either
    the night or the morning, and some sentences name the other part too."""
    def differ(said, other_said):
        def lacks(one, other):
            return any(not any(mention.values & counterpart.values for counterpart in other) for mention in one)
        return lacks(said, other_said) and lacks(other_said, said)

    compared = disagreeing = found = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english = [m for m in numbers._calendar_words(en, "en", 0) if m.kind == "day part"]
                spanish = _day_parts(es)
                if not english or not spanish:
                    continue
                compared += 1
                disagreeing += differ(english, spanish)
                found += differ(english, _day_parts(_turned_day_part(es)))
    assert compared >= 130 and disagreeing == 0
    assert found >= 0.85 * compared


def _frequencies(text: str, lang: str) -> list[float]:
    return sorted(value for mention in numbers._calendar_words(text, lang, 0) if mention.kind == "frequency"
                  for value in mention.values)


# the first Spanish rate said by another period, for the corpus measure
_OTHER_PERIOD = {"diario": "semanal", "diaria": "semanal", "diarios": "semanales", "diarias": "semanales",
                 "diariamente": "semanalmente", "semanal": "mensual", "semanales": "mensuales",
                 "semanalmente": "mensualmente", "mensual": "anual", "mensuales": "anuales", "mensualmente": "anualmente",
                 "anual": "mensual", "anuales": "mensuales", "anualmente": "mensualmente", "al día": "a la semana",
                 "por día": "por semana", "cada día": "cada semana", "al mes": "al año", "por mes": "por año",
                 "cada mes": "cada año", "al año": "al mes", "por año": "por mes", "cada año": "cada mes",
                 "a la semana": "al mes", "por semana": "por mes", "cada semana": "cada mes", "por hora": "por día",
                 "cada dos días": "cada día", "cada dos semanas": "cada semana", "cada dos meses": "cada mes",
                 "cada dos años": "cada año", "cada quince días": "cada mes", "quincenal": "mensual",
                 "quincenalmente": "mensualmente", "bimestral": "mensual", "trimestral": "anual",
                 "trimestrales": "anuales", "trimestralmente": "anualmente", "interanual": "mensual",
                 "interanuales": "mensuales",
                 "a diario": "cada semana", "todos los días": "todas las semanas", "todos los años": "todos los meses",
                 "todos los meses": "todos los años", "todas las semanas": "todos los meses",
                 **{f"los {day}": "todos los días" for day in ("lunes", "martes", "miércoles", "jueves", "viernes",
                                                              "sábados", "domingos")}}


@needs_corpus
def test_faithful_corpus_pairs_say_the_same_rate_and_one_said_by_another_period_is_read_as_changed():
    """128 sentence pairs of the dev corpus say a rate on both sides, all by the same period (126 before every other
    day, week, month or year was read: "every two weeks" / "cada dos semanas"); with the first Spanish one said by
    another period ("mensual" → "anual", "al día" → "a la semana"), 117 differ (the others say that period elsewhere
    in the English too). Since a weekday in the plural is read as every one of them ("on Saturdays" / "los
    sábados"): 132 pairs, all alike, 120 differ when turned ("los sábados" → "todos los días"). With a quarter and a
    change against the same period before read ("quarterly" / "trimestrales"): 133, all alike."""
    same = changed = differ = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = _frequencies(en, "en"), _frequencies(es, "es")
                if not english or not spanish:
                    continue
                same += not (set(english) - set(spanish) and set(spanish) - set(english))
                first = next(m for m in numbers._calendar_words(es, "es", 0) if m.kind == "frequency")
                other = _OTHER_PERIOD[first.text.lower()]
                edited = es[:first.start] + (other.capitalize() if first.text[0].isupper() else other) + es[first.end:]
                changed += 1
                edited_values = _frequencies(edited, "es")
                differ += bool(set(english) - set(edited_values)) and bool(set(edited_values) - set(english))
    assert changed >= 122 and same == changed
    assert differ >= 0.9 * changed


@needs_corpus
def test_faithful_corpus_pairs_compare_their_amounts_alike_and_a_turned_one_is_found():
    """265 sentence pairs of the dev corpus say more or less with no number on both sides, none the other way (a
    superlative after its noun and before a word of its number, "el lugar menos seguro", is none; "da a las escuelas
    más dinero" is no superlative); with the first Spanish "más" or "menos" turned, 215 of 265 are found (the others
    say both on one side). Since the fifty-sixth round, spending is paying (decision-mismatch's "pay more"), so "what
    do we spend more money on?" is no longer compared here: 264, none the other way, 214 of 264. Since the
    sixty-first, an amount compared with a thing ("$50,000 above the asking price", "un 5 % más que el promedio") is
    read too: 273, none the other way, 216 of 269 (a time compared with is not: "30 percent less than a year ago" /
    "pagar menos que el año anterior", one pair, said the Spanish's other "más" the other way)."""
    def changed(said: Counter, other_said: Counter) -> bool:
        return bool(set(+said) - set(+other_said)) and bool(set(+other_said) - set(+said))

    turned = {"más": "menos", "menos": "más", "Más": "Menos", "Menos": "Más"}
    compared, disagreeing, swapped, found = contrast_measure(quantities.comparatives, changed, turned)
    assert compared >= 250 and disagreeing == 0
    assert swapped >= 250 and found >= 0.8 * swapped


@needs_corpus
def test_faithful_corpus_pairs_rank_their_superlatives_alike_and_a_dropped_ordinal_is_found():
    """13 sentence pairs of the dev corpus rank a superlative below the first on one side ("the second-biggest
    market" / "el segundo mercado más grande"), none the first on the other ("the nation's seventh-largest company"
    / "una de las siete compañías más grandes" ranks none); with the English ordinal dropped, 11 of 13 differ (the
    others say "the biggest" beside it on both sides, or a superlative the Spanish does not)."""
    def ranks(text: str, lang: str) -> Counter:
        return Counter(rank for rank, _, _ in quantities.superlative_ranks(text, lang))

    def dropped(english: Counter, spanish: Counter) -> bool:
        surplus, other_surplus = english - spanish, spanish - english
        return (1 in surplus and any(rank > 1 for rank in other_surplus)
                or 1 in other_surplus and any(rank > 1 for rank in surplus))

    compared = disagreeing = edited = found = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = ranks(en, "en"), ranks(es, "es")
                if english and spanish and max(english | spanish) > 1:
                    compared += 1
                    disagreeing += dropped(english, spanish)
                if any(rank > 1 for rank in english):
                    without = re.sub(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]+", "",
                                     en, count=1)
                    edited += 1
                    found += dropped(ranks(without, "en"), spanish)
    assert compared >= 13 and disagreeing == 0
    assert edited >= 13 and found >= edited - 2


_OTHER_UNIT = {"semana": "mes", "mes": "año", "año": "semana", "fin de semana": "mes", "verano": "mes",
               "invierno": "mes", "otoño": "mes", "primavera": "mes", "década": "semana", "ayer": "la semana pasada",
               "hoy": "este mes", "mañana": "la próxima semana"}


@needs_corpus
def test_faithful_corpus_pairs_say_a_relative_time_in_one_unit_and_another_unit_is_found():
    """306 sentence pairs of the dev corpus say relative times of one tense on both sides, each side in one unit
    ("next year" / "el próximo año", "yesterday" / "ayer"); all in the same unit ("at the end of this week" / "este
    fin de semana" is one: a week and its weekend are). With the Spanish unit turned into another ("el próximo
    mes"), 296 of 303 are found (the others say a second relative time that the edit leaves)."""
    def reading(text: str, lang: str) -> tuple[set, set, list]:
        times = quantities.relative_times(text, lang)
        return ({tense for tense, _, _ in times}, {quantities.relative_time_unit(text[start:end], lang)
                                                   for _, start, end in times}, times)

    def differ(english, spanish) -> bool:
        return len(english[1]) == 1 and len(spanish[1]) == 1 and None not in english[1] | spanish[1] and (
            english[1] != spanish[1] and frozenset(english[1] | spanish[1]) not in quantities._SAME_UNITS
            and not english[1] | spanish[1] <= quantities._SEASONS)

    compared = disagreeing = edited = found = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = reading(en, "en"), reading(es, "es")
                if len(english[0]) != 1 or english[0] != spanish[0] or None in english[1] | spanish[1]:
                    continue
                compared += 1
                disagreeing += differ(english, spanish)
                _, start, end = spanish[2][0]
                said = es[start:end]
                unit = next((word for word in sorted(_OTHER_UNIT, key=len, reverse=True)
                             if re.search(rf"\b{word}\b", said, re.IGNORECASE)), None)
                if unit is None:
                    continue
                turned = re.sub(rf"\b{unit}\b", _OTHER_UNIT[unit], said, count=1, flags=re.IGNORECASE)
                edited += 1
                edited_reading = reading(es[:start] + turned + es[end:], "es")
                found += english[0] == edited_reading[0] and differ(english, edited_reading)
    assert compared >= 300 and disagreeing == 0
    assert edited >= 300 and found >= edited - 10


def _pair_findings(en: str, es: str) -> list:
    """number-mismatch's findings on one pair of sentences."""
    return number_mismatches(aligned_pair(en, es), Settings())


@pytest.mark.parametrize("en, es", [
    ("About a quarter of residents rent their homes.", "Cerca del 25 % de los residentes alquila su vivienda."),
    ("Half of the students passed the exam.", "El 50 % de los estudiantes aprobó el examen."),
    ("One in four adults smokes, the survey found.", "El 25 % de los adultos fuma, según la encuesta."),
    ("About 25% of residents rent their homes.", "Cerca de la cuarta parte de los residentes alquila su vivienda."),
    ("Two thirds of the council voted yes.", "El 67 % del concejo votó a favor."),
    ("Nine in ten voters approved the bond.", "Nueve de cada diez votantes aprobaron el bono."),
])
def test_a_percentage_said_as_a_fraction_on_the_other_side_is_the_same_number(en, es):
    assert _pair_findings(en, es) == []


@pytest.mark.parametrize("en, es, flagged", [
    ("About a quarter of residents rent their homes.", "Cerca del 40 % de los residentes alquila su vivienda.", "40 %"),
    ("Half of the students passed the exam.", "El 15 % de los estudiantes aprobó el examen.", "15 %"),
])
def test_a_percentage_that_is_not_the_fraction_on_the_other_side_is_still_reported(en, es, flagged):
    findings = _pair_findings(en, es)
    assert [f.text for f in findings] == [flagged]


@pytest.mark.parametrize("en, es", [
    # tico19: "2/3" against "dos terceras partes" reported the 3 as a number the Spanish lacks
    ("Optimal mitigation policies might reduce peak healthcare demand by 2/3 and deaths by half.",
     "Las políticas de mitigación óptimas podrían reducir la demanda máxima en dos terceras partes y las muertes a la "
     "mitad."),
    ("About 1/4 of the residents left the town.", "Alrededor de una cuarta parte de los residentes dejó el pueblo."),
    ("The county spent 3/4 of its road budget on repairs.", "El condado gastó tres cuartas partes de su presupuesto "
     "de carreteras en reparaciones."),
])
def test_a_fraction_in_digits_said_in_words_on_the_other_side_is_the_same_number(en, es):
    assert _pair_findings(en, es) == []


@pytest.mark.parametrize("en, es, flagged", [
    # WMT: "entre 50 y 100 mil euros" is 50,000 to 100,000 euros: the range's first number shares its scale
    ("They buy renovated homes for prices ranging from 50,000 euros to 100,000.",
     "Compran viviendas renovadas por un precio de entre 50 y 100 mil euros.", []),
    ("They buy renovated homes for prices ranging from 60,000 euros to 100,000.",
     "Compran viviendas renovadas por un precio de entre 50 y 100 mil euros.", ["50"]),
])
def test_a_range_shares_its_scale_word_with_its_first_number(en, es, flagged):
    assert [f.text for f in _pair_findings(en, es)] == flagged


def test_a_fraction_in_digits_that_the_other_side_says_otherwise_is_still_reported():
    findings = _pair_findings("Optimal mitigation policies might reduce peak healthcare demand by 2/3.",
                              "Las políticas de mitigación óptimas podrían reducir la demanda máxima en tres cuartas "
                              "partes.")
    assert [f.text for f in findings] == ["2"]


# (English, Spanish, message): one pair whose quantity changed though no number in digits differs; each was
# unreported before its check
CHANGED_WITHOUT_A_DIFFERENT_DIGIT = [
    # a bound said with a verb of exceeding ("superan los 32": over 32)
    ("The shelter opens when temperatures drop below 32 degrees.",
     "El refugio abre cuando las temperaturas superan los 32 grados.",
     "below 32 in English but superan los 32 in Spanish"),
    ("Cases exceeded 300 on Friday.", "Los casos fueron menos de 300 el viernes.",
     "exceeded 300 in English but menos de 300 in Spanish"),
    # a change said after its number ("a 3% raise")
    ("Teachers will get a 3% raise.", "Los maestros recibirán un recorte del 3%.",
     "up 3% in English but down 3% in Spanish"),
    # a fraction in words
    ("One in five residents lacks health insurance.", "Uno de cada cuatro residentes no tiene seguro médico.",
     "One in five in English but Uno de cada cuatro in Spanish"),
    ("Two-thirds of the council voted yes.", "La mitad del concejo votó a favor.",
     "Two-thirds in English but La mitad in Spanish"),
    ("The Fed raised interest rates by a quarter point.", "La Reserva Federal subió las tasas de interés medio punto.",
     "a quarter in English but medio in Spanish"),
    # an ordinal in words
    ("It was the third time the bridge had closed this year.", "Era la segunda vez que el puente cerraba este año.",
     "third in English but segunda in Spanish"),
    ("She finished second in the race.", "Terminó en primer lugar en la carrera.",
     "second in English but primer in Spanish"),
    # a time in words
    ("The event starts at noon.", "El evento empieza a medianoche.", "noon in English but medianoche in Spanish"),
    ("She was elected to a second term.", "Ella fue elegida para un primer mandato.",
     "second in English but un primer in Spanish"),  # (the article read with its ordinal)
    # "cuarto"/"cuarta" (a room, a quarter) as an ordinal before a noun counted in order
    ("Prices rose for the third straight month.", "Los precios subieron por cuarto mes consecutivo.",
     "third in English but cuarto in Spanish"),
    ("It was the third time this year.", "Fue la cuarta vez este año.", "third in English but cuarta in Spanish"),
    # (and after a street's word: fifty-sixth round)
    ("Volunteers will distribute food at the community center on Fifth Street.",
     "Los voluntarios distribuirán alimentos en el centro comunitario de la calle Cuarta.",
     "Fifth in English but Cuarta in Spanish"),
    # a change reversed: the same number, a rise on one side and a fall on the other, read at the number
    ("Gas prices averaged $2.85 a gallon, down 12 cents from a year ago.",
     "La gasolina promedió 2.85 dólares por galón, 12 centavos más que hace un año.",
     "down 12 in English but up 12 in Spanish"),
    ("Unemployment fell 0.3 percentage points to 4.1%.", "El desempleo subió 0,3 puntos porcentuales, al 4,1 %.",
     "down 0.3 in English but up 0,3 in Spanish"),
    ("Sales rose 12% last year.", "Las ventas cayeron un 12 % el año pasado.",
     "up 12% in English but down 12 % in Spanish"),
    ("Ticket prices will increase by $5 in January.", "Los precios de los boletos disminuirán en $5 en enero.",
     "up $5 in English but down $5 in Spanish"),  # (a future verb)
    ("The rate will be lowered to 5%.", "La tasa se elevará al 5%.", "down 5% in English but up 5% in Spanish"),
    # (a bound between the change and its number, and "grown": fifty-seventh round)
    ("The waiting list has grown to more than 8,000 households.",
     "La lista de espera se ha reducido a más de 8.000 hogares.", "up 8,000 in English but down 8.000 in Spanish"),
    # a correction's right number said for the wrong one ("X, not Y": fifty-seventh round)
    ("This article has been corrected to reflect that the fine is $500, not $5,000.",
     "Este artículo fue corregido para reflejar que la multa es de 5.000 dólares, no de 500.",
     "$500, not $5,000 in English but 5.000 dólares, no de 500 in Spanish"),
    ("The meeting is at 7 p.m., not 6 p.m.", "La reunión es a las 6 p.m., no a las 7 p.m.",
     "7 p.m., not 6 p.m. in English but 6 p.m., no a las 7 p.m. in Spanish"),
    ("The newspaper will print three days a week instead of seven.",
     "El periódico se imprimirá siete días a la semana en lugar de tres.",
     "three days a week instead of seven in English but siete días a la semana en lugar de tres in Spanish"),
    # (the fifty-first round) a noun of change in the plural or "subida" before the number
    ("The stock closed down 3 percent.", "Las acciones cerraron con una subida del 3 por ciento.",
     "down 3 percent in English but up 3 por ciento in Spanish"),
    # jobs created against jobs cut
    ("The plant will cut 200 jobs by March.", "La planta creará 200 empleos para marzo.",
     "down 200 in English but up 200 in Spanish"),
    ("The economy added 150,000 jobs in May.", "La economía perdió 150.000 empleos en mayo.",
     "up 150,000 in English but down 150.000 in Spanish"),
    ("The city will add 50 new buses to its fleet.", "La ciudad retirará 50 autobuses de su flota.",
     "up 50 in English but down 50 in Spanish"),
    # a gerund: "eliminating 300 jobs", "creando 300 empleos"
    ("The plant will close, eliminating 300 jobs.", "La planta cerrará, creando 300 empleos.",
     "down 300 in English but up 300 in Spanish"),
    ("The company is cutting 80 jobs.", "La empresa está creando 80 empleos.",
     "down 80 in English but up 80 in Spanish"),
    # a program expanded against reduced to a number
    ("The program will expand to 10 schools.", "El programa se reducirá a 10 escuelas.",
     "up 10 in English but down 10 in Spanish"),
    # a quantity doubled to a number ("will double to $2" was left to this rule, which did not read "double")
    ("The bus fare will double to $2 next month.", "La tarifa del autobús bajará a 2 dólares el próximo mes.",
     "up $2 in English but down 2 in Spanish"),
    # time or an amount added against taken away
    ("The new schedule will add 20 minutes to the commute.", "El nuevo horario quitará 20 minutos al trayecto.",
     "up 20 in English but down 20 in Spanish"),
    ("The change removes 20 minutes from the commute.", "El cambio agrega 20 minutos al trayecto.",
     "down 20 in English but up 20 in Spanish"),
    # homes destroyed against damaged, read at the number
    ("The fire destroyed 40 homes.", "El incendio dañó 40 viviendas.",
     "destroyed 40 in English but damaged 40 in Spanish"),
    # a quantity that stayed where it was against one that rose or fell to it
    ("The unemployment rate held steady at 3.9% in October.", "La tasa de desempleo subió a 3,9% en octubre.",
     "steady at 3.9% in English but up 3,9% in Spanish"),
    ("Inflation rose to 2.4% last month.", "La inflación se mantuvo en el 2,4 % el mes pasado.",
     "up 2.4% in English but steady at 2,4 % in Spanish"),
    ("Inflation remained at 2.4% last month.", "La inflación bajó al 2,4% el mes pasado.",
     "steady at 2.4% in English but down 2,4% in Spanish"),
    # a forecast's subjunctive ("prevé que la matrícula disminuya un 2 %")
    ("The school district expects enrollment to grow by 2% next year.",
     "El distrito escolar prevé que la matrícula disminuya un 2 % el próximo año.",
     "up 2% in English but down 2 % in Spanish"),
    ("Economists expect prices to fall 3% this year.", "Los economistas esperan que los precios suban un 3 % este año.",
     "down 3% in English but up 3 % in Spanish"),
    # (WMT newstest: the corpus's own human translation turned a rise into a fall)
    ("6.8 percent price increase was seen among the sectors producing consumer goods.",
     "En las ramas productoras de artículos de consumo se registró un descenso de 6,8 por ciento.",
     "up 6.8 percent in English but down 6,8 por ciento in Spanish"),
    ("Fares will stay at $2.50.", "Las tarifas subirán a 2,50 dólares.",
     "steady at $2.50 in English but up 2,50 in Spanish"),
    # a perfect's participle ("ha aumentado un 10 %")
    ("Enrollment has dropped by 10% since 2019.", "La matrícula ha aumentado un 10% desde 2019.",
     "down 10% in English but up 10% in Spanish"),
    ("The company has added 300 jobs.", "La empresa ha recortado 300 empleos.",
     "up 300 in English but down 300 in Spanish"),
    # a bound turned the other way (150 faithful corpus pairs bound a number on both sides, all the same way)
    ("More than 300 people attended the meeting.", "Menos de 300 personas asistieron a la reunión.",
     "More than 300 in English but Menos de 300 in Spanish"),
    # (a threshold in the subjunctive: fifty-eighth round)
    ("The cooling center will open when temperatures exceed 100 degrees.",
     "El centro de enfriamiento abrirá cuando las temperaturas bajen de 100 grados.",
     "exceed 100 in English but bajen de 100 in Spanish"),
    ("Tickets cost less than $20.", "Los boletos cuestan más de 20 dólares.",
     "less than $20 in English but más de 20 in Spanish"),
    ("Up to 500 people could lose their homes.", "Al menos 500 personas podrían perder sus hogares.",
     "Up to 500 in English but Al menos 500 in Spanish"),
    ("The clinic can vaccinate up to 50 people a day.", "La clínica puede vacunar al menos a 50 personas al día.",
     "up to 50 in English but al menos a 50 in Spanish"),  # (the "a" of persons after the bound)
    ("Rent increases are capped at 5%.", "Los aumentos de alquiler serán de al menos 5%.",
     "capped at 5% in English but al menos 5% in Spanish"),
    # a time moved between past and future
    ("The council approved the budget last week.", "El concejo aprobará el presupuesto la próxima semana.",
     "last week in English but la próxima semana in Spanish"),
    ("Today's vote was postponed.", "La votación de ayer fue pospuesta.",  # a possessive
     "Today in English but ayer in Spanish"),
    ("Yesterday the mayor signed the order.", "Mañana la alcaldesa firmará la orden.",
     "Yesterday in English but Mañana in Spanish"),
    ("The store opened two years ago.", "La tienda abrirá el año que viene.",
     "two years ago in English but año que viene in Spanish"),
    ("The vote is scheduled for this week.", "La votación está programada para la próxima semana.",
     "this week in English but la próxima semana in Spanish"),
    ("The law took effect last month.", "La ley entró en vigor este mes.",
     "last month in English but este mes in Spanish"),
    # how many times in a period, "once" and "una vez" included (4 faithful corpus pairs say one on both sides, alike)
    ("The board meets twice a month, the city said.", "La junta se reúne una vez al mes, dijo la ciudad.",
     "twice a month in English but una vez al mes in Spanish"),
    ("The board meets once a month, the city said.", "La junta se reúne dos veces al mes, dijo la ciudad.",
     "once a month in English but dos veces al mes in Spanish"),
    # the same tense in another unit (306 faithful corpus pairs say one tense on both sides, all in one unit)
    ("The vote is scheduled for next week.", "La votación está programada para el próximo mes.",
     "next week in English but el próximo mes in Spanish"),
    ("The meeting took place last month.", "La reunión se llevó a cabo la semana pasada.",
     "last month in English but la semana pasada in Spanish"),
    ("The results will be announced tomorrow.", "Los resultados se anunciarán la próxima semana.",
     "tomorrow in English but la próxima semana in Spanish"),
    ("The park will reopen next summer.", "El parque reabrirá el próximo mes.",
     "next summer in English but el próximo mes in Spanish"),
    # a scale changed under the same digits (it had been taken for a number written in a form not read)
    ("The plan costs $1 billion.", "El plan cuesta 1 billón de dólares.",
     "$1 billion in English but 1 billón in Spanish"),
    ("The plan costs $3 million.", "El plan cuesta 3 mil dólares.", "$3 million in English but 3 mil in Spanish"),
    # or dropped ("$50K" / "50 dólares"; a number glued to a word on the other side, "de14 billones", is no drop)
    ("The plan costs $3 million.", "El plan cuesta 3 dólares.", "$3 million in English but 3 in Spanish"),
    ("The city will receive a $50K grant from the state.",
     "La ciudad recibirá una subvención de 50 dólares del estado.", "$50K in English but 50 in Spanish"),
    ("Officials said 2 million people lost power.", "Las autoridades dijeron que 2 personas se quedaron sin luz.",
     "2 million in English but 2 in Spanish"),
    # (tico19: the corpus's own translation)
    ("The move gives the federal government access to around US$50 billion in extra funding.",
     "La medida le da acceso al Gobierno federal a alrededor de 50 000 USD en fondos adicionales.",
     "$50 billion in English but 50 000 in Spanish"),
    # (WMT newstest: the corpus's own human translation)
    ("The Treasury estimates that the interest on the loan will amount to £450m in 2009.",
     "El Tesoro estima que el interés sobre el préstamo ascenderá a 450 mil libras esterlinas en 2009.",
     "£450m in English but 450 mil in Spanish"),
    # a US unit renamed metric but not converted
    ("The trail is 5 miles long.", "El sendero mide 5 kilómetros.", "5 miles in English but 5 kilómetros in Spanish"),
    ("She weighs 150 pounds.", "Pesa 150 kilos.", "150 pounds in English but 150 kilos in Spanish"),
    ("Winds reached 40 mph.", "Los vientos alcanzaron 40 km/h.", "40 mph in English but 40 km/h in Spanish"),
    # or a number in words before its unit
    ("The fire is two miles from the school.", "El incendio está a dos kilómetros de la escuela.",
     "two miles in English but dos kilómetros in Spanish"),
    ("The storm dropped three feet of snow.", "La tormenta dejó tres metros de nieve.",
     "three feet in English but tres metros in Spanish"),
    # or renamed another US unit ("4 inches" / "4 pies")
    ("The storm could bring 4 inches of rain.", "La tormenta podría traer 4 pies de lluvia.",
     "4 inches in English but 4 pies in Spanish"),
    ("The fish was 3 feet long.", "El pez medía 3 pulgadas.", "3 feet in English but 3 pulgadas in Spanish"),
    ("The home has 2,000 square feet.", "La casa tiene 2.000 pies.",
     "2,000 square feet in English but 2.000 pies in Spanish"),
    ("The farm covers 300 acres.", "La granja abarca 300 millas.", "300 acres in English but 300 millas in Spanish"),
    # a number said in a US unit on both sides matches the same number, not its conversion (50 feet are 15 metres)
    ("The hiker fell 50 feet from a cliff.", "El excursionista cayó 15 pies de un acantilado.",
     "50 in English but 15 in Spanish"),
    # a barrel of oil is 42 gallons
    ("The pipeline leaked 5,000 gallons of oil.", "El oleoducto derramó 5.000 barriles de petróleo.",
     "5,000 gallons in English but 5.000 barriles in Spanish"),
    ("The pipeline leaked 5,000 barrels of oil.", "El oleoducto derramó 5.000 galones de petróleo.",
     "5,000 barrels in English but 5.000 galones in Spanish"),
    # a currency changed (206 faithful corpus pairs give an amount and its currency on both sides, none another)
    ("The fine is $500.", "La multa es de 500 euros.", "$500 in English but 500 euros in Spanish"),
    ("It cost 1 million euros.", "Costó 1 millón de dólares.",
     "1 million euros in English but 1 millón de dólares in Spanish"),
    ("Gas prices rose 10 cents.", "Los precios de la gasolina subieron 10 dólares.",
     "10 cents in English but 10 dólares in Spanish"),
    # a time zone changed under the same clock time (three hours between Eastern and Pacific)
    ("The debate starts at 9 p.m. ET.", "El debate empieza a las 9 p. m., hora del Pacífico.",
     "ET in English but hora del Pacífico in Spanish"),
    ("The polls close at 7 p.m. Central time.", "Las urnas cierran a las 7 p.m. (hora del Este).",
     "Central time in English but hora del Este in Spanish"),
    ("The game starts at 8 p.m. Eastern.", "El partido empieza a las 8 p.m. PT.", "Eastern in English but PT in Spanish"),
    # a change in percentage points said as one in percent, or the other way
    ("Unemployment rose 2 percentage points last year.", "El desempleo subió un 2 % el año pasado.",
     "2 percentage points in English but 2 % in Spanish"),
    ("Unemployment rose 2% last year.", "El desempleo subió 2 puntos porcentuales el año pasado.",
     "2% in English but 2 puntos porcentuales in Spanish"),
    # a superlative turned (162 faithful corpus pairs say one on both sides, none the other way; 122 of 143 synthetic
    # swaps of the Spanish word are found; with "el mayor" and "el menor" before a noun of how much, 176, none)
    ("Rents rose 12% this year, the highest increase in a decade.",
     "Los alquileres subieron un 12 % este año, el menor aumento en una década.",
     "highest in English but menor aumento in Spanish"),
    ("The uninsured rate among children fell to 8%, the lowest on record.",
     "La tasa de niños sin seguro bajó al 8 %, la más alta registrada.", "lowest in English but más alta in Spanish"),
    ("It was the worst storm in a decade.", "Fue la mejor tormenta en una década.", "worst in English but mejor in Spanish"),
    # (a record, and the most or the fewest ever: fifty-sixth round)
    ("The food bank served a record number of families.",
     "El banco de alimentos atendió a menos familias que nunca.",
     "a record number in English but menos familias que nunca in Spanish"),
    ("\"We're asking everyone to conserve water,\" said the utility's spokesman.",
     "\"Pedimos a todos que usen más agua\", dijo el portavoz de la empresa.",
     "conserve water in English but más in Spanish"),
    ("Officials urged residents to conserve power.",  # (power too: fifty-ninth round)
     "Las autoridades pidieron a los residentes que usen más electricidad.",
     "conserve power in English but más in Spanish"),
    # an amount compared with a thing that has no number (sixty-first round)
    ("The house sold for $50,000 above the asking price.",
     "La casa se vendió por 50.000 dólares menos del precio de venta.", "above in English but menos in Spanish"),
    ("The home sold for $20,000 below the list price.", "La casa se vendió por 20.000 dólares más del precio de lista.",
     "below in English but más in Spanish"),
    # a superlative's rank dropped or added (13 faithful corpus pairs rank one below the first on one side, none says
    # the first on the other; with the English ordinal dropped, 11 of 13 are found)
    ("Texas has the second-largest Hispanic population in the country.",
     "Texas tiene la mayor población hispana del país.", "second-largest in English but mayor in Spanish"),
    ("H-E-B, the state's second-largest private employer, will hire 2,000 workers.",
     "H-E-B, el mayor empleador privado del estado, contratará a 2,000 trabajadores.",
     "second-largest in English but mayor in Spanish"),
    ("It was the deadliest mass shooting in the state's history.",
     "Fue el segundo tiroteo masivo más mortífero en la historia del estado.",
     "deadliest in English but segundo tiroteo masivo más mortífero in Spanish"),
    # a.m. against p.m., written in Spanish as US Spanish-language newsrooms write it (it had been read as a bare 7)
    ("The store opens at 7 a.m.", "La tienda abre a las 7 p.m.", "7 a.m. in English but 7 p.m. in Spanish"),
    ("The store opens at 7 a.m.", "La tienda abre a las 7 p. m.", "7 a.m. in English but 7 p. m. in Spanish"),
    # a trillion is a "billón": a "trillón" is a million times more
    ("The debt reached $1 trillion.", "La deuda alcanzó 1 trillón de dólares.",
     "$1 trillion in English but 1 trillón in Spanish"),
    # the dead counted as injured, or the other way (47 faithful corpus numbers are read as casualties on both
    # sides, all the same; 9 of 12 synthetic swaps of the Spanish word are found)
    ("Two people were killed in the crash on Interstate 10.", "Dos personas resultaron heridas en el choque en la I-10.",
     "Two killed in English but Dos heridas in Spanish"),
    ("At least 5 people died in the fire.", "Al menos 5 personas resultaron lesionadas en el incendio.",
     "5 died in English but 5 lesionadas in Spanish"),
    # (the original words: "A madman kills an eighty-year-old with a knife and wounds 5 at Clichy-la-Garenne")
    ("A madman kills an eighty-year-old with a knife and wounds 5 at Clichy-la-Garenne",
     "Un enajenado asesina a un octogenario con un cuchillo y mata a 5 en Clichy-la-Garenne",
     "wounds 5 in English but mata 5 in Spanish"),
    # none of the dead or injured on one side, a count of them on the other (a count in words is reported alone
    # nowhere else)
    ("No injuries have been reported, but at least 12 structures were destroyed.",
     "Se han reportado dos heridos, y al menos 12 estructuras quedaron destruidas.",
     "No injuries in English but dos heridos in Spanish"),
    ("Two people were injured in the fire on Main Street.", "Nadie resultó herido en el incendio de Main Street.",
     "Two injured in English but Nadie resultó herido in Spanish"),
    # a profit said as a loss, or the other way (one faithful corpus pair says a result on both sides, alike)
    ("Rackspace reported a net profit of $14 million for the third quarter.",
     "Rackspace reportó una pérdida neta de $14 millones en el tercer trimestre.",
     "profit $14 million in English but pérdida $14 millones in Spanish"),
    ("The city faces a $40 million deficit next year.", "La ciudad enfrenta un superávit de $40 millones el próximo año.",
     "deficit $40 million in English but superávit $40 millones in Spanish"),
    # an age bounded from the other side ("menores de 10 años" are under 10)
    ("Most cases are in children under 10 who had not been vaccinated.",
     "La mayoría de los casos son niños mayores de 10 años que no habían sido vacunados.",
     "under 10 in English but mayores de 10 in Spanish"),
    ("Adults older than 65 should get the shot.", "Los adultos menores de 65 años deben vacunarse.",
     "older than 65 in English but menores de 65 in Spanish"),
    ("They would spend a third of their income on rent, above the 30% experts consider affordable.",
     "Destinarían un tercio de sus ingresos al alquiler, por debajo del 30% que los expertos consideran asequible.",
     "above the 30% in English but por debajo del 30% in Spanish"),
    # "almost" and "casi" are below the number ("casi" for "nearly" in the 6 faithful corpus pairs that say one; swapped
    # for "más de" there, all 6 are found), and "más del" bounds a percentage as "más de" does
    ("Nearly 300 people attended the vigil.", "Más de 300 personas asistieron a la vigilia.",
     "Nearly 300 in English but Más de 300 in Spanish"),
    ("More than 300 people attended the vigil.", "Casi 300 personas asistieron a la vigilia.",
     "More than 300 in English but Casi 300 in Spanish"),
    ("Almost 40% of the county's residents are Latino.", "Más del 40% de los residentes del condado son latinos.",
     "Almost 40% in English but Más del 40% in Spanish"),
    ("Less than 40% of the county's residents are Latino.", "Más del 40% de los residentes del condado son latinos.",
     "Less than 40% in English but Más del 40% in Spanish"),
    # a score or a tally reversed, the teams named in the same order (15 faithful corpus pairs say one on both sides,
    # alike; with the Spanish one reversed, all 15 are found)
    ("The Lakers beat the Celtics 112-104 on Sunday.", "Los Lakers vencieron a los Celtics 104-112 el domingo.",
     "112-104 in English but 104-112 in Spanish"),
    ("The measure passed the Senate 21-10.", "La medida fue aprobada en el Senado 10-21.",
     "21-10 in English but 10-21 in Spanish"),
    ("The council voted 5 to 2 to approve the budget.", "El concejo votó 2 a 5 para aprobar el presupuesto.",
     "5 to 2 in English but 2 a 5 in Spanish"),
    ("The House passed the bill by a vote of 227 to 206.", "La Cámara aprobó el proyecto con 206 votos contra 227.",
     "227 to 206 in English but 206 votos contra 227 in Spanish"),
    # a tally in a sentence whose vote is said by its verb only, or in its two halves
    ("The measure passed 60-40.", "La medida fue aprobada 40 a 60.", "60-40 in English but 40 a 60 in Spanish"),
    ("The council approved the plan 5-2.", "El concejo aprobó el plan por 2 votos a favor y 5 en contra.",
     "5-2 in English but 2 votos a favor y 5 en contra in Spanish"),
    # a fraction in words bounded from the other side (5 faithful corpus pairs bound one on both sides, alike)
    ("Fewer than half of third graders read at grade level.", "Más de la mitad de los alumnos de tercer grado leen al nivel de su grado.",
     "Fewer than half in English but Más de la mitad in Spanish"),
    ("More than a third of voters stayed home.", "Menos de un tercio de los votantes se quedó en casa.",
     "More than a third in English but Menos de un tercio in Spanish"),
    # one unit of time or distance, said with no number, bounded from the other side (11 faithful corpus pairs bound
    # one on both sides, alike)
    ("The jury deliberated for less than an hour.", "El jurado deliberó durante más de una hora.",
     "less than an hour in English but más de una hora in Spanish"),
    ("The repairs will take more than a year.", "Las reparaciones tomarán menos de un año.",
     "more than a year in English but menos de un año in Spanish"),
    ("The school is less than a mile from the site.", "La escuela está a más de una milla del lugar.",
     "less than a mile in English but más de una milla in Spanish"),
    ("The project took more than a decade.", "El proyecto tomó casi una década.",
     "more than a decade in English but casi una década in Spanish"),
    # a bound after the number turned (4 faithful corpus pairs bound a number after it on both sides, alike)
    ("The shelter can house up to 150 people.", "El refugio puede albergar a 150 personas como mínimo.",
     "up to 150 in English but 150 personas como mínimo in Spanish"),
    ("Groups of 10 or fewer may enter.", "Pueden entrar grupos de 10 personas o más.",
     "10 or fewer in English but 10 personas o más in Spanish"),
    # a span of time in another unit (659 faithful corpus pairs give a number a unit of time on both sides, alike)
    ("The shots are available to anyone 6 months or older.",
     "Las vacunas están disponibles para cualquier persona de 6 años o más.",
     "6 months in English but 6 años in Spanish"),
    ("The road will be closed for two weeks.", "La carretera estará cerrada durante dos días.",
     "two weeks in English but dos días in Spanish"),
    ("A 41-year-old man was arrested.", "Un hombre de 41 meses fue arrestado.", "41 year in English but 41 meses in Spanish"),
    ("The festival runs three weekends.", "El festival dura tres semanas.",
     "three weekends in English but tres semanas in Spanish"),
    ("The festival runs three weeks.", "El festival dura tres fines de semana.",
     "three weeks in English but tres fines de semana in Spanish"),
    # a span of time in a number against one with an article or a half, of another length
    ("The meeting lasted 45 minutes.", "La reunión duró media hora.",
     "45 in English has no matching number in the Spanish sentence"),
    # how often, with a half or a quarter and no article ("cada cuarto de hora")
    ("The buses will run every half hour.", "Los autobuses pasarán cada cuarto de hora.",
     "half hour in English but cuarto de hora in Spanish"),
    ("The buses will run every 15 minutes.", "Los autobuses pasarán cada media hora.",
     "15 in English has no matching number in the Spanish sentence"),
    # a count of a unit of time in words against a span said with an article, of another length
    ("The festival returns after a two-year hiatus.", "El festival regresa tras una pausa de un año.",
     "two in English but un año in Spanish"),
    # more against less, with no number
    ("The county needs more volunteers.", "El condado necesita menos voluntarios.",
     "more in English but menos in Spanish"),
    ("Fewer students enrolled this year than last year.",
     "Más estudiantes se inscribieron este año que el año pasado.", "Fewer in English but Más in Spanish"),
    ("Residents will use less water this summer.", "Los residentes usarán más agua este verano.",
     "less in English but más in Spanish"),
    ("The new budget gives schools less money for buses.",
     "El nuevo presupuesto da a las escuelas más dinero para autobuses.", "less in English but más in Spanish"),
    # a game's quarter after its ordinal ("cuarto" alone is also a fourth)
    ("The Tigers scored two touchdowns in the fourth quarter.",
     "Los Tigers anotaron dos touchdowns en el tercer cuarto.", "fourth in English but tercer in Spanish"),
    # a kin's total that the items do not add up to
    ("She is survived by two daughters, a son and eight grandchildren.", "Le sobreviven cuatro hijos y ocho nietos.",
     "two in English but cuatro in Spanish"),
    # a streak in another unit: English puts its adjective between the number and the unit
    ("Prices rose for the third consecutive month.", "Los precios subieron por tercer año consecutivo.",
     "third consecutive month in English but tercer año in Spanish"),
    ("Sales fell for a second straight quarter.", "Las ventas cayeron por segundo mes consecutivo.",
     "second straight quarter in English but segundo mes in Spanish"),
    ("The index rose after 22 consecutive months of decline.", "El índice subió tras 22 años consecutivos de caída.",
     "22 consecutive months in English but 22 años in Spanish"),
    ("Unemployment fell for the 10th straight month.", "El desempleo cayó por décima semana consecutiva.",
     "10th straight month in English but décima semana in Spanish"),
    ("The road will be closed for two more weeks.", "La carretera estará cerrada dos días más.",
     "two more weeks in English but dos días in Spanish"),
    # a span of time said with an article or a half in another unit (51 faithful corpus pairs say one on both sides,
    # alike)
    ("The family has lived in the house for a decade.", "La familia ha vivido en la casa durante un año.",
     "a decade in English but un año in Spanish"),
    ("He was sentenced to a year in prison.", "Fue condenado a un mes de prisión.",
     "a year in English but un mes in Spanish"),
    ("The mayor took office a month ago.", "El alcalde asumió el cargo hace una semana.",
     "a month in English but una semana in Spanish"),
    ("The road was closed for half an hour.", "La carretera estuvo cerrada durante una hora.",
     "half an hour in English but una hora in Spanish"),
    ("The family has lived there for half a century.", "La familia ha vivido allí durante una década.",
     "half a century in English but una década in Spanish"),
    ("The project will take a quarter century to finish.", "El proyecto tardará medio siglo en terminarse.",
     "a quarter century in English but medio siglo in Spanish"),
    ("The suspect fled on foot a fortnight ago.", "El sospechoso huyó a pie hace un mes.",
     "a fortnight in English but un mes in Spanish"),
    # after a preposition of time, a span though a number comes before it ("2,000 patients a decade" would be a rate)
    ("Researchers followed more than 2,000 patients for a decade.",
     "Los investigadores siguieron a más de 2.000 pacientes durante un año.", "a decade in English but un año in Spanish"),
    ("Crews fought three fires in a week.", "Los bomberos combatieron tres incendios en un mes.",
     "a week in English but un mes in Spanish"),
    # a span of time just past of another length, one side giving no number (113 faithful corpus pairs say one on
    # both sides, one another: WMT's "the last 18 months" / "el último año")
    ("Rents rose 8% over the past year.", "Las rentas subieron un 8% en los últimos dos años.",
     "the past year in English but los últimos dos años in Spanish"),
    ("Rents rose 8% over the past two years.", "Las rentas subieron un 8% en el último año.",
     "the past two years in English but el último año in Spanish"),
    ("Crime fell over the past decade.", "El crimen bajó en los últimos dos años.",
     "the past decade in English but los últimos dos años in Spanish"),
    ("Home prices rose 5% last year.", "Los precios de las viviendas subieron un 5% en los últimos tres años.",
     "last year in English but los últimos tres años in Spanish"),
    # a building's floors, one side a single floor ("una" is also Spanish's article: the number rule cannot see it)
    ("The family lives in a two-story home.", "La familia vive en una casa de una planta.",
     "two-story in English but de una planta in Spanish"),
    ("The family lives in a one-story home.", "La familia vive en una casa de dos pisos.",
     "one-story in English but de dos pisos in Spanish"),
    # a measure said with an article or a half in another unit, not converted (4 faithful corpus pairs say one on
    # both sides, alike)
    ("The storm dropped a foot of snow on the city.", "La tormenta dejó un metro de nieve en la ciudad.",
     "a foot in English but un metro in Spanish"),
    ("The parade route is a mile long.", "La ruta del desfile tiene un kilómetro de largo.",
     "a mile in English but un kilómetro in Spanish"),
    ("The campaign raised half a million dollars.", "La campaña recaudó 50.000 dólares.",
     "half a million in English but 50.000 in Spanish"),
    ("The county has a quarter of a million residents.", "El condado tiene medio millón de habitantes.",
     "a quarter of a million in English but medio millón in Spanish"),
    # a US unit renamed, not converted, after a scale ("de hectáreas")
    ("The wildfire has burned more than half a million acres.",
     "El incendio ha quemado más de medio millón de hectáreas.",
     "half a million acres in English but medio millón de hectáreas in Spanish"),
    ("The wildfire has burned 5 million acres.", "El incendio ha quemado 5 millones de hectáreas.",
     "5 million acres in English but 5 millones de hectáreas in Spanish"),
    # a range's end outside the decade the other side says
    ("Highs will be in the 90s this week.", "Las máximas estarán entre 32 y 45 grados esta semana.",
     "45 in Spanish has no matching number in the English sentence"),
    ("Most of the victims were in their 50s.", "La mayoría de las víctimas tenía entre 50 y 69 años.",
     "69 in Spanish has no matching number in the English sentence"),
    ("The baby weighed 7 pounds, 4 ounces.", "El bebé pesó 4,3 kilos.",
     "7 pounds, 4 ounces in English but 4,3 in Spanish"),
    ("A gallon of milk costs more this year.", "Un litro de leche cuesta más este año.",
     "A gallon in English but Un litro in Spanish"),
    ("The trail is half a mile long.", "El sendero mide una milla.", "half a mile in English but una milla in Spanish"),
    # a temperature's scale renamed, the number kept (5 faithful corpus pairs name a scale on both sides, alike)
    ("Temperatures will reach 90 degrees Fahrenheit on Thursday.",
     "Las temperaturas alcanzarán los 90 grados centígrados el jueves.",
     "90 degrees Fahrenheit in English but 90 grados centígrados in Spanish"),
    ("Water boils at 100°C at sea level.", "El agua hierve a 100 °F al nivel del mar.",
     "100°C in English but 100 °F in Spanish"),
]


@pytest.mark.parametrize("es, flagged", [
    ("Emiten aviso de helada ante temperaturas de menos de 40 grados", "40"),  # not the next ten
    ("Emiten aviso de helada ante temperaturas en los 30 grados", "30"),  # no bound
])
def test_a_decade_changed_is_reported_though_a_bound_is_near(es, flagged):
    findings = _pair_findings("Freeze warning issued as temperatures drop into the 20s", es)
    assert [finding.text for finding in findings] == [flagged]


@pytest.mark.parametrize("es, message", [
    ("El sospechoso mide 1,88 metros.", "5 feet 10 inches in English but 1,88 in Spanish"),
    ("El sospechoso mide 5 pies y 11 pulgadas.", "5 feet 10 inches in English but 5 pies y 11 pulgadas in Spanish"),
])
def test_a_height_in_feet_and_inches_changed_is_reported_as_one_number(es, message):
    findings = _pair_findings("The suspect is described as 5 feet 10 inches tall.", es)
    assert [finding.message for finding in findings] == [message]


@pytest.mark.parametrize("en, es, message", CHANGED_WITHOUT_A_DIFFERENT_DIGIT)
def test_a_quantity_changed_without_a_different_digit_is_reported(en, es, message):
    assert [finding.message for finding in _pair_findings(en, es)] == [message]


@pytest.mark.parametrize("en, es", [
    ("The house sold for $50,000 above the asking price.",
     "La casa se vendió por 50.000 dólares por encima del precio de venta."),
    ("The house sold for $50,000 above the asking price.",
     "La casa se vendió por 50.000 dólares más que el precio de venta."),
    ("Twenty people were hurt over the weekend.", "Veinte personas resultaron heridas durante el fin de semana."),
    ("Travelers paid 30 percent less than a year ago.", "Los viajeros pagaron un 30 % menos que el año anterior."),
])
def test_an_amount_compared_alike_or_with_a_time_is_not_reported(en, es):
    assert _pair_findings(en, es) == []


@pytest.mark.parametrize("en, es, message", [
    ("The earthquake struck at 1:14 p.m. local time.", "El sismo ocurrió a las 01:14 hora local.",
     "1:14 p.m. in English but 01:14 in Spanish"),
    ("The meeting starts at 9 p.m.", "La reunión comienza a las 09:00.", "9 p.m. in English but 09:00 in Spanish"),
])
def test_a_time_on_the_24_hour_clock_with_a_leading_zero_is_before_noon(en, es, message):
    assert [finding.message for finding in _pair_findings(en, es)] == [message]


def test_a_share_in_digits_given_as_another_percent_is_reported():
    """"3 out of 10" is 30 %: against "el 40 %" its numbers are reported as the changed quantity they are."""
    messages = [finding.message for finding in _pair_findings("Only 3 out of 10 adults trust the news.",
                                                              "Solo el 40 % de los adultos confía en las noticias.")]
    assert "3 in English but 40 % in Spanish" in messages


def test_times_and_dates_swapped_between_an_opening_and_a_closing_are_each_reported():
    """A clinic's hours or an application window's dates swapped in translation keep every number."""
    en, es = "The clinic opens at 8 a.m. and closes at 5 p.m.", "La clínica abre a las 5 p.m. y cierra a las 8 a.m."
    assert [finding.message for finding in _pair_findings(en, es)] == [
        "closing 5 p.m. in English but opening 5 p.m. in Spanish",
        "opening 8 a.m. in English but closing 8 a.m. in Spanish"]
    en = "Applications open Jan. 5 and close Feb. 5."
    es = "Las solicitudes abren el 5 de febrero y cierran el 5 de enero."
    assert len(_pair_findings(en, es)) == 2
    for en, es in (
            ("The clinic opens at 8 a.m. and closes at 5 p.m.", "La clínica abre a las 8 a.m. y cierra a las 5 p.m."),
            ("Voting begins at 7 a.m. and ends at 8 p.m.", "La votación comienza a las 7 a.m. y termina a las 8 p.m."),
            ("Applications open Jan. 5 and close Feb. 5.",
             "Las solicitudes abren el 5 de enero y cierran el 5 de febrero.")):
        assert _pair_findings(en, es) == []
    # a lone time whose verb turned is no swap: decision-mismatch names the verbs ("opened ('opens') ... closed")
    assert _pair_findings("The pool opens at 8 a.m.", "La piscina cierra a las 8 a.m.") == []
    assert _pair_findings("The curfew begins at 10 p.m.", "El toque de queda termina a las 10 p.m.") == []


def test_amounts_swapped_between_destroyed_and_damaged_are_each_reported():
    en, es = "The fire destroyed 40 homes and damaged 12 others.", "El incendio dañó 40 viviendas y destruyó otras 12."
    assert [finding.message for finding in _pair_findings(en, es)] == [
        "destroyed 40 in English but damaged 40 in Spanish", "damaged 12 in English but destroyed 12 in Spanish"]
    en, es = "The fire destroyed 40 homes and damaged 12 others.", "El incendio destruyó 40 viviendas y dañó otras 12."
    assert _pair_findings(en, es) == []


def test_a_bound_turned_the_other_way_is_named_in_each_versions_words():
    (finding,) = _pair_findings("More than 300 people attended.", "Menos de 300 personas asistieron.")
    assert (finding.evidence["said_as"], finding.evidence["counterpart_said_as"]) == ("Menos de", "More than")


# (English, Spanish): one pair whose quantities are the same, said each its own way
SAID_ALIKE = [
    ("The Tigers scored in the third quarter.", "Los Tigers anotaron en el tercer cuarto."),
    ("The Tigers scored two touchdowns in the fourth quarter.",
     "Los Tigers anotaron dos touchdowns en el cuarto cuarto."),
    # a US unit kept in Spanish, or said by another name for the same unit
    ("The storm could bring 4 inches of rain.", "La tormenta podría traer 4 pulgadas de lluvia."),
    ("The home has 2,000 square feet.", "La casa tiene 2.000 pies cuadrados."),
    ("Winds reached 60 mph.", "Los vientos alcanzaron 60 millas por hora."),
    ("The fence is 6 feet tall.", "La cerca mide 6 pies de alto."),
    ("He lost 20 pounds.", "Perdió 20 libras."),
    ("The hiker fell 50 feet from a cliff.", "El excursionista cayó 50 pies (15 metros) de un acantilado."),
    # a span of time in a number on one side and with an article or a half on the other, of one length
    ("The meeting lasted 30 minutes.", "La reunión duró media hora."),
    ("The train line will run every 15 minutes.", "Los trenes de la línea pasarán cada cuarto de hora."),
    ("The program ran for twelve months.", "El programa duró un año."),
    ("The festival returns after a one-year hiatus.", "El festival regresa tras una pausa de un año."),
    ("The program ran for a year.", "El programa duró doce meses."),
    ("The buses will run every half hour.", "Los autobuses pasarán cada 30 minutos."),
    # more or less on both sides, a bound's or a comparison's "more than", and words of no amount
    ("The county needs more volunteers.", "El condado necesita más voluntarios."),
    ("The clinic saw more patients but fewer children.", "La clínica atendió a más pacientes pero a menos niños."),
    ("Prices rose more than 5% this year.", "Los precios subieron más de un 5 % este año."),
    ("It was no more than a rumor, at least for now.", "No fue más que un rumor, al menos por ahora."),
    ("The city expects to spend less next year.", "La ciudad prevé gastar menos el próximo año."),
    ("Renters will pay less under the plan.", "Los inquilinos pagarán menos con el plan."),
    ("It was the least safe place in the car.", "Era el lugar menos seguro del auto."),
    # the digits of an address are contact-mismatch's, not a number of the sentence
    ("To report a pothole, visit eastside.gov/311 or call 311.",
     "Para reportar un bache, visite eastside.gov/411 o llame al 311."),
    ("The meeting lasted half an hour.", "La reunión duró 30 minutos."),
    ("He spent 12 months in jail.", "Pasó un año en la cárcel."),
    # a kin counted item by item on one side and as a total on the other: one family
    ("She is survived by two daughters, a son and eight grandchildren.", "Le sobreviven tres hijos y ocho nietos."),
    ("He is survived by two sons and a daughter.", "Le sobreviven tres hijos."),
    ("He is survived by three children.", "Le sobreviven dos hijos y una hija."),
    # a streak in one unit, its adjective on either side of the unit, or a quarter that is a game's
    ("Prices rose for the third consecutive month.", "Los precios subieron por tercer mes consecutivo."),
    ("Sales fell for a second straight quarter.", "Las ventas cayeron por segundo trimestre consecutivo."),
    ("Workers get four consecutive days off.", "Los trabajadores tendrán cuatro días seguidos de descanso."),
    ("It was the fourth straight year of gains.", "Fueron cuatro años seguidos de ganancias."),
    ("The Eagles scored twice in the third quarter.", "Los Eagles anotaron dos veces en el tercer cuarto."),
    ("The road will be closed for two more weeks.", "La carretera estará cerrada dos semanas más."),
    # a measure said with an article on one side, converted on the other, or in units of about its size
    ("The storm dropped a foot of snow on the city.", "La tormenta dejó 30 centímetros de nieve en la ciudad."),
    ("The parade route is a mile long.", "La ruta del desfile tiene 1,6 kilómetros de largo."),
    ("The trail is a mile and a half long.", "El sendero mide 2,4 kilómetros."),
    ("The fish weighed a pound.", "El pez pesó medio kilo."),
    ("The fish weighed a pound.", "El pez pesó 450 gramos."),
    ("The trail is a mile long.", "El sendero mide una milla."),
    ("He would not give an inch.", "No cedió ni un centímetro."),  # no measure: a figure of speech
    ("The rider had a foot caught in the stirrup.", "Al jinete le quedó un pie atorado en el estribo."),
    # a weight in pounds and ounces is one number, converted ("7 pounds, 4 ounces" is 3.29 kilos)
    ("The baby weighed 7 pounds, 4 ounces.", "El bebé pesó 3,3 kilos."),
    ("The baby weighed 7 pounds, 4 ounces.", "El bebé pesó 7 libras y 4 onzas."),
    ("The baby weighed 7 lbs. 4 oz. at birth.", "El bebé pesó 3.289 gramos al nacer."),
    # a race's distance glued to its "K" ("a 5K"), read as kilometres as well as thousands
    ("The race is a 5K.", "La carrera es de cinco kilómetros."),
    ("She ran the 10K in under an hour.", "Corrió los 10 kilómetros en menos de una hora."),
    # an ordinal is no quantity to convert: "the first mile" is a stretch of the route
    ("The trail climbs 1,000 feet in the first mile.", "El sendero sube 300 metros en el primer kilómetro y medio."),
    # a share in digits given as a percent ("9 in 10" is 90 %)
    ("More than 9 in 10 students graduated on time.", "Más del 90 % de los estudiantes se graduó a tiempo."),
    ("Only 3 out of 10 adults trust the news.", "Solo el 30 % de los adultos confía en las noticias."),
    # a fraction of a scale word is one number ("half a million" is 500,000, not a half and a million)
    ("The campaign raised half a million dollars.", "La campaña recaudó 500.000 dólares."),
    ("The campaign raised a quarter of a million dollars.", "La campaña recaudó 250.000 dólares."),
    ("The campaign raised three-quarters of a million dollars.", "La campaña recaudó 750.000 dólares."),
    ("The campaign raised $250,000.", "La campaña recaudó un cuarto de millón de dólares."),
    ("The city expects half a billion dollars in revenue.", "La ciudad espera 500 millones de dólares en ingresos."),
    ("The castle got three and a half million euros.", "El castillo recibió tres millones y medio de euros."),
    ("The county has a quarter of a million residents.", "El condado tiene un cuarto de millón de habitantes."),
    ("The wildfire has burned more than half a million acres.", "El incendio ha quemado más de 200.000 hectáreas."),
    # a decade said as a range within it, converted or not ("highs in the 90s" are 32 to 37 °C)
    ("Highs will be in the 90s this week.", "Las máximas estarán entre 32 y 37 grados esta semana."),
    ("Most of the victims were in their 50s.", "La mayoría de las víctimas tenía entre 50 y 59 años."),
    # a number's unit converted to a smaller metric unit than the usual one
    ("The storm dropped 2 feet of snow.", "La tormenta dejó 60 centímetros de nieve."),
    ("The storm dropped 1 foot of snow.", "La tormenta dejó 30 centímetros de nieve."),
    ("The bag weighs 2 pounds.", "La bolsa pesa 900 gramos."),
    ("Rain totals reached 1 inch.", "La lluvia acumulada llegó a 25 milímetros."),
    ("Rackspace reported a net profit of $14 million for the third quarter.",
     "Rackspace reportó una ganancia neta de $14 millones en el tercer trimestre."),
    ("The city faces a $40 million deficit next year.", "La ciudad enfrenta un déficit de $40 millones el próximo año."),
    ("No injuries have been reported, but at least 12 structures were destroyed.",
     "No se han reportado heridos, pero al menos 12 estructuras quedaron destruidas."),
    ("Nobody was killed, but 3 people were injured.", "Nadie murió, pero 3 personas resultaron heridas."),
    ("They would spend a third of their income on rent, above the 30% experts consider affordable.",
     "Destinarían un tercio de sus ingresos al alquiler, por encima del 30% que los expertos consideran asequible."),
    ("Most cases are in children under 10.", "La mayoría de los casos son niños menores de 10 años."),
    ("Nearly 300 people attended the vigil.", "Casi 300 personas asistieron a la vigilia."),
    ("More than 300 cases were reported.", "Los casos superaron los 300."),
    ("Cases exceeded 300 on Friday.", "Los casos superaron los 300 el viernes."),
    ("Teachers will get a 3% raise.", "Los maestros recibirán un aumento del 3%."),
    ("The new schedule will add 20 minutes to the commute.", "El nuevo horario añadirá 20 minutos al trayecto."),
    ("Onset was estimated by subtracting 4 days.", "La aparición se calculó restando 4 días."),
    # a score said in the other order with the sentence turned around
    ("The Lakers beat the Celtics 112-104 on Sunday.", "Los Celtics perdieron ante los Lakers 104-112 el domingo."),
    # a tally said in words, in the same order; an age range in a sentence about voters is no tally turned
    ("The House passed the bill by a vote of 227 to 206.", "La Cámara aprobó el proyecto con 227 votos contra 206."),
    ("Turnout among voters aged 18 to 24 doubled.", "La participación de los votantes de 18 a 24 años se duplicó."),
    ("Nearly 300 people attended the vigil.", "Cerca de 300 personas asistieron a la vigilia."),
    ("Almost 40% of the county's residents are Latino.", "Casi el 40% de los residentes del condado son latinos."),
    ("More than 40% of the county's residents are Latino.", "Más del 40% de los residentes del condado son latinos."),
    ("Adults older than 65 should get the shot.", "Los adultos mayores de 65 años deben vacunarse."),
    ("Fewer than half of third graders read at grade level.", "Menos de la mitad de los alumnos de tercer grado leen al nivel de su grado."),
    ("He was sentenced to less than a year in prison.", "Fue condenado a menos de un año de prisión."),
    ("He has lived here for over a year.", "Ha vivido aquí durante más de un año."),
    ("The drug is taken once a day for up to a week.", "El medicamento se toma una vez al día hasta por una semana."),
    ("Over a year, prices rose.", "A lo largo de un año, los precios subieron."),
    # fractions in words
    ("One in five residents lacks health insurance.", "La quinta parte de los residentes no tiene seguro médico."),
    ("Half of the students passed, and one in four failed.", "Uno de cada cuatro suspendió y la mitad aprobó."),
    ("Half an hour later, a third of the crowd had left.", "Media hora después, un tercio del público se había ido."),
    ("The Fed raised rates by half a percentage point.", "La Fed subió las tasas en medio punto porcentual."),
    ("Unemployment fell 0.5 points to 4%.", "El desempleo bajó medio punto, al 4%."),
    ("An 18-wheeler overturned on Interstate 10.", "Un tráiler se volcó en la Interestatal 10."),  # a truck
    ("A year and a half later, the rate was half a point higher.",
     "Un año y medio después, la tasa era medio punto más alta."),
    # an amount given again in another currency, a reader's aid
    ("Bleacher tickets cost 500 pesos, about $25.", "Los boletos para las gradas costaron 500 pesos."),
    ("The fine is 1 million euros ($1.1 million).", "La multa es de 1 millón de euros."),
    ("The rent is $500.", "La renta es de 500 dólares (unos 10.000 pesos)."),
    # ordinals: one in digits says the other side's ordinal word; a holiday is a date
    ("The ruling by the 5th Circuit Court of Appeals came on the Fourth of July.",
     "El fallo de la Corte de Apelaciones del Quinto Circuito llegó el 4 de julio."),
    ("It was the third time the bridge had closed this year.", "Era la tercera vez que el puente cerraba este año."),
    ("Prices rose for the fourth straight month.", "Los precios subieron por cuarto mes consecutivo."),
    ("The office is on Fourth Street.", "La oficina está en la calle Cuarta."),
    ("The store is on Fifth Avenue.", "La tienda está en la Quinta Avenida."),
    ("The event starts at noon.", "El evento empieza al mediodía."),
    ("The curfew begins at midnight.", "El toque de queda comienza a las 12 de la noche."),
    ("The meeting lasted a quarter of an hour.", "La reunión duró un cuarto de hora."),
    ("The plant will cut 200 jobs by March.", "La planta eliminará 200 empleos para marzo."),
    ("The plant will close, eliminating 300 jobs.", "La planta cerrará y eliminará 300 empleos."),
    ("The program will expand to 10 schools.", "El programa se ampliará a 10 escuelas."),
    ("The fare doubled to $2.", "La tarifa se duplicó a 2 dólares."),
    ("The company doubled its workforce to 200.", "La empresa duplicó su plantilla a 200 empleados."),
    ("The project will create 500 jobs, adding to the 200 created last year.",
     "El proyecto creará 500 empleos, sumando a los 200 creados el año pasado."),
    ("For the first time, the city will pay for it.", "Por primera vez, la ciudad lo pagará."),
    # tico19: the Spanish drops "in the second trimester"; its "primer" is the English "first", which had been
    # matched with the article "un" and left "second" against "primer"
    ("Four of seven had first trimester miscarriage, two of five had fetal growth restriction in the second "
     "trimester.", "Cuatro de siete tuvieron un aborto espontáneo en el primer trimestre; dos de cinco presentaron "
     "restricción del crecimiento del feto."),
    # changes and bounds said the same way, one side only, or a limit
    ("Sales rose 12% last year.", "Las ventas aumentaron un 12 % el año pasado."),
    ("The waiting list has grown to more than 8,000 households.",
     "La lista de espera ha crecido a más de 8.000 hogares."),
    ("The fundraiser raised more than $5,000.", "La colecta recaudó más de 5.000 dólares."),
    ("The fine is $500, not $5,000.", "La multa es de 500 dólares, no de 5.000."),
    ("The meeting is at 7 p.m., not 6 p.m.", "La reunión es a las 7 p.m. y no a las 6 p.m."),
    ("The cooling center will open when temperatures exceed 100 degrees.",
     "El centro de enfriamiento abrirá cuando las temperaturas superen los 100 grados."),
    ("The newspaper will print three days a week instead of seven.",
     "El periódico se imprimirá tres días a la semana en lugar de siete."),
    ("Officials urged residents to conserve power.", "Las autoridades pidieron a los residentes ahorrar energía."),
    ("The center opens when temperatures drop below 32 degrees.",
     "El centro abre cuando las temperaturas bajen de 32 grados."),
    ("More than 300 people attended the meeting.", "Más de 300 personas asistieron a la reunión."),
    ("At least 300 people attended the meeting.", "Unas 300 personas asistieron a la reunión."),
    ("A 12% drop in sales worried investors.", "Una caída del 12 % en las ventas preocupó a los inversionistas."),
    ("Shares closed up 3 percent.", "Las acciones cerraron con una subida del 3 por ciento."),
    ("Bacteria were reduced by up to 76%.", "Las bacterias disminuyeron hasta en un 76 %."),
    ("Inflation will climb to 2.5 percent from 2.1, then drop to 1.9.",
     "La inflación subirá del 2,1 al 2,5 por ciento y luego bajará al 1,9."),
    # relative times said the same way, and "mañana" as a morning, "last" as a final
    ("The council approved the budget last week.", "El concejo aprobó el presupuesto la semana pasada."),
    ("The vote is tomorrow morning.", "La votación es mañana por la mañana."),
    ("He spoke this morning about next year's budget.", "Habló esta mañana sobre el presupuesto del próximo año."),
    ("It was the last year of his term.", "Era el último año de su mandato."),
    ("The store opened this week, and today it hired 20 people.",
     "La tienda abrió esta semana, y hoy contrató a 20 personas."),
    ("Last Monday the council met.", "Este lunes se reunió el concejo."),  # "este lunes": this week's, past or coming
    # a unit said either way: a week and its weekend, a season and a year, a term and a semester
    ("At the end of this week, the governments met.", "Este fin de semana los gobiernos se reunieron."),
    ("The team improved this season.", "El equipo mejoró este año."),
    ("Classes resume next term.", "Las clases se reanudan el próximo semestre."),
    ("Next Monday the council meets.", "El próximo lunes se reúne el concejo."),
    ("The board meets once a month, the city said.", "La junta se reúne una vez al mes, dijo la ciudad."),
    ("Once again, the board met.", "Una vez más, la junta se reunió."),
    # US units converted, kept, or money
    ("The trail is 5 miles long.", "El sendero mide 8 kilómetros."),
    ("The trail is 5 miles long.", "El sendero mide 5 millas."),
    ("The fire is two miles from the school.", "El incendio está a dos millas de la escuela."),
    ("The storm dropped three feet of snow.", "La tormenta dejó casi un metro de nieve."),
    ("He paid 150 pounds for it.", "Pagó 150 libras por él."),
    # currencies: the same one, and Mexican copy's "$" for pesos
    ("The fine is $500.", "La multa es de 500 dólares."),
    ("Tickets cost 500 pesos.", "Los boletos cuestan $500 pesos."),
    ("It cost 1 million euros.", "Costó 1 millón de euros."),
    # time zones: the same zone in each language's words, a second zone added as a reader's aid, local time, a
    # "CT" that is a scan and a "centro" that is a mall
    ("The debate starts at 9 p.m. ET.", "El debate empieza a las 9 p. m., hora del Este."),
    ("It airs at 8 p.m. EDT (5 p.m. PDT).", "Se transmite a las 8 p.m. hora del Este (5 p.m. en el Pacífico)."),
    ("The polls close at 7 p.m. local time.", "Las urnas cierran a las 7 p.m. hora del Este."),
    ("Her CT scan was at 10 a.m. Pacific time.", "Su tomografía (TC) fue a las 10 a.m. hora del Pacífico."),
    ("The mall is open from 10 a.m. to 9 p.m. ET.", "El horario del centro comercial es de 10 a.m. a 9 p.m."),
    ("The report came out at 12.00 GMT.", "El informe salió a las 12:00 UTC."),
    # percentage points said as points, and percent as percent (431 faithful corpus pairs give the same number as
    # a percentage or in points on both sides, none the other way)
    ("Unemployment rose 2 percentage points last year.", "El desempleo subió 2 puntos porcentuales el año pasado."),
    ("The Fed cut rates by 0.25 percentage point.", "La Fed recortó las tasas en 0,25 puntos porcentuales."),
    ("Unemployment rose 2 percent last year.", "El desempleo subió un 2 por ciento el año pasado."),
    ("Support grew 7 points to 45%.", "El apoyo creció 7 puntos porcentuales hasta el 45 %."),
    # times in Spanish with "a. m." and "p. m.", or on the 24-hour clock; a trillion as "billones"
    ("The store opens at 7 a.m.", "La tienda abre a las 7 a. m."),
    ("It runs 8 a.m. to 8 p.m.", "Funciona de 8 a.m. a 8 p.m."),
    ("The store opens at 7 p.m.", "La tienda abre a las 19:00 horas."),
    ("The store opens at 7 a.m.", "La tienda abre a las 07:00."),  # (a zero says the 24-hour clock)
    ("The meeting starts at 9 p.m.", "La reunión comienza a las 9:00."),
    ("The debt reached $1.5 trillion.", "La deuda alcanzó 1,5 billones de dólares."),
    # casualties counted alike, each number with its own word
    ("The fire killed 3 people and injured 12 others.", "El incendio dejó 3 muertos y 12 heridos."),
    ("The crash that killed 2 people injured 3 others.", "El choque en el que murieron 2 personas dejó 3 heridos."),
    ("The storm killed three and injured two.", "La tormenta mató a tres e hirió a dos."),
    ("Two people were killed and three others were injured early Sunday.",
     "Dos personas murieron y otras tres resultaron heridas la madrugada del domingo."),
    ("The gunman killed at least 3 people.", "El atacante mató a al menos 3 personas."),
    ("Rent increases are capped at 5%.", "Los aumentos de alquiler tendrán un tope del 5%."),
    # a headline's counts, each with the word after it: the comma ends "killed", which is no verb of "three"
    ("Two killed, three injured in crash on Interstate 35 near Kyle",
     "Dos muertos y tres heridos en un choque en la Interestatal 35 cerca de Kyle"),
    ("Storm leaves 4 dead; 12 hurt", "La tormenta deja 4 muertos y 12 heridos"),
    # a span of time in each language's unit, the unit glued to the number or not
    ("A 41-year-old man was arrested after a six-hour standoff.",
     "Un hombre de 41 años fue arrestado tras un enfrentamiento de seis horas."),
    ("Babies 6 months and older can get the shot; the clinic is open 7 days a week.",
     "Los bebés de 6 meses en adelante pueden vacunarse; la clínica abre los 7 días de la semana."),
    # a decade said as the bound of the next ten ("into the 20s" is under 30)
    ("Freeze warning issued as temperatures drop into the 20s",
     "Emiten aviso de helada ante temperaturas de menos de 30 grados"),
    # a bound after the number, and "más o menos" (about), which is none
    ("Children 12 and older must wear masks.", "Los niños de 12 años en adelante deben usar mascarilla."),
    ("Groups of 10 or fewer may enter.", "Pueden entrar grupos de 10 personas o menos."),
    ("The shelter can house up to 150 people.", "El refugio puede albergar a 150 personas como máximo."),
    ("The crowd was about 150 people.", "El público fue de 150 personas, más o menos."),
    # a height in feet and inches, converted or kept; two lengths converted, one to the other's number
    ("The suspect is described as 5 feet 10 inches tall.", "El sospechoso mide 1,78 metros."),
    ("He is a 6-foot-2 forward from Laredo.", "Es un delantero de 188 centímetros de Laredo."),
    ("The boy, 4 feet 2 inches tall, was last seen Friday.",
     "El niño, de 4 pies 2 pulgadas de estatura, fue visto por última vez el viernes."),
    ("The fence is 6 feet tall and 20 feet long.", "La cerca mide 1,8 metros de alto y 6 metros de largo."),
    ("The shooting killed 52-year-old clerk Raj Patel and wounded a customer.",
     "En el tiroteo murió el empleado Raj Patel, de 52 años, y resultó herido un cliente."),  # an age is no count
    # superlatives said alike; "at least" is a bound, a minimum wage is no extreme of the story's
    ("The uninsured rate among children fell to 8%, the lowest on record.",
     "La tasa de niños sin seguro bajó al 8 %, la más baja registrada."),
    ("The food bank served a record number of families.",
     "El banco de alimentos atendió a más familias que nunca."),
    ("Fewer people than ever are smoking.", "Menos personas que nunca fuman."),
    ("Residents should conserve water.", "Los residentes deben ahorrar agua."),
    ("Residents used less water this summer.", "Los residentes usaron menos agua este verano."),
    ("At least 5 of the highest-paid officials resigned.", "Como mínimo 5 de los funcionarios mejor pagados renunciaron."),
    ("Texas has the second-largest Hispanic population in the country.",
     "Texas tiene la segunda población hispana más grande del país."),
    ("H-E-B is one of the largest employers in Texas.", "H-E-B es el segundo mayor empleador de Texas."),  # no rank
    ("Rents rose 12% this year, the largest increase in a decade.",
     "Los alquileres subieron un 12 % este año, el mayor aumento en una década."),
    ("Enron, once the nation's seventh-largest company, went bankrupt.",
     "Enron, una de las siete compañías más grandes de la nación, quebró."),
    ("The Amazon is the second longest and the biggest river on Earth.",
     "El Amazonas es el más caudaloso y el segundo más extenso del planeta."),
    ("The worst may be over, officials said.", "A lo mejor ya pasó lo más duro, dijeron las autoridades."),  # maybe
    # a US forecast's bare temperatures, converted to Celsius by the Spanish edition, or kept
    ("Expect a high of 98 on Sunday, the weather service said.", "Se espera una máxima de 37 grados el domingo."),
    ("Highs will reach the upper 90s through Thursday.", "Las máximas rondarán los 36 grados hasta el jueves."),
    ("Lows will drop to 40 overnight.", "Las mínimas bajarán a 4 grados durante la noche."),
    ("Highs will reach only the upper 30s on Tuesday.", "Las máximas solo llegarán a unos 3 grados el martes."),
    ("Expect a high of 98 on Sunday, the weather service said.", "Se espera una máxima de 98 grados el domingo."),
]


@pytest.mark.parametrize("es, flagged", [
    ("Se espera una máxima de 39 grados el domingo.", "39"),  # 98 °F is 36.7 °C
    ("Se espera una máxima de 89 el domingo.", "89"),
])
def test_a_forecasts_temperature_changed_is_still_reported(es, flagged):
    findings = _pair_findings("Expect a high of 98 on Sunday, the weather service said.", es)
    assert [finding.text for finding in findings] == [flagged]


@pytest.mark.parametrize("es, messages", [
    ("El puente, por el que cruzan unos 8.000 vehículos al día, se cerrará para un proyecto que se prevé dure seis "
     "meses.", ["18,000 in English but 8.000 in Spanish", "nine in English but seis in Spanish"]),
    ("El puente, por el que cruzan unos 8.000 vehículos al día, se cerrará para un proyecto que se prevé dure nueve "
     "meses.", ["18,000 in English but 8.000 in Spanish"]),
])
def test_a_count_of_a_unit_of_time_changed_beside_a_number_in_digits_is_reported(es, messages):
    """A count in words is reported beside numbers in digits where each side's is one count of the same unit of
    time: the same span, its length changed."""
    findings = _pair_findings("The bridge, which carries about 18,000 vehicles a day, will close for a project "
                              "expected to last nine months.", es)
    assert [finding.message for finding in findings] == messages


def test_each_number_of_a_casualty_count_is_read_with_its_own_word():
    """"Two people were killed and three others were injured": "killed" goes with two, not with three after it."""
    findings = _pair_findings("Two people were killed and three others were injured early Sunday.",
                              "Dos personas resultaron heridas y otras tres murieron la madrugada del domingo.")
    assert [finding.message for finding in findings] == ["Two killed in English but Dos heridas in Spanish",
                                                         "three injured in English but tres murieron in Spanish"]


@pytest.mark.parametrize("en, es", [
    ("The unemployment rate held steady at 3.9% in October.",
     "La tasa de desempleo se mantuvo estable en 3,9% en octubre."),
    ("Inflation remained at 2.4% last month.", "La inflación permaneció en el 2,4% el mes pasado."),
    ("The Fed left rates unchanged at 5.25%.", "La Reserva Federal mantuvo las tasas sin cambios en 5,25%."),
    ("The rate held steady at 3.9%.", "La tasa fue de 3,9%."),  # (said steady on one side only)
    ("The school district expects enrollment to grow by 2% next year.",
     "El distrito escolar prevé que la matrícula aumente un 2 % el próximo año."),
])
def test_a_quantity_said_steady_on_both_sides_or_on_one_only_is_not_reported(en, es):
    assert _pair_findings(en, es) == []


@pytest.mark.parametrize("en, es", [
    # a scale one word after its numeral (WMT newstest)
    ("The plan provides for 250 billion, to which could be added another 100 billion.",
     "El plan prevé 250 mil millones, a la cual podrán añadirse 100 otros mil millones."),
    # a number glued to a word on the other side: written alike, not a scale dropped
    ("The report cites $14 billion in losses.", "El informe cita pérdidas de14 billones de dólares."),
])
def test_a_scale_said_apart_from_its_numeral_or_a_numeral_glued_to_a_word_is_not_reported(en, es):
    assert _pair_findings(en, es) == []


@pytest.mark.parametrize("en, es", SAID_ALIKE)
def test_the_same_quantity_said_another_way_is_not_reported(en, es):
    assert _pair_findings(en, es) == []


def test_a_fraction_said_in_the_next_sentence_is_not_reported():
    """A translator who splits or joins sentences moves a fraction across the boundary."""
    en = ["The survey was released on Monday by the state.", "Half of the residents said they rent."]
    es = ["El estado publicó el lunes la encuesta, según la cual la mitad de los residentes alquila.",
          "Un tercio dijo que alquila."]
    assert [f.message for f in number_mismatches(build_aligned(en, es), Settings()) if "tercio" in f.message] == []


def test_an_ordinal_changed_is_reported_though_the_next_sentence_holds_an_article():
    """"the first time" / "la segunda vez": an ordinal in words moves as an ordinal, not as the "un" of the next
    sentence (which nearly every Spanish sentence holds); one said there as an ordinal still moved."""
    en = ["It was the first time the council had met in public since March.", "The mayor said in a statement."]
    es = ["Era la segunda vez que el concejo se reunía en público desde marzo.", "El alcalde lo dijo en un comunicado."]
    assert [f.message for f in number_mismatches(build_aligned(en, es), Settings())] == [
        "first in English but segunda in Spanish"]
    en = ["The council met in public on Monday.", "It was the first time since March."]
    es = ["El concejo se reunió en público el lunes por primera vez.", "Era algo que no ocurría desde marzo."]
    assert number_mismatches(build_aligned(en, es), Settings()) == []


def test_a_count_changed_is_reported_though_the_next_sentence_says_its_new_value_for_itself():
    """"two weeks ago" turned "tres semanas" is no number moved to the next sentence, whose "Two children" / "Dos
    niños" match each other."""
    en = ["The county reported 10 cases this week, up from six two weeks ago.", "Two children were hospitalized."]
    es = ["El condado reportó 10 casos esta semana, frente a seis hace tres semanas.", "Dos niños fueron hospitalizados."]
    assert [f.message for f in number_mismatches(build_aligned(en, es), Settings())] == ["two in English but tres in Spanish"]


def test_a_repeated_number_said_in_words_on_one_side_is_not_reported():
    """"in 2007" said "ese año" after a sentence that gives 2007 on both sides: a repeat, not a number dropped."""
    en = ["The company was founded in 2007.", "Its sales doubled in 2007, its first full year."]
    es = ["La empresa se fundó en 2007.", "Sus ventas se duplicaron ese año, su primer año completo."]
    assert [f.message for f in number_mismatches(build_aligned(en, es), Settings())] == []


def test_an_amount_changed_is_reported_though_another_currency_follows_it():
    findings = _pair_findings("Bleacher tickets cost 500 pesos, about $25.", "Los boletos costaron 600 pesos.")
    assert "600" in [finding.text for finding in findings]


def test_a_changed_day_in_a_range_of_days_is_reported():
    """"Monday through Friday" / "de lunes a sábado": both name Monday, which had hidden the changed day."""
    en = ["The center will be open Monday through Friday, 8 a.m. to 8 p.m.", "The festival runs all weekend."]
    es = ["El centro estará abierto de lunes a sábado, de 8 a.m. a 8 p.m.", "El festival dura todo el fin de semana."]
    findings = number_mismatches(build_aligned(en, es), Settings())
    assert [(f.text, f.message) for f in findings] == [("sábado", "Friday in English but sábado in Spanish")]


def test_a_changed_day_is_reported_where_the_other_side_names_the_new_day_too():
    """"said Tuesday … from noon Wednesday" rewritten "said Wednesday … from noon Wednesday": the days are
    counted, so the rewrite's second Wednesday stands against the source's Tuesday."""
    source = "Abbott said Tuesday that lane closures will stop from noon Wednesday until Sunday."
    aligned = build_aligned([source, "The festival runs all weekend."],
                            [source.replace("said Tuesday", "said Wednesday"), "The festival runs all weekend."],
                            left_lang="en", right_lang="en")
    findings = number_mismatches(aligned, Settings())
    assert [finding.text for finding in findings] == ["Wednesday"] and "Tuesday in " in findings[0].message


def test_a_changed_weekday_beside_a_sentence_that_names_the_same_day_on_both_sides_is_reported():
    """The neighbour's "martes" is its own "Tuesday": no day moved there, so the museum's Tuesday said "lunes" is a
    changed day (it was taken for a day moved across the sentence boundary)."""
    en = ["Firefighters responded to the call shortly after 3 a.m. on Tuesday, officials said.",
          "The museum is open on Tuesday."]
    es = ["Los bomberos respondieron a la llamada poco después de las 3 a.m. del martes, dijeron las autoridades.",
          "El museo abre el lunes."]
    findings = number_mismatches(build_aligned(en, es), Settings())
    assert [finding.message for finding in findings] == ["Tuesday in English but lunes in Spanish"]


@pytest.mark.parametrize("en, es", [
    (["It closes Monday and reopens the next Monday."], ["Cierra el lunes y reabre el lunes siguiente."]),
    (["It closes Monday and reopens the next Monday."], ["Cierra el lunes y reabre una semana después."]),
    (["The council voted on Tuesday."], ["El concejo votó el martes."]),
    (["The center is open Monday through Friday."], ["El centro abre de lunes a viernes."]),
    (["It opens Monday."], ["Abre el lunes y el martes."]),  # a day added, none changed
    (["The hearing is on Tuesday, Sept. 27."], ["La audiencia es el martes 27 de septiembre."]),
    (["During the night of Monday, 80 police officers were hurt."],
     ["La noche del lunes al martes, 80 policías resultaron heridos."]),  # a range holding the day
    (["The council voted on Tuesday."], ["El concejo votó esta semana."]),  # a day dropped is not reported
    (["The council met on Monday to discuss the budget.", "It voted on Tuesday."],
     ["El martes, el concejo votó.", "Se había reunido el lunes para discutir el presupuesto."]),  # days moved
    (["May I ask one question about the budget for April?"],
     ["¿Puedo hacer una pregunta sobre el presupuesto de abril?"]),  # "May I" is no month
])
def test_weekdays_and_months_that_agree_or_moved_are_not_reported(en, es):
    assert number_mismatches(build_aligned(en, es), Settings()) == []


@pytest.mark.parametrize("text, lang, zones", [
    ("The debate starts at 9 p.m. ET on Tuesday.", "en", ["ET"]),
    ("It airs at 8 p.m. Eastern Standard Time (5 p.m. PT).", "en", ["Eastern Standard Time", "PT"]),
    ("Typical features on CT include ground-glass opacities.", "en", []),  # computed tomography
    ("The MT Everest expedition left at 10 MT.", "en", []),  # no clock time before it
    ("The park closes at 9 p.m. Central Park West stays open.", "en", []),  # a name, not the zone
    ("A las 19:00 horas (hora del Este) empieza el debate.", "es", ["hora del Este"]),
    ("A las 8 p. m., hora del este.", "es", ["hora del este"]),
    ("El tiempo del Pacífico será lluvioso.", "es", []),  # weather
    ("La hora del centro de salud cambió.", "es", []),  # the health centre's hour
    ("Abre a las 10:00, hora del centro de México.", "es", ["hora del centro"]),
])
def test_time_zones_are_read_where_a_clock_time_or_a_zones_name_says_them(text, lang, zones):
    assert [text[start:end] for _, start, end in quantities.time_zones(text, lang)] == zones


def test_a_time_zone_said_in_the_next_sentence_is_not_reported():
    en = ["The debate starts at 9 p.m. Pacific time on Tuesday.", "It will be streamed online."]
    es = ["El debate empieza a las 9 p. m. del martes, hora del Pacífico.", "Se transmitirá a las 9 p.m. ET."]
    assert [f.message for f in number_mismatches(build_aligned(en, es), Settings()) if "ET" in f.message] == []


def test_disabled_rule_reports_nothing():
    aligned = build_aligned([INFLATION_EN], [INFLATION_ES.replace("3,1", "3,7")])
    assert number_mismatches(aligned, Settings(disabled_rules={"number-mismatch"})) == []


@needs_corpus
def test_few_findings_on_untouched_flores_documents():
    documents = clean_corpus_documents("flores200-devtest", 60)
    findings = [f for d in documents for f in number_mismatches(d, Settings())]
    # measured: 5 findings on these 60 documents (0.08 per document), mostly "16th century" vs "siglo XVI"
    assert len(findings) / len(documents) < 0.2


def _edit_first_number(sentence: str) -> str | None:
    """Change the last digit of the first number that has one: 300.000 -> 300.001 (a real-looking edit)."""
    for mention in extract_numbers(sentence, "es"):
        if mention.strong and mention.kind in ("number", "percent"):
            digits = [i for i in range(mention.start, mention.end) if sentence[i].isdigit()]
            last = digits[-1]
            new_digit = str((int(sentence[last]) + 3) % 10)
            return sentence[:last] + new_digit + sentence[last + 1 :]
    return None


@needs_corpus
def test_numbers_edited_in_spanish_are_found():
    specs, expected = [], []
    for record in corpus_records(WMT, 40):
        for index, (en, es) in enumerate(zip(record["en"], record["es"])):
            edited = _edit_first_number(es)
            if edited is None or not same_numbers(en, es):
                continue
            es_side = list(record["es"])
            es_side[index] = edited
            specs.append(corpus_spec(record, es=es_side))
            expected.append(index)
            break
    assert len(specs) >= 15
    documents = build_aligned_documents(specs)
    found = sum(
        any(f.evidence["side"] == "right" and index in f.evidence["segments"] for f in number_mismatches(d, Settings()))
        for d, index in zip(documents, expected)
    )
    assert found == len(specs)


# a unit of time turned into another, for the corpus measure below
_OTHER_TIME_UNIT = {"year": "meses", "month": "años", "quarter": "meses", "week": "días", "weekend": "semanas",
                    "day": "semanas", "hour": "minutos", "minute": "horas", "second": "minutos", "decade": "años", "century": "décadas"}


@needs_corpus
def test_faithful_corpus_pairs_keep_their_units_of_time_and_changed_ones_are_read():
    """659 sentence pairs of the dev corpus give the same number a unit of time on both sides, all the same unit;
    with the Spanish unit turned into another, nearly all read differently."""
    def units(text: str, lang: str) -> dict:
        mentions = {mention.start: mention for mention in quantities._segment_mentions(text, lang, 0)}
        return {mentions[start].values: (reading[0], mentions[start].end)
                for start, reading in quantities.time_span_units(text, lang, 0).items()}

    compared = disagreeing = turned = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english = units(en, "en")
                for values, (unit, end) in units(es, "es").items():
                    if values not in english:
                        continue
                    compared += 1
                    disagreeing += english[values][0] != unit
                    word = re.compile(r"[\s-]*(\w+)").match(es, end)
                    changed = units(es[:word.start(1)] + _OTHER_TIME_UNIT[unit] + es[word.end(1):], "es")
                    turned += values in changed and changed[values][0] != english[values][0]
    assert compared >= 600 and disagreeing == 0
    assert turned >= 0.95 * compared


@pytest.mark.parametrize("en, es", [
    ("The family has lived in the house for a decade.", "La familia ha vivido en la casa durante una década."),
    ("The road was closed for half an hour.", "La carretera estuvo cerrada durante media hora."),
    ("The trial lasted a year and a half.", "El juicio duró un año y medio."),
    ("Protesters marched for a day.", "Los manifestantes marcharon durante una jornada."),
    ("The project will take a quarter century to finish.", "El proyecto tardará un cuarto de siglo en terminarse."),
    ("It has been a quarter of a century since the flood.", "Ha pasado un cuarto de siglo desde la inundación."),
    ("The suspect fled on foot a fortnight ago.", "El sospechoso huyó a pie hace quince días."),
    ("The suspect fled on foot a fortnight ago.", "El sospechoso huyó a pie hace dos semanas."),
    ("The fair lasts a fortnight.", "La feria dura una quincena."),
    # a rate is no span: "three meals a day" is "tres comidas al día", and "a week" is the span
    ("He ate three meals a day for a week.", "Comió tres comidas al día durante una semana."),
    ("She earns $20 an hour and works a month at a time.", "Gana 20 dólares la hora y trabaja un mes seguido."),
    ("The road will close for two weekends in May.", "La carretera cerrará durante dos fines de semana en mayo."),
    ("The clinic sees 40 patients in a day.", "La clínica atiende a 40 pacientes en un día."),
    ("Prices rose 5% in a year.", "Los precios subieron un 5 % en un año."),
])
def test_a_span_of_time_said_with_an_article_alike_is_not_reported(en, es):
    assert _pair_findings(en, es) == []


@pytest.mark.parametrize("en, es", [
    ("Home prices rose 5% last year.", "Los precios de las viviendas subieron un 5% el año pasado."),
    ("Over the past two weeks, the county reported 40 cases.", "En los últimos 15 días, el condado reportó 40 casos."),
    ("The store has been closed for the past month.",
     "La tienda ha estado cerrada durante las últimas cuatro semanas."),
    ("In the past decade, the city has grown by 20%.", "En la última década, la ciudad ha crecido un 20%."),
    ("He spent the last years of his life in Austin.", "Pasó los últimos años de su vida en Austin."),  # (no length)
    ("The figure is higher than last year's.", "La cifra es mayor que la del año pasado."),
    # the same span in another unit: its count is no changed number
    ("Sales in the past 12 months topped $4 million.", "Las ventas del último año superaron los $4 millones."),
    ("The survey covered the past 24 months.", "La encuesta abarcó los últimos dos años."),
])
def test_a_span_of_time_just_past_of_one_length_is_not_reported(en, es):
    assert _pair_findings(en, es) == []


@pytest.mark.parametrize("en, es, messages", [
    ("The family lives in a one-story home.", "La familia vive en una casa de una planta.", []),
    ("The fire destroyed a single-story building.", "El incendio destruyó un edificio de un solo piso.", []),
    ("The 20-story tower will open in May.", "La torre de 20 pisos abrirá en mayo.", []),
    ("She lives on the second floor of a two-story home.", "Vive en el segundo piso de una casa de dos plantas.", []),
    # two counts in words are the number rule's, reported once
    ("The fire destroyed a three-story building.", "El incendio destruyó un edificio de dos pisos.",
     ["three in English but dos in Spanish"]),
])
def test_a_buildings_floors_alike_or_two_counts_are_not_reported_by_the_floors_reading(en, es, messages):
    """(The dev corpus has two faithful pairs that give a building its floors on both sides, "two-storey" / "de dos
    pisos" and "27-story" / "de 27 plantas", alike.)"""
    assert [finding.message for finding in _pair_findings(en, es)] == messages


def test_two_counts_of_a_span_just_past_are_the_number_rules_alone():
    """"the past 24 months" / "los últimos tres años" is 24 against tres, once: the span reading leaves two numbers
    to the number rule."""
    assert [finding.message for finding in _pair_findings("The survey covered the past 24 months.",
                                                          "La encuesta abarcó los últimos tres años.")] == [
        "24 in English but tres in Spanish"]


@needs_corpus
def test_faithful_corpus_pairs_say_their_spans_just_past_alike_and_a_longer_one_is_found():
    """113 sentence pairs of the dev corpus say one span of time just past on both sides ("last year" / "el año
    pasado", "the past decade" / "la última década"); one says another, WMT's "the last 18 months" / "el último año".
    With the Spanish span made three of its unit ("los últimos tres años") where the English gives no number, 88 of
    88 are found."""
    plural = {"día": "los últimos tres días", "dia": "los últimos tres días", "semana": "las últimas tres semanas",
              "mes": "los últimos tres meses", "año": "los últimos tres años", "década": "las últimas tres décadas"}
    compared, disagreeing, turned, found = 0, [], 0, 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = quantities.recent_spans(en, "en"), quantities.recent_spans(es, "es")
                if len(english) != 1 or len(spanish) != 1:
                    continue
                compared += 1
                (english_days, _, _, english_counted), (spanish_days, start, end, spanish_counted) = (english[0],
                                                                                                      spanish[0])
                if not (english_counted and spanish_counted) and not math.isclose(english_days, spanish_days,
                                                                                  rel_tol=0.1):
                    disagreeing.append(en)
                if not english_counted:
                    unit = next(unit for unit in plural if unit in es[start:end].lower())
                    longer = quantities.recent_spans(es[:start] + plural[unit] + es[end:], "es")
                    turned += 1
                    found += len(longer) == 1 and not math.isclose(english_days, longer[0][0], rel_tol=0.1)
    assert compared >= 100
    assert len(disagreeing) == 1 and "the last 18 months" in disagreeing[0]
    assert turned >= 80 and found == turned


@pytest.mark.parametrize("en, es", [
    ("Temperatures will reach 90 degrees Fahrenheit on Thursday.",
     "Las temperaturas alcanzarán los 32 grados centígrados el jueves."),
    ("Temperatures will reach 90 degrees Fahrenheit on Thursday.",
     "Las temperaturas alcanzarán los 90 grados Fahrenheit el jueves."),
    ("Temperatures will reach 90 degrees on Thursday.", "Las temperaturas alcanzarán los 90 grados el jueves."),
])
def test_a_temperature_converted_or_its_scale_kept_is_not_reported(en, es):
    assert _pair_findings(en, es) == []


@needs_corpus
def test_faithful_corpus_pairs_say_their_spans_of_time_with_an_article_alike():
    """51 sentence pairs of the dev corpus say one span of time with an article or a half on both sides ("a year" /
    "un año", "half an hour" / "media hora"), all of the same length."""
    compared = disagreeing = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = quantities.article_time_spans(en, "en"), quantities.article_time_spans(es, "es")
                if len(english) == 1 and len(spanish) == 1:
                    compared += 1
                    disagreeing += not math.isclose(english[0][0], spanish[0][0], rel_tol=0.05)
    assert compared >= 45 and disagreeing == 0


@needs_corpus
def test_faithful_corpus_pairs_say_their_measures_with_an_article_alike_or_converted():
    """4 sentence pairs of the dev corpus say one measure with an article on both sides ("a foot" / "un pie", "a
    kilo" / "un kilo", "one meter" / "un metro", "one gram" / "un gramo"), each of one size on both sides."""
    compared = disagreeing = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = quantities.article_measures(en, "en"), quantities.article_measures(es, "es")
                if len(english) == 1 and len(spanish) == 1 and english[0][0] == spanish[0][0]:
                    compared += 1
                    disagreeing += not math.isclose(english[0][1], spanish[0][1], rel_tol=quantities.MEASURE_TOLERANCE)
    assert compared >= 4 and disagreeing == 0


@needs_corpus
def test_sentences_without_a_digit_hold_no_date_time_or_numeral():
    """extract_numbers skips the date, time and numeral patterns on a sentence without ``\\d``: on real news in
    both languages (and Unicode digits, which ``\\d`` also matches), those patterns indeed find nothing there."""
    sentences = {"en": ["Sales rose ٣ percent on March ٥ at ١٠:٣٠ a.m."], "es": ["Subió un ٣ por ciento el ٥ de marzo."]}
    for set_name in ("tico19", "flores200-devtest", "wmt-newstest-2008-2010"):
        for record in corpus_records(set_name, 60):
            for lang in ("en", "es"):
                sentences[lang] += record[lang]
    for lang, texts in sentences.items():
        patterns = numbers._patterns(lang)
        checked = [pattern for kind in ("date", "time", "number") for pattern in patterns[kind]]
        without_digit = [text for text in texts if not numbers.DIGIT.search(text)]
        assert len(without_digit) > 100
        for text in without_digit:
            assert not any(pattern.search(text) for pattern in checked), text
        assert {"percent", "date"} <= {m.kind for m in extract_numbers(sentences[lang][0], lang) if m.strong}


def _unicode() -> str:
    """Every code point but the surrogates, as one string."""
    return "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)


def _lowered_pattern_letters() -> set[str]:
    """The letters of every pattern run on ``lowered_view`` text (and of the pronoun patterns, which do too)."""
    from bilingo.rules import pronouns

    sources = [numbers.REFERENCE_CUE.pattern]
    for lang in ("en", "es"):
        patterns = numbers._patterns(lang)
        sources += [p.pattern for kind in ("words_lowered", "date_cue", "time_cue") for p in patterns[kind]]
        sources += [pronouns._pronoun_pattern(lang, plural, True).pattern for plural in (False, True)]
    return {char.lower() for source in sources for char in source if char.isalpha()}


def test_lowered_view_is_a_faithful_case_insensitive_view_over_all_of_unicode():
    """What ``numbers.lowered_view`` relies on, checked over every character: outside ``_CASE_EXCEPTIONS``,
    ``str.lower`` keeps a character one character and keeps word characters, spaces and digits what they are,
    and a character matches a pattern letter under re.IGNORECASE exactly when its lower case is that letter."""
    everything = _unicode()
    exceptions = set(numbers._CASE_EXCEPTIONS.pattern.strip("[]"))
    assert exceptions == {"\u0130", "\u0131", "\u017f"}
    letters = _lowered_pattern_letters()
    lowering: dict[str, set[str]] = {letter: set() for letter in letters}
    for char in everything:
        if char.lower() in lowering:
            lowering[char.lower()].add(char)
    for letter in letters:
        matching = {match.group() for match in re.finditer(re.escape(letter), everything, re.IGNORECASE)}
        assert matching - exceptions == lowering[letter] - exceptions, letter
    kept = "".join(char for char in everything if char not in exceptions)
    assert len(kept.lower()) == len(kept)
    for cls in (r"\w", r"\s", r"\d"):
        pattern = re.compile(cls)
        assert [m.start() for m in pattern.finditer(kept)] == [m.start() for m in pattern.finditer(kept.lower())]


@needs_corpus
def test_cues_and_the_lowered_pass_change_no_mention(monkeypatch):
    """``extract_numbers`` with its cues and one-pass lowered search finds the very mentions of its plain path
    (``lowered_view`` answering None runs every pattern, case-insensitively, on the text itself), on corpus
    sentences as written, upper-cased and title-cased; and every cue is in every text its pattern matches."""
    sentences = {"en": [], "es": []}
    for set_name in ("tico19", "flores200-devtest", "wmt-newstest-2008-2010"):
        for record in corpus_records(set_name, 60):
            for lang in ("en", "es"):
                sentences[lang] += record[lang]
    sentences["en"] += ["Fig. 3 and 4 of chapter IV, in the 21st century: 5 dozen at 10 a.m. on Sept. 3, $5 bn",
                        "In the ſixties, İstanbul had 5 ıtems"]
    sentences["es"] += ["Tabla 2, nº 5, en el siglo XVI y el capítulo IX: tres docenas a las 10 de la mañana",
                        "El 3 de MARZO a las 20.30 h, veinticinco por ciento y 1.200 millones"]
    for lang, texts in sentences.items():
        texts = [variant for text in texts for variant in (text, text.upper(), text.title())]
        fast = [extract_numbers(text, lang) for text in texts]
        patterns = numbers._patterns(lang)
        for text in texts:
            lowered = numbers.lowered_view(text)
            if lowered is None:
                continue
            for pattern, cue in zip(patterns["time"], patterns["time_cue"]):
                assert not pattern.search(text) or cue.search(lowered), (pattern.pattern, text)
            date_cue = text if lang == "en" else lowered
            assert not any(p.search(text) for p in patterns["date"]) or patterns["date_cue"][0].search(date_cue)
            if any(numbers.REFERENCE_BEFORE.search(text[: digit.start()]) for digit in re.finditer(r"\d", text)):
                assert numbers.REFERENCE_CUE.search(lowered), text
        monkeypatch.setattr(numbers, "lowered_view", lambda text: None)
        assert [extract_numbers(text, lang) for text in texts] == fast
        monkeypatch.undo()


def test_imperial_first_letters_are_every_letter_an_imperial_unit_may_start_with():
    """``_converted`` skips numbers whose next letter is none of ``IMPERIAL_FIRST_LETTERS``: those are all the
    characters re.IGNORECASE lets open one of the units."""
    openings = set()
    for pattern, _ in numbers.IMPERIAL_UNITS:  # "^\s?(?:lbs?|pounds? (?:of|in weight))\b": "l", "p"
        assert pattern.pattern.startswith(r"^\s?(?:")
        body = pattern.pattern[len(r"^\s?(?:") : pattern.pattern.rindex(")")]
        openings |= {alternative[0] for alternative in re.sub(r"\([^()]*\)", "", body).split("|")}
    assert openings == set("mfilpabsgoyt")
    matching = {match.group() for match in re.finditer("[mfilpabsgoyt]", _unicode(), re.IGNORECASE)}
    assert matching == set(numbers.IMPERIAL_FIRST_LETTERS)
    # FAHRENHEIT's openings: "°", "degrees", "grados F", "-degree" (after at most one space)
    # (a space before them is skipped by ``_converted`` itself, so spaces are not openings)
    fahrenheit = {character for character in _unicode() if not character.isspace() for space in ("", " ")
                  for rest in ("", "egrees", "rados F", "degree") if numbers.FAHRENHEIT.match(space + character + rest)}
    assert fahrenheit == set(numbers.FAHRENHEIT_FIRST_LETTERS)


def test_code_check_near_the_number_is_the_check_of_the_whole_text():
    """``_is_code`` searches the last ``CODE_WINDOW`` characters first: the same answer as the whole text."""
    texts = ["COVID-19", "post-2012", "UTC+ 0800", "x" * 40 + "Covid-19", "a" * 31 + "B-2", "a" * 32 + "B-2",
             "A" * 33 + "b-5", "F-\n16", "mid-\n2009", "Catch-22 and COVID−19, " + "w" * 50 + "-3", "+ 4"]
    for text in texts:
        for start in range(len(text) + 1):
            expected = bool(m := numbers.CODE_BEFORE.search(text[:start])) and not m.group(1).islower()
            before = text[start - 1] if start else ""
            if before in "-+\u2212\n" or (before.isspace() and text[start - 2: start - 1] in ("+", "\u2212")):
                assert numbers._is_code(text, start) == expected, (text, start)
            else:
                assert not expected, (text, start)


# --- two amounts swapped between what they count ----------------------------------------------------------------


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The storm damaged 300 homes and 50 businesses.", "La tormenta dañó 50 viviendas y 300 negocios.", "50",
     "50 businesses in English but 50 viviendas in Spanish"),
    ("The team scored 3 goals in 4 games.", "El equipo marcó 4 goles en 3 partidos.", "3",
     "3 goals in English but 3 partidos in Spanish"),
    ("Police towed 40 cars and 12 trucks.", "La policía remolcó 12 autos y 40 camiones.", "40",
     "40 cars in English but 40 camiones in Spanish"),
    # what an amount is for, after "for" or "para"
    ("Tickets cost $15 for adults and $10 for children.", "Los boletos cuestan $10 para adultos y $15 para niños.",
     "$15", "$15 adults in English but $15 niños in Spanish"),
    # past a currency said in words, as Spanish copy writes it; and after "in", "at", "en", "por"
    ("Tickets cost $15 for adults and $10 for children.",
     "Los boletos cuestan 10 dólares para adultos y 15 dólares para niños.", "15", "$15 adults in English but 15 niños "
     "in Spanish"),
    ("Tickets cost $25 in advance and $30 at the door.",
     "Las entradas cuestan 30 dólares por adelantado y 25 en la puerta.", "25", "$25 advance in English but 25 puerta "
     "in Spanish"),
])
def test_two_amounts_swapped_between_what_they_count_are_reported(en, es, flagged, message):
    (finding,) = number_mismatches(aligned_pair(en, es), Settings())
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("number-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The storm damaged 300 homes and 50 businesses.", "La tormenta dañó 300 viviendas y 50 negocios."),
    ("Tickets cost $15 for adults and $10 for children.", "Los boletos cuestan $15 para adultos y $10 para niños."),
    ("Tickets cost $15 for adults and $10 for children.",
     "Los boletos cuestan 15 dólares para adultos y 10 dólares para niños."),
    ("Tickets cost $25 in advance and $30 at the door.",
     "Las entradas cuestan 25 dólares por adelantado y 30 en la puerta."),
    # a year counts nothing; a noun said after both numbers on one side is no swap
    ("In 2006 received 40 letters.", "En 2006 recibió 40 cartas."),
    ("The index fell below the 6,000-point mark and closed at 5,839 points.",
     "El índice cayó bajo el límite de 6000 puntos y cerró en 5.839 unidades."),
    # the same number twice on a side: which is which is unclear
    ("Of 10 schools, 10 stayed open.", "De 10 escuelas, 10 siguieron abiertas."),
])
def test_amounts_counting_the_same_things_or_no_clear_swap_are_not_reported(en, es):
    assert number_mismatches(aligned_pair(en, es), Settings()) == []


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The fee will rise from $25 to $40.", "La tarifa subirá de $40 a $25.",
     "$40 a $25", "from $25 to $40 in English but de $40 a $25 in Spanish"),
    ("Enrollment fell from 1,200 to 950 students.", "La matrícula bajó de 950 a 1.200 estudiantes.",
     "950 a 1.200", "from 1,200 to 950 in English but de 950 a 1.200 in Spanish"),
    # (the fifty-first round) the currency after the first number
    ("The bus fare will increase from $1.50 to $2.", "La tarifa del autobús bajará de 2 dólares a 1.50.",
     "2 dólares a 1.50", "from $1.50 to $2 in English but de 2 dólares a 1.50 in Spanish"),
])
def test_a_span_whose_start_and_end_are_swapped_is_reported(en, es, flagged, message):
    """Every number matches, but the change runs the other way: a rise turned into a fall. (On the dev corpus, 15
    sentence pairs say one "from ... to" on each side, none reversed; with the Spanish numbers swapped, 14 are
    found.)"""
    (finding,) = number_mismatches(aligned_pair(en, es), Settings())
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("number-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The fee will rise from $25 to $40.", "La tarifa subirá de $25 a $40."),
    ("The bus fare will increase from $1.50 to $2.", "La tarifa del autobús subirá de 1.50 dólares a 2 dólares."),
    ("The price fell from $4 to $3.50.", "El precio bajó de 4 dólares a 3.50."),
    ("Temperatures will range from 70 to 85 degrees.", "Las temperaturas oscilarán entre 70 y 85 grados."),
    ("Prices went from $3 to $4, and wages from $10 to $12.", "Los precios pasaron de $4 a $3 y los salarios de $12 "
     "a $10."),  # two spans on a side: which is which is left alone
])
def test_a_span_said_in_the_same_order_or_unclear_is_not_reported(en, es):
    assert number_mismatches(aligned_pair(en, es), Settings()) == []


@pytest.mark.parametrize("en, es, flagged, message", [
    ("The hearing is set for 12/3/2026, the court said.", "La audiencia está fijada para el 12/3/2026, dijo el tribunal.",
     "12/3/2026", "12/3/2026 (December 3) in English but 12/3/2026 (12 March, read day first) in Spanish"),
    ("Ballots must be postmarked by 11/5/26.", "Las boletas deben tener matasellos del 11/5/26.",
     "11/5/26", "11/5/26 (November 5) in English but 11/5/26 (11 May, read day first) in Spanish"),
    ("The hearing is set for 12/15/2026.", "La audiencia está fijada para el 12/15/2026.",
     "12/15/2026", "12/15/2026 (December 15) in English but 12/15/2026 (no month 15, read day first) in Spanish"),
    ("The store closed on 1-9-2025.", "La tienda cerró el 1-9-2025.",
     "1-9-2025", "1-9-2025 (January 9) in English but 1-9-2025 (1 September, read day first) in Spanish"),
    ("The hearing is set for 12/3/2026.", "La audiencia está fijada para el 12 de marzo de 2026.",
     "12 de marzo", "12/3/2026 (December 3) in English but 12 de marzo in Spanish"),  # the US date read day first
])
def test_a_date_in_digits_kept_in_the_english_order_is_reported(en, es, flagged, message):
    """US English writes a date's month first, Spanish its day first: the same digits are another date, or none, to
    the Spanish reader. Every number matches, so only the order says it."""
    (finding,) = number_mismatches(aligned_pair(en, es), Settings())
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("number-mismatch", "es", flagged, message)


@pytest.mark.parametrize("en, es", [
    ("The hearing is set for 12/3/2026.", "La audiencia está fijada para el 3/12/2026."),  # the translation
    ("The hearing is set for 12/3/2026.", "La audiencia está fijada para el 3 de diciembre de 2026."),
    ("The law took effect on 5/5/2025.", "La ley entró en vigor el 5/5/2025."),  # the same either way
    ("Voters went to the polls on 2026-11-03.", "Los votantes acudieron a las urnas el 2026-11-03."),  # year first
    ("The memorial honors the victims of 9/11.", "El monumento honra a las víctimas del 9/11."),  # no year: a name
    ("The team won 3-1 and 2-0.", "El equipo ganó 3-1 y 2-0."),
])
def test_a_date_in_digits_in_each_language_s_order_or_read_alike_is_not_reported(en, es):
    assert number_mismatches(aligned_pair(en, es), Settings()) == []


def test_an_english_version_that_writes_the_day_first_keeps_its_dates_as_spanish_does():
    """A British version: "25/12/2025" opens on a number no month has, so its "3/12/2026" is 3 December too."""
    aligned = build_aligned(["The market opened on 25/12/2025.", "It closes on 3/12/2026."],
                            ["El mercado abrió el 25/12/2025.", "Cierra el 3/12/2026."])
    assert number_mismatches(aligned, Settings()) == []


def test_the_dead_and_the_injured_swapped_are_reported_once_each():
    """The casualty reading reports both numbers; the swap is not reported again on top."""
    findings = number_mismatches(aligned_pair("Officials counted 12 deaths and 40 injuries.",
                                              "Las autoridades contaron 40 muertes y 12 heridos."), Settings())
    assert [finding.text for finding in findings] == ["40", "12"]


@needs_corpus
def test_swapped_amounts_are_found_in_corpus_sentences_and_faithful_ones_stay_quiet():
    """The corpus sentences first written in English or Spanish whose first two numbers in digits count different
    nouns in Spanish ("1,099 cases ... 3 days" / "1099 casos ... 3 días"): unswapped, nothing; with the two numbers
    swapped in Spanish, found in 53% (43 of 81; 45 of 75, 44 before the noun after "for" or "para" was read, before
    "in", "at", "en" and "por" were too, which adds pairs whose swap makes a year a count: "publicado en enero de 41",
    twenty-seventh round; the others say a noun in other words than Apertium, or hold a number more on a side)."""
    faithful, swapped = [], []
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            if record.get("origlang") not in ("en", "es"):
                continue
            for en, es in zip(record["en"], record["es"]):
                strong = [m for m in extract_numbers(es, "es") if m.strong and m.kind == "number"]
                if len(strong) < 2 or strong[0].values == strong[1].values:
                    continue
                first, second = strong[:2]
                nouns = [quantities._noun_after(es, m.end) for m in (first, second)]
                if None in nouns or nouns[0][0] == nouns[1][0]:
                    continue
                faithful.append((en, es))
                swapped.append((en, es[:first.start] + second.text + es[first.end:second.start] + first.text
                                + es[second.end:]))
    assert len(swapped) >= 60
    swap_findings = [finding.message for finding in _swap_findings(swapped) if " but " in finding.message]
    assert [message for message in _swap_findings(faithful)] == []
    assert len(swap_findings) >= 0.5 * len(swapped)


def _swap_findings(pairs: list[tuple[str, str]]) -> list:
    """``quantities``' findings on each (English, Spanish) pair built as a document of its own."""
    from aligned_builder import PLAIN_PAIR

    documents = build_aligned_documents([DocumentSpec([en, PLAIN_PAIR[0]], [es, PLAIN_PAIR[1]]) for en, es in pairs])
    return [finding for document in documents for finding in quantities._swapped_amounts(
        document, document.pairs[0], {side: quantities._side_mentions(document, side, getattr(document.pairs[0], side))
                                      for side in ("left", "right")}, Settings())]


@needs_corpus
def test_reversed_scores_and_turned_approximate_bounds_are_found_in_corpus_sentences():
    """The corpus pairs that say a score on both sides ("2-1" / "2-1") are quiet as they are and found with the
    Spanish one reversed (15 of 15); those that say "nearly" or "almost" against "casi" before a number, with the
    "casi" made "más de" (6 of 6)."""
    nearly = re.compile(r"\b(?:almost|nearly)\s+\$?\d", re.IGNORECASE)
    casi = re.compile(r"\bcasi\s+(?=\$?\d)", re.IGNORECASE)
    faithful, edited = [], []
    for en, es in original_sentence_pairs():
        english, spanish = quantities.scores(en, "en"), quantities.scores(es, "es")
        spanish_scores = {score: (start, end) for score, start, end in spanish}
        shared = [score for score, _, _ in english if score in spanish_scores and score[0] != score[1]]
        if shared:
            (first, second), (start, end) = shared[0], spanish_scores[shared[0]]
            faithful.append((en, es))
            edited.append((en, es[:start] + es[start:end].replace(first, "\0").replace(second, first)
                           .replace("\0", second) + es[end:]))
        elif nearly.search(en) and casi.search(es):
            faithful.append((en, es))
            edited.append((en, casi.sub("más de ", es, count=1)))
    assert len(edited) >= 20
    documents = build_aligned_documents([DocumentSpec([en], [es]) for en, es in faithful + edited])
    found = [bool(quantities.check(document, Settings())) for document in documents]
    assert found[:len(faithful)] == [False] * len(faithful)
    assert sum(found[len(faithful):]) == len(edited)


@pytest.mark.parametrize("en, es, message", [
    ("The new law applies to landlords with more than four units.",
     "La nueva ley se aplica a propietarios con menos de cuatro unidades.", "more than four in English but menos de "
     "cuatro in Spanish"),
    ("Children under five ride free.", "Los niños mayores de cinco años viajan gratis.",
     "under five in English but mayores de cinco in Spanish"),
    ("At least three people were hurt.", "Como máximo tres personas resultaron heridas.",
     "At least three in English but Como máximo tres in Spanish"),
])
def test_a_count_in_words_bounded_the_other_way_is_reported(en, es, message):
    assert [finding.message for finding in _pair_findings(en, es)] == [message]


@pytest.mark.parametrize("en, es", [
    ("The new law applies to landlords with more than four units.",
     "La nueva ley se aplica a propietarios con más de cuatro unidades."),
    ("He spent more than two decades in prison.", "Pasó más de dos décadas en prisión."),
    ("Over three days, crews cleared the road.", "Durante tres días, los equipos despejaron la carretera."),
    ("Children under five ride free.", "Los niños menores de cinco años viajan gratis."),
])
def test_a_count_in_words_bounded_alike_or_on_one_side_is_not_reported(en, es):
    assert _pair_findings(en, es) == []


# a Spanish bound turned the other way, for the corpus measure below
BOUND_TURNED = {"más de": "menos de", "menos de": "más de", "al menos": "como máximo", "hasta": "más de",
                "casi": "más de", "mayores de": "menores de", "menores de": "mayores de"}


@needs_corpus
def test_faithful_corpus_pairs_bound_a_count_in_words_alike_and_a_turned_bound_is_found():
    """57 sentence pairs of the dev corpus bound a count in words on both sides ("more than two decades" / "más de
    dos décadas"; one said with an article, "more than a decade", is ``_turned_fraction_bounds``'), all the same way;
    with the first Spanish bound turned ("más de" → "menos de", "al menos" → "como máximo"; 52 of them say one of
    ``BOUND_TURNED``'s), 51 are found."""
    faithful, turned = [], []
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = (quantities.change_readings(en, "en", 0), quantities.change_readings(es, "es", 0))
                if not english or not spanish:
                    continue
                counts = [m for m in quantities._segment_mentions(es, "es", 0)
                          if numbers.is_count(m) and m.start in spanish and spanish[m.start][1]]
                if not counts or not any(numbers.is_count(m) and m.start in english and english[m.start][1]
                                         for m in quantities._segment_mentions(en, "en", 0)):
                    continue
                faithful.append(DocumentSpec([en, PLAIN_PAIR[0]], [es, PLAIN_PAIR[1]]))
                said = spanish[counts[0].start][1][1]
                start = es.rfind(said, 0, counts[0].start)
                if said.lower() in BOUND_TURNED and start >= 0:
                    words = BOUND_TURNED[said.lower()]
                    words = words[0].upper() + words[1:] if said[0].isupper() else words
                    turned.append(DocumentSpec([en, PLAIN_PAIR[0]],
                                               [es[:start] + words + es[start + len(said):], PLAIN_PAIR[1]]))
    def bounded_otherwise(documents: list[DocumentSpec]) -> list[bool]:
        return [any("counterpart_said_as" in finding.evidence for finding in number_mismatches(document, Settings()))
                for document in build_aligned_documents(documents)]

    assert len(faithful) >= 50 and not any(bounded_otherwise(faithful))
    assert len(turned) >= 45 and sum(bounded_otherwise(turned)) >= 0.9 * len(turned)


def test_a_date_changed_in_a_short_sentence_mt_renders_badly_is_reported():
    """"The budget takes effect Oct. 1." / "El presupuesto entra en vigor el 1 de noviembre." scores 0.13 in chrF
    (Apertium: "The estimate goes in in force on 1 November"): a translation all the same, its date changed."""
    assert [finding.message for finding in _pair_findings("The budget takes effect Oct. 1.",
                                                          "El presupuesto entra en vigor el 1 de noviembre.")] == [
        "Oct. 1 in English but 1 de noviembre in Spanish"]


@pytest.mark.parametrize("en, es, message", [
    ("The complex will have 200 apartments.", "El complejo tendrá 200 residentes.",
     "200 apartments in English but 200 residentes in Spanish"),
    ("The ship carried 500 passengers.", "El barco transportaba 500 vehículos.",
     "500 passengers in English but 500 vehículos in Spanish"),
    ("The hotel has 300 rooms.", "El hotel tiene 300 empleados.", "300 rooms in English but 300 empleados in Spanish"),
    ("The developer plans to build 120 townhomes.", "El desarrollador planea construir 120 oficinas.",
     "120 townhomes in English but 120 oficinas in Spanish"),
    ("The new stadium will seat 40,000 fans.", "El nuevo estadio tendrá capacidad para 40,000 vehículos.",
     "40,000 fans in English but 40,000 vehículos in Spanish"),
    ("Crews planted 500 trees along the river.", "Los equipos plantaron 500 flores a lo largo del río.",
     "500 trees in English but 500 flores in Spanish"),
    ("The tower will have 30 floors.", "La torre tendrá 30 departamentos.",
     "30 floors in English but 30 departamentos in Spanish"),
    ("The forward scored 30 points and grabbed 12 rebounds.", "El alero anotó 30 puntos y 12 goles.",
     "12 rebounds in English but 12 goles in Spanish"),
    ("The drive collected 2,000 coats.", "La colecta reunió 2,000 juguetes.",
     "2,000 coats in English but 2,000 juguetes in Spanish"),
    # (the fifty-first round: a suspension's games said seasons)
    ("The coach was suspended for 3 games.", "El entrenador fue suspendido por 3 temporadas.",
     "3 games in English but 3 temporadas in Spanish"),
    # (the forty-sixth round's kinds; a good a number counts is this rule's, not description-mismatch's)
    ("The toy drive collected 500 toys.", "La colecta de juguetes reunió 500 libros.",
     "500 toys in English but 500 libros in Spanish"),
    ("The company recalled 2,000 strollers.", "La empresa retiró del mercado 2,000 cunas.",
     "2,000 strollers in English but 2,000 cunas in Spanish"),
    ("The ship was carrying 3,000 cars.", "El barco transportaba 3,000 contenedores.",
     "3,000 cars in English but 3,000 contenedores in Spanish"),
    ("The county will buy 20 new ambulances.", "El condado comprará 20 nuevos camiones de bomberos.",
     "20 ambulances in English but 20 camiones in Spanish"),
    ("The city will plant 5,000 trees along major streets.",
     "La ciudad plantará 5,000 arbustos a lo largo de las calles principales.",
     "5,000 trees in English but 5,000 arbustos in Spanish"),
    # (the fifty-third round: families)
    ("The lawsuit was filed on behalf of 5 families.", "La demanda fue presentada en nombre de 5 escuelas.",
     "5 families in English but 5 escuelas in Spanish"),
    ("The program helped 40 families.", "El programa ayudó a 40 personas.",
     "40 families in English but 40 personas in Spanish"),
])
def test_a_number_counting_another_kind_of_thing_is_reported(en, es, message):
    """The same number counts people on one side and homes, vehicles, rooms or jobs on the other (forty-fifth round:
    ``quantities.COUNTED_KINDS``)."""
    (finding,) = number_mismatches(build_aligned([en], [es]), Settings())
    assert finding.message == message


@pytest.mark.parametrize("en, es", [
    ("The hotel has 300 rooms and 40 employees.", "El hotel tiene 300 habitaciones y 40 empleados."),
    ("The project will create 500 new jobs.", "El proyecto creará 500 nuevos empleos."),
    ("The shelter housed 120 people and 30 dogs.", "El refugio albergó a 120 personas y 30 perros."),
    ("The bus carried 40 passengers.", "El autobús llevaba a 40 pasajeros."),
    ("The company sold 9,000 units in May.", "La empresa vendió 9.000 vehículos en mayo."),  # ("units": anything)
    ("The index closed at 10,579 points.", "El índice cerró en 10.579 unidades."),
    ("The clinic logged 200 cases.", "La clínica registró 200 asistencias médicas."),  # ("asistencias": not read)
    ("The team played 12 games in 30 days.", "El equipo jugó 12 partidos en 30 días."),
    ("The fire destroyed 12 homes.", "El incendio destruyó 12 viviendas."),
    ("The food bank served 300 families.", "El banco de alimentos atendió a 300 familias."),
    ("The storm left 2,000 households without power.", "La tormenta dejó sin luz a 2.000 viviendas."),
    ("The food bank served 300 families.", "El banco de alimentos atendió a 300 hogares."),
])
def test_a_number_counting_the_same_kind_or_an_unread_word_is_not_reported(en, es):
    assert number_mismatches(build_aligned([en], [es]), Settings()) == []


_NUMBER_IN_DIGITS = re.compile(r"(?<![\d.,])\d[\d.,]*\d|(?<![\d.,])\d(?![\d])")


def _counted(text: str, lang: str) -> dict[str, tuple[int, tuple[str, str] | None]]:
    """Where each number written once in ``text`` ends and what it counts, by its digits."""
    ends: dict[str, list[int]] = {}
    for match in _NUMBER_IN_DIGITS.finditer(text):
        ends.setdefault(re.sub(r"[.,]", "", match.group()), []).append(match.end())
    return {digits: (found[0], quantities.counted_kind(text, found[0], lang)) for digits, found in ends.items()
            if len(found) == 1}


@needs_corpus
def test_faithful_corpus_pairs_count_the_same_kind_of_thing_and_a_turned_one_is_found():
    """143 sentence pairs of the dev corpus write a number once on each side and count a thing of
    ``quantities.COUNTED_KINDS`` with it on both sides, all the same kind (6 more disagreed while "unidades" and
    "units" were dwellings: an index's points, cars sold); with the Spanish word turned into another kind's, the
    whole rule finds 141 of the 143 (a "2000" counts nothing: a year's; another pair's number is reported for its bound
    first)."""
    faithful, turned = [], []
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = _counted(en, "en"), _counted(es, "es")
                shared = [digits for digits in english if english[digits][1] and spanish.get(digits, (0, None))[1]]
                if not shared:
                    continue
                faithful.append((english[shared[0]][1], spanish[shared[0]][1]))
                end, (kind, word) = spanish[shared[0]]
                other = "vehículos" if kind != "vehicles" else "personas"
                start = es.find(word, end)
                turned.append(DocumentSpec([en, PLAIN_PAIR[0]], [es[:start] + other + es[start + len(word):],
                                                                 PLAIN_PAIR[1]]))
    assert len(faithful) >= 140 and all(english[0] == spanish[0] for english, spanish in faithful)
    found = [any(finding.evidence.get("counterpart_said_as") in ("vehículos", "personas")
                 or finding.evidence.get("said_as") in ("vehículos", "personas")
                 for finding in number_mismatches(document, Settings()))
             for document in build_aligned_documents(turned)]
    assert len(turned) >= 130 and sum(found) >= 0.9 * len(turned)


@pytest.mark.parametrize("en, es", [
    ("He was sentenced to two and a half years in prison.", "Fue condenado a dos años y medio de prisión."),
    ("The film runs 2.5 hours.", "La película dura dos horas y media."),
    ("The storm dumped snow for 2.5 days across the valley.",
     "La tormenta dejó nieve durante dos días y medio en el valle."),
    ("The shelter is 4.5 miles from the school.", "El refugio está a cuatro millas y media de la escuela."),
    ("She waited two hours and a half for the bus.", "Esperó dos horas y media el autobús."),
    ("The baby weighed seven and a half pounds.", "El bebé pesó siete libras y media."),
    ("The meeting starts at half past three.", "La reunión empieza a las tres y media."),
    ("The store opens at 9:30 a.m.", "La tienda abre a las nueve y media de la mañana."),
    # (a faithful dev-corpus pair, whose English says two and a half hours its own way)
    ("Sangre de mayo, a film longer than 2.30 hours, debuts this Friday at the cinemas.",
     "Sangre de mayo, con un metraje superior a las dos horas y media, se estrena este viernes."),
])
def test_a_half_said_after_its_unit_is_the_numbers_half(en, es):
    """"dos horas y media" is 2.5 hours, as "two and a half hours" and "2.5 hours" are: Spanish says the half
    after the unit, which a number's own words do not reach. Read as the number alone, a faithful "2.5 hours" was an
    error (one pair of the dev corpus, "2.30 hours" / "dos horas y media"); a clock's "las tres y media" stays a
    time of day."""
    assert _pair_findings(en, es) == []


@pytest.mark.parametrize("en, es, message", [
    ("He was sentenced to two and a half years in prison.", "Fue condenado a tres años y medio de prisión.",
     "two and a half in English but tres años y medio in Spanish"),
    ("The trip takes an hour and a half by bus.", "El viaje dura dos horas y media en autobús.",
     "an hour and a half in English but dos horas y media in Spanish"),
    ("The storm dumped snow for 2.5 days across the valley.",
     "La tormenta dejó nieve durante cuatro días y medio en el valle.",
     "2.5 in English but cuatro días y medio in Spanish"),
    ("The hearing lasted two hours.", "La audiencia duró dos horas y media.",
     "two in English but dos horas y media in Spanish"),
    ("She waited two hours and a half for the bus.", "Esperó tres horas y media el autobús.",
     "two hours and a half in English but tres horas y media in Spanish"),
    ("The fire burned for five and a half days.", "El incendio ardió durante cinco días.",
     "five and a half in English but cinco in Spanish"),
])
def test_a_changed_count_with_a_half_is_reported(en, es, message):
    """A count and its half changed, or the half dropped or added: "two and a half years" / "tres años y medio".
    Before the half was read after its unit, these were a count against an unread half (no finding) or the same
    count on both sides."""
    assert [finding.message for finding in _pair_findings(en, es)] == [message]


@pytest.mark.parametrize("en, es, messages", [
    ("The pitcher signed a one-year deal with the team on Friday.",
     "El lanzador firmó por cinco años con el equipo el viernes.", ["one in English but cinco in Spanish"]),
    ("The pitcher signed a one-year deal with the team on Friday.",
     "El lanzador firmó por un año con el equipo el viernes.", []),
    ("The pitcher signed a one-year contract.", "El lanzador firmó un contrato de un año.", []),
    ("The player got a one-game suspension.", "El jugador recibió una suspensión de un partido.", []),
])
def test_one_unit_said_with_an_article_and_a_hyphen_is_counted(en, es, messages):
    """"a one-year deal": the article and the hyphen before "one" ("a one-time payment", "one-on-one") otherwise
    say no count, but one unit of time or of games is one, compared with a count the other side has left over."""
    assert [finding.message for finding in _pair_findings(en, es)] == messages


@pytest.mark.parametrize("en, es, messages", [
    ("The film is 150 minutes long.", "La película dura dos horas y media.", []),
    ("The surgery lasted two hours and 15 minutes.", "La cirugía duró dos horas y cuarto.", []),
    ("The surgery lasted two and a quarter hours.", "La cirugía duró dos horas y cuarto.", []),
    ("The road was closed for 48 hours.", "La carretera estuvo cerrada dos días.", []),
    ("The film is 150 minutes long.", "La película dura tres horas y media.",
     ["150 in English but tres horas y media in Spanish"]),
    ("The surgery lasted two and a quarter hours.", "La cirugía duró tres horas y cuarto.",
     ["two and a quarter in English but tres horas y cuarto in Spanish"]),
])
def test_a_length_of_time_said_in_another_unit_is_one_length(en, es, messages):
    """"150 minutes" / "dos horas y media", "two hours and 15 minutes" / "dos horas y cuarto": one length of time in
    each side's units (two numbers of one sentence adding up to it too), not a number missing; a quarter after a unit
    is a quarter of it, as a half is. The first three faithful pairs were number-mismatch errors before (48 hours
    against two days was read already: the days' span is said in hours too)."""
    assert [finding.message for finding in _pair_findings(en, es)] == messages


@pytest.mark.parametrize("en, es, messages", [
    ("The whale weighed 40 tons.", "La ballena pesaba 40.000 kilos.", []),
    ("The race is 2 kilometers long.", "La carrera tiene 2.000 metros de largo.", []),
    ("The package weighed 1.5 kilos.", "El paquete pesaba 1.500 gramos.", []),
    ("The tank holds 2,000 liters.", "El tanque tiene capacidad para 2 metros cúbicos.", []),
    ("The tank holds 2,000 liters.", "El tanque tiene capacidad para 3 metros cúbicos.",
     ["2,000 in English but 3 in Spanish"]),
    ("The storm dumped 5,000 tons of sand on the beach.", "La tormenta dejó 4.500 toneladas de arena en la playa.", []),
    ("The truck weighed 20 tons.", "El camión pesaba 20 toneladas.", []),
    ("The whale weighed 40 tons.", "La ballena pesaba 30.000 kilos.", ["40 in English but 30.000 in Spanish"]),
    ("The race is 2 kilometers long.", "La carrera tiene 1.000 metros de largo.",
     ["2 in English but 1.000 in Spanish"]),
    ("The truck weighed 20 tons.", "El camión pesaba 20 libras.", ["20 tons in English but 20 libras in Spanish"]),
    ("The truck weighed 20 tons.", "El camión pesaba 20 kilos.", ["20 tons in English but 20 kilos in Spanish"]),
    # (one unit: two measures, however close)
    ("Lightning strikes at a height of 56 kilometres.", "Los rayos caen a una altura de 54 kilómetros.",
     ["56 in English but 54 in Spanish"]),
])
def test_a_measure_said_in_another_unit_of_its_dimension_is_one_measure(en, es, messages):
    """"40 tons" / "40.000 kilos": one weight in each side's unit, not a number changed (within 10%: a ton may be a
    short one, 907 kg, and "5,000 tons" / "4.500 toneladas" is one converted); the same number in another unit of
    the dimension is a unit renamed ("20 tons" / "20 libras"). The first three faithful pairs were number-mismatch
    errors before, and tons against pounds was not read."""
    assert [finding.message for finding in _pair_findings(en, es)] == messages


@pytest.mark.parametrize("en, es, messages", [
    ("The festival is held every year in May.", "El festival se celebra cada dos años en mayo.",
     ["every year in English but cada dos años in Spanish"]),
    ("Trash is collected every week in the summer.", "La basura se recoge cada dos semanas en verano.",
     ["every week in English but cada dos semanas in Spanish"]),
    ("The festival is held every year in May.", "El festival se celebra cada año en mayo.", []),
    ("He has voted every year since 1990.", "Ha votado todos los años desde 1990.", []),
])
def test_every_says_how_often_whatever_follows(en, es, messages):
    """"every year in May": "every" before a unit of time says how often whatever word comes next ("a year in
    prison" does not, nor "every year's"). The first was not read before: "in" after the unit had ended it."""
    assert [finding.message for finding in _pair_findings(en, es)] == messages
