"""name-mismatch, for a person's office: the title before the same name changed in translation, on real text and
real Apertium."""

from __future__ import annotations

import pytest

from aligned_builder import CORPUS_DEV, build_aligned, build_aligned_documents, clean_corpus_documents, corpus_records, corpus_spec
from bilingo.rules import titles
from bilingo.rules.titles import titles_before_names
from bilingo.settings import Settings

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def test_titles_are_found_before_names_in_both_languages():
    found = titles_before_names("Gov. Gavin Newsom and Lt. Gov. Eleni Kounalakis met Police Chief Tom Brown.", "en")
    assert [(sorted(title.offices), title.text, title.surname) for title in found] == [
        (["governor"], "Gov", "newsom"), (["lieutenant governor"], "Lt. Gov", "kounalakis"),
        (["police chief"], "Police Chief", "brown")]
    found = titles_before_names("Hablaron el jefe de policía Tom Brown y la senadora estatal María Elena Durazo.", "es")
    assert [(sorted(title.offices), title.text, title.name) for title in found] == [
        (["police chief"], "jefe de policía", "Tom Brown"), (["senator"], "senadora", "María Elena Durazo")]
    assert titles_before_names("The mayor said the council would vote again.", "en") == ()  # no name after it


def test_a_school_s_people_keep_their_roles_under_spanish_titles_or_are_reported():
    """A local story's principal, teacher, nurse: "Principal Ana Ruiz" is "la directora Ana Ruiz", not "la maestra"."""
    document = build_aligned(
        ["Principal Ana Ruiz welcomed the students.", "Nurse Tom Brown checked every child.",
         "Teacher Eva Gil read the list."],
        ["La maestra Ana Ruiz dio la bienvenida a los estudiantes.", "El enfermero Tom Brown revisó a cada niño.",
         "La profesora Eva Gil leyó la lista."],
    )
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "Ana Ruiz: Principal in English but maestra in Spanish"]


def test_a_founder_made_the_director_is_reported():
    """A community group's founder said to be its director (the fifty-fourth round); founder on both sides, or beside
    the director's title, is the same role."""
    en = ["\"I am proud of what we built,\" said Rosa Díaz, the center's founder."]
    es = ["\"Estoy orgullosa de lo que construimos\", dijo Rosa Díaz, la directora del centro."]
    assert [finding.message for finding in titles.check(build_aligned(en, es), Settings())] == [
        "Rosa Díaz: founder in English but directora in Spanish"]
    for spanish in ("Rosa Díaz, fundadora del centro, habló el lunes.",
                    "Rosa Díaz, cofundadora del centro, habló el lunes."):
        assert titles.check(build_aligned(["Rosa Díaz, the center's founder, spoke on Monday."], [spanish]),
                            Settings()) == []


def test_an_assistant_or_a_deputy_made_the_chief_is_reported():
    """"Assistant Principal Ana Ruiz" is "la subdirectora Ana Ruiz"; "la directora" gives her the principal's office."""
    document = build_aligned(
        ["Assistant Principal Ana Ruiz said classes will resume Monday.",
         "Deputy Police Chief Tom Brown said the suspect fled.",
         "Vice Principal Eva Gil and Assistant Chief Luis Mora spoke."],
        ["La directora Ana Ruiz dijo que las clases se reanudarán el lunes.",
         "El jefe de policía Tom Brown dijo que el sospechoso huyó.",
         "Hablaron la subdirectora Eva Gil y el subjefe Luis Mora."],
    )
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "Ana Ruiz: Assistant Principal in English but directora in Spanish",
        "Tom Brown: Deputy Police Chief in English but jefe de policía in Spanish"]


def test_a_changed_office_is_reported_on_the_translated_title():
    document = build_aligned(
        ["Mayor Ana Ruiz said the city would appeal the ruling.",
         "Police Chief Tom Brown said officers would patrol the park at night."],
        ["La gobernadora Ana Ruiz dijo que la ciudad apelará el fallo.",
         "El alcalde Tom Brown dijo que los agentes patrullarán el parque de noche."],
    )
    found = titles.check(document, Settings())
    assert [finding.message for finding in found] == [
        "Ana Ruiz: Mayor in English but gobernadora in Spanish",
        "Tom Brown: Police Chief in English but alcalde in Spanish"]
    assert [finding.rule for finding in found] == ["name-mismatch", "name-mismatch"]
    assert [document.right.source.text[f.start:f.end] for f in found] == ["gobernadora", "alcalde"]
    assert found[0].evidence["offices"] == ["governor"] and found[0].evidence["counterpart_offices"] == ["mayor"]


def test_a_bio_that_gives_another_role_in_each_language_is_reported():
    """The mission's author bio that says something else in each language: the role said after the name."""
    document = build_aligned(
        ["Ana Gil is a housing reporter for the Eastside Gazette.", "Ana Ruiz, the city's mayor, said so."],
        ["Ana Gil es editora de vivienda del Eastside Gazette.", "Ana Ruiz, gobernadora del estado, lo dijo."],
    )
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "Ana Gil: reporter in English but editora in Spanish", "Ana Ruiz: mayor in English but gobernadora in Spanish"]
    # a newsroom's fellow and intern are roles of their own (fifty-sixth round)
    document = build_aligned(
        ["Elena Cruz is a fellow with the Solutions Journalism Network.", "Tomás Vega is an intern at the Tribune."],
        ["Elena Cruz es pasante de la Solutions Journalism Network.", "Tomás Vega es reportero del Tribune."],
    )
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "Elena Cruz: fellow in English but pasante in Spanish", "Tomás Vega: intern in English but reportero in Spanish"]


def test_a_credit_line_that_swaps_its_people_s_work_is_reported():
    """"Reporting by Ana Torres; editing by Jim Park" said the other way round (sixty-second round): the same two
    names, each given the other's work."""
    document = build_aligned(["Reporting by Ana Torres; editing by Jim Park."],
                             ["Reportaje de Jim Park; edición de Ana Torres."])
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "Jim Park: editing in English but Reportaje in Spanish",
        "Ana Torres: Reporting in English but edición in Spanish"]
    document = build_aligned(["Photos by Ana Torres. Video by Jim Park."], ["Fotos de Jim Park. Video de Ana Torres."])
    assert len(titles.check(document, Settings())) == 2


def test_a_spanish_office_set_in_apposition_before_the_name_is_compared():
    document = build_aligned(["Police Chief William McManus and Gov. Greg Abbott disagreed."],
                             ["El alcalde, William McManus, y el senador de Texas, Greg Abbott, discreparon."])
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "William McManus: Police Chief in English but alcalde in Spanish",
        "Greg Abbott: Gov in English but senador in Spanish"]


def test_a_spokesperson_made_an_official_is_reported():
    document = build_aligned(["Press Secretary Karine Jean-Pierre said the president would sign the bill."],
                             ["La vicepresidenta Karine Jean-Pierre dijo que el presidente firmaría el proyecto."])
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "Karine Jean-Pierre: Press Secretary in English but vicepresidenta in Spanish"]


def test_offices_in_a_list_of_officials_are_each_compared():
    document = build_aligned(
        ["U.S. Rep. Joaquin Castro and State Sen. José Menéndez sent a letter, said Commissioner Rebeca Clay-Flores."],
        ["El representante federal Joaquín Castro y el representante estatal José Menéndez enviaron una carta, dijo "
         "la concejala Rebeca Clay-Flores."],
    )
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "José Menéndez: State Sen in English but representante in Spanish",
        "Rebeca Clay-Flores: Commissioner in English but concejala in Spanish"]


def test_a_bio_that_gives_another_beat_in_each_language_is_reported():
    """The mission's example: "covers education" in English, "cubre salud" in Spanish."""
    document = build_aligned(
        ["Carmen Ortiz covers education for the Riverside Ledger.", "Ana Gil covers housing and city hall."],
        ["Carmen Ortiz cubre salud para el Riverside Ledger.", "Ana Gil cubre vivienda y el ayuntamiento."],
    )
    (finding,) = titles.check(document, Settings())
    assert finding.message == "Carmen Ortiz's beat: education in English but salud in Spanish"
    assert document.right.source.text[finding.start:finding.end] == "salud"


def test_a_bio_s_role_and_beat_said_with_a_participle_or_a_relative_clause_are_compared():
    """"a reporter covering immigration" (fifty-fifth round: the role was not read before "covering", nor the beat)."""
    document = build_aligned(
        ["Maria Lopez is a reporter covering immigration for the Gazette.",
         "Ana Gil is a reporter covering immigration for the Gazette.",
         "Luis Peña is a Gazette reporter covering schools."],
        ["Maria Lopez es editora de la sección de educación de la Gaceta.",
         "Ana Gil es una periodista que cubre educación para la Gaceta.",
         "Luis Peña es un periodista que cubre educación para la Gaceta."],
    )
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "Maria Lopez: reporter in English but editora in Spanish",
        "Ana Gil's beat: immigration in English but educación in Spanish"]


def test_a_changed_role_is_reported_once_for_a_bio_whose_beat_changed_too():
    document = build_aligned(["Ana Gil is a reporter. Ana Gil covers education."],
                             ["Ana Gil es editora. Ana Gil cubre salud."])
    assert [finding.message for finding in titles.check(document, Settings())] == [
        "Ana Gil: reporter in English but editora in Spanish"]


@pytest.mark.parametrize("english, spanish", [
    # the same office, however each language titles it
    ("Rep. Luis Ortega and Speaker Nancy Pelosi attended the hearing.",
     "El congresista Luis Ortega y la presidenta de la Cámara Nancy Pelosi asistieron a la audiencia."),
    ("Dr. Marta Gil and Judge Ana Soto spoke first.", "La doctora Marta Gil y la jueza Ana Soto hablaron primero."),
    # an academic title and an office, or an office ending in "General", are not two offices
    ("The committee's chairman Dr Peter Terry said so.", "El Dr. Peter Terry, presidente del comité, lo dijo."),
    ("Attorney General Alberto Gonzales resigned.", "El Procurador General Alberto Gonzales renunció."),
    # a title phrase holding two offices; a lower-case description, which translators recast
    ("Party Vice President and Federal Agriculture Minister Horst Seehofer joins the team.",
     "El vicepresidente Horst Seehofer, ministro federal de agricultura, se une al equipo."),
    ("This is a matter for the ministerial chairman Fischer and the government.",
     "Es el asunto del primer ministro Fischer y de todo el gobierno."),
    ("State Sen. María Elena Durazo voted no.", "La senadora estatal María Elena Durazo votó en contra."),
    ("Lt. Gov. Eleni Kounalakis signed it.", "La vicegobernadora Eleni Kounalakis lo firmó."),
    ("District Attorney George Gascón filed charges.", "El fiscal George Gascón presentó cargos."),
    ("Chief Justice John Roberts wrote the opinion.", "El juez presidente John Roberts redactó la opinión."),
    ("Press Secretary Karine Jean-Pierre spoke.", "La secretaria Karine Jean-Pierre habló."),
    ("Apple CEO Tim Cook spoke.", "El director ejecutivo de Apple, Tim Cook, habló."),
    # a title dropped, recast or outside the table says nothing
    ("Mayor Ana Ruiz said the city would appeal.", "Ana Ruiz, quien dirige la ciudad, dijo que apelará."),
    # roles said after the name, the same in both languages; a list of people, each title before its name
    ("Luis Peña is a photographer and videographer based in El Paso.",
     "Luis Peña es fotógrafo y videógrafo radicado en El Paso."),
    ("Marta Ruiz is the Gazette's audience editor.", "Marta Ruiz es la editora de audiencia del Gazette."),
    ("Ruba Husari, editor of the Iraq Oil Forum, said so.", "Ruba Husari, redactora del Iraq Oil Forum, lo dijo."),
    ("Ana Ruiz, the mayor's spokeswoman, said so.", "Ana Ruiz, portavoz de la alcaldesa, lo dijo."),
    ("Former House Speaker Newt Gingrich and Texas Gov. Rick Perry finished fourth and fifth.",
     "El ex presidente de la Cámara, Newt Gingrich, el gobernador de Texas, Rick Perry, terminaron cuarto y quinto."),
    ("Rep. Luis Ortega, Speaker Nancy Pelosi and Dr. Marta Gil attended.",
     "El congresista Luis Ortega, la presidenta de la Cámara Nancy Pelosi y la doctora Marta Gil asistieron."),
    # beats said in other words, or of something that is no person
    ("Luis Peña writes about the courts, crime and immigration.", "Luis Peña escribe sobre justicia e inmigración."),
    ("Medicare covers health care for older adults.", "Medicare cubre la salud de los adultos mayores."),
    # a former office, said as former on both sides; an office held then
    ("Former Mayor Ana Ruiz said the city would appeal.", "La exalcaldesa Ana Ruiz dijo que la ciudad apelará."),
    ("Former Mayor Ana Ruiz said the city would appeal.", "La antigua alcaldesa Ana Ruiz dijo que la ciudad apelará."),
    ("Ana Ruiz, the city's former mayor, said so.", "Ana Ruiz, exalcaldesa de la ciudad, lo dijo."),
    ("Then-Gov. Rick Perry signed the bill in 2011.", "El entonces gobernador Rick Perry firmó la ley en 2011."),
    ("Gov. Rick Perry signed the bill in 2011.", "El entonces gobernador Rick Perry firmó la ley en 2011."),
    ("The former Texas Gov. Rick Perry spoke.", "El exgobernador de Texas Rick Perry habló."),
    ("Mayor Ana Ruiz met former staff and Gov. Luis Pérez.",
     "La alcaldesa Ana Ruiz se reunió con antiguos empleados y con el gobernador Luis Pérez."),
    # two people, each with an office
    ("Mayor Ana Ruiz and Gov. Luis Pérez met on Monday.", "La alcaldesa Ana Ruiz y el gobernador Luis Pérez se reunieron el lunes."),
    # ("becario" is a fellow or an intern)
    ("Elena Cruz is a fellow with the Solutions Journalism Network.",
     "Elena Cruz es becaria de la Solutions Journalism Network."),
    ("Tomás Vega is an intern at the Tribune.", "Tomás Vega es pasante del Tribune."),
    # a credit line said alike, and a participle that is no credit
    ("Reporting by Ana Torres; editing by Jim Park.", "Reportaje de Ana Torres; edición de Jim Park."),
    ("Ana Torres, reporting by phone from Austin, said Jim Park was editing.",
     "Ana Torres, informando por teléfono desde Austin, dijo que Jim Park estaba editando."),
    # Spain's prime minister is "presidente del Gobierno"
    ("Prime Minister Pedro Sánchez visited the plant.", "El presidente del Gobierno, Pedro Sánchez, visitó la planta."),
])
def test_the_same_office_or_no_office_to_compare_stays_quiet(english, spanish):
    assert titles.check(build_aligned([english], [spanish]), Settings()) == []


@pytest.mark.parametrize("english, spanish, message", [
    ("Former Mayor Ivy Taylor spoke at the event on Tuesday.", "La alcaldesa Ivy Taylor habló en el evento el martes.",
     "Ivy Taylor: Former Mayor in English but alcaldesa in Spanish"),
    ("Mayor Ron Nirenberg spoke at the event on Tuesday.", "El exalcalde Ron Nirenberg habló en el evento el martes.",
     "Ron Nirenberg: Mayor in English but exalcalde in Spanish"),
    ("Ivy Taylor, the city's former mayor, spoke at the event.", "Ivy Taylor, alcaldesa de la ciudad, habló en el evento.",
     "Ivy Taylor: former mayor in English but alcaldesa in Spanish"),
    # "former" before the title phrase; a Spanish office of a district
    ("Former District Judge Ron Rangel retired in 2023.", "El juez de distrito Ron Rangel se jubiló en 2023.",
     "Ron Rangel: former Judge in English but juez in Spanish"),
    # a Spanish office "de la Cámara" before the name; the message names the person as English does
    ("Former House Speaker Joe Straus had blocked similar bills.",
     "El presidente de la Cámara Joe Straus había bloqueado proyectos similares.",
     "Joe Straus: former Speaker in English but presidente in Spanish"),
    # an "ex-" office, once not read at all, is compared as an office too
    ("Former Gov. Rick Perry spoke on Tuesday.", "El exalcalde Rick Perry habló el martes.",
     "Rick Perry: Former Gov in English but exalcalde in Spanish"),
])
def test_a_former_office_said_as_held_or_the_other_way_is_reported(english, spanish, message):
    """A former official made the current one (or the other way) speaks for an office they no longer hold."""
    assert [finding.message for finding in titles.check(build_aligned([english], [spanish]), Settings())] == [message]


def test_two_english_versions_compare_their_titles_too():
    document = build_aligned(["Mayor Ana Ruiz said the city would appeal the ruling."],
                             ["Gov. Ana Ruiz said the city would appeal the ruling."],
                             left_lang="en", right_lang="en", left_path="rewrite.txt", right_path="source.txt")
    (finding,) = titles.check(document, Settings())
    assert finding.message == "Ana Ruiz: Mayor in rewrite.txt but Gov in source.txt"
    assert finding.path == "source.txt"


def test_a_disabled_name_rule_compares_no_titles():
    document = build_aligned(["Mayor Ana Ruiz said the city would appeal the ruling."],
                             ["La gobernadora Ana Ruiz dijo que la ciudad apelará el fallo."])
    assert titles.check(document, Settings(disabled_rules={"name-mismatch"})) == []


@needs_corpus
def test_untouched_corpus_documents_get_no_title_finding():
    """200 flores and 60 WMT documents, paired 1:1, real Apertium: titles agree wherever both sides give one."""
    documents = list(clean_corpus_documents("flores200-devtest", 200))
    documents += build_aligned_documents([corpus_spec(record) for record in corpus_records("wmt-newstest-2008-2010", 60)])
    assert sum(len(titles.check(document, Settings())) for document in documents) == 0


@pytest.mark.parametrize("en, es, message", [
    ("Voters will choose a new sheriff.", "Los votantes elegirán un nuevo alcalde.",
     "sheriff in English but mayor ('alcalde') in Spanish"),
    ("The superintendent said schools will reopen.", "El alcalde dijo que las escuelas reabrirán.",
     "superintendent in English but mayor ('alcalde') in Spanish"),
    # a company's officers
    ("The company's CEO resigned.", "El director financiero de la empresa renunció.",
     "chief executive ('CEO') in English but chief financial officer ('director financiero') in Spanish"),
    ("The company's CEO resigned.", "El director ejecutivo de la empresa renunció.", None),
    ("The nonprofit's executive director and its CFO spoke.",
     "El director ejecutivo y la directora financiera de la organización hablaron.", None),
    # said alike, or of a named person (reported once, by the person's title)
    ("The governor and the mayor met on Monday.", "El gobernador y el alcalde se reunieron el lunes.", None),
    ("Mayor Ana Ruiz said the plan will work.", "La gobernadora Ana Ruiz dijo que el plan funcionará.",
     "Ana Ruiz: Mayor in English but gobernadora in Spanish"),
    ("Chief Financial Officer Ana Ruiz resigned.", "La directora ejecutiva Ana Ruiz renunció.",
     "Ana Ruiz: Chief Financial Officer in English but directora ejecutiva in Spanish"),
    ("Chief Financial Officer Ana Ruiz resigned.", "La directora financiera Ana Ruiz renunció.", None),
    # a deputy, and a president, a chair or a speaker ("presidente" is each)
    ("The president signed the order.", "El vicepresidente firmó la orden.",
     "president in English but vice president ('vicepresidente') in Spanish"),
    ("The deputy mayor will lead the task force.", "El alcalde dirigirá el grupo de trabajo.",
     "deputy mayor in English but mayor ('alcalde') in Spanish"),
    ("The lieutenant governor presides over the Senate.", "El gobernador preside el Senado.",
     "lieutenant governor in English but governor ('gobernador') in Spanish"),
    ("The chief of staff resigned.", "El jefe de policía renunció.",
     "chief of staff in English but police chief ('jefe de policía') in Spanish"),
    ("The board chairman spoke first.", "El presidente de la junta habló primero.", None),
    ("The Speaker of the House met the governor.", "El presidente de la Cámara se reunió con el gobernador.", None),
    # a government's minister, and a prime minister (Spain's is "el presidente del Gobierno")
    ("Protesters demanded the minister's resignation.", "Los manifestantes exigieron la renuncia del alcalde.",
     "minister in English but mayor ('alcalde') in Spanish"),
    ("The minister resigned on Tuesday.", "El ministro renunció el martes.", None),
    ("The prime minister spoke with the president.", "El primer ministro habló con el presidente.", None),
    ("The Serbian Prime Minister spoke.", "El Primer ministro serbio habló.", None),
    ("Prime Minister Pedro Sánchez spoke.", "El presidente del Gobierno, Pedro Sánchez, habló.", None),
    # a former office written as Spanish writes it, "ex" glued to the office ("un exsenador"); a prosecutor ("el
    # fiscal", not the fiscal year) and an auditor
    ("The airport will be renamed after a former governor.", "El aeropuerto será nombrado en honor a un exsenador.",
     "governor in English but senator ('exsenador') in Spanish"),
    ("The former mayor was arrested.", "El exalcalde fue arrestado.", None),
    ("The lawsuit was filed against the county's sheriff.", "La demanda fue presentada contra el fiscal del condado.",
     "sheriff in English but prosecutor ('el fiscal') in Spanish"),
    ("The sheriff asked for a life sentence.", "El fiscal pidió cadena perpetua.",
     "sheriff in English but prosecutor ('El fiscal') in Spanish"),
    ("The prosecutor asked for a life sentence.", "El fiscal pidió cadena perpetua.", None),
    ("The fiscal year ends in June.", "El año fiscal termina en junio.", None),
    ("The report was written by the state auditor.", "El informe fue escrito por el fiscal estatal.",
     "auditor ('state auditor') in English but prosecutor ('el fiscal') in Spanish"),
    ("The man was charged with threatening a judge.", "El hombre fue acusado de amenazar a un fiscal.",
     "judge in English but prosecutor ('un fiscal') in Spanish"),
    ("The judge and the prosecutor met privately.", "El juez y el fiscal se reunieron en privado.", None),
    # (the fiftieth round: a former prosecutor, "ex" glued on)
    ("The report was written by a former judge.", "El informe fue escrito por un exfiscal.",
     "judge in English but prosecutor ('exfiscal') in Spanish"),
    ("The report was written by a former prosecutor.", "El informe fue escrito por un exfiscal.", None),
])
def test_an_office_said_of_no_one_named_is_compared_too(en, es, message):
    found = titles.check(build_aligned([en], [es]), Settings())
    assert [finding.message for finding in found] == ([message] if message else [])


@pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")
def test_faithful_corpus_pairs_keep_their_unnamed_offices():
    """38 sentence pairs of the dev corpus say an office of local or state government on both sides, none another;
    turned into another office, each is found. With a company's officers read too: 48, none another. With a
    president (a chair, a speaker), the deputies, a chief of staff and an English title capitalised ("Senator
    Obama": Spanish writes it in lower case) read too: 260, none another, and 48 of 48 turned found. With a former
    office glued to "ex", a prosecutor, an auditor and a judge (forty-ninth round): 401, none another, 48 of 48
    ("magistrado" was left out: two WMT pairs from France and Italy said it of a prosecutor)."""
    from aligned_builder import contrast_measure

    turned = {"alcalde": "gobernador", "alcaldesa": "gobernadora", "gobernador": "alcalde", "senador": "alcalde",
              "senadores": "alcaldes", "superintendente": "alcalde", "concejal": "senador",
              "concejales": "senadores", "gobernadores": "alcaldes"}
    compared, disagreeing, swapped, found = contrast_measure(titles.offices_said, titles.each_says_more, turned)
    assert compared >= 250 and disagreeing == 0
    assert swapped >= 45 and found == swapped

