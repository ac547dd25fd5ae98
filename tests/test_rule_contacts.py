"""contact-mismatch: a web address, an e-mail address, a handle or a link that differs between the versions
(``bilingo.rules.contacts``)."""

from __future__ import annotations

from collections import Counter

import pytest

from aligned_builder import CORPUS_DEV, CORPUS_SETS, aligned_pair, corpus_records
from bilingo.check import check_paths
from bilingo.model import Link
from bilingo.rules import RULES, contacts
from bilingo.settings import Settings
from bilingo.translate import create_translator

needs_corpus = pytest.mark.skipif(not CORPUS_DEV.is_dir(), reason="shared dev corpus not found")


def _findings(en: str, es: str, settings: Settings | None = None) -> list:
    return contacts.check(aligned_pair(en, es), settings or Settings())


@pytest.mark.parametrize("en, es, flagged, message", [
    ("For more information, visit austintexas.gov/library.", "Para más información, visite austintexas.gov/parks.",
     "austintexas.gov/parks",
     "web address 'austintexas.gov/library' in English but 'austintexas.gov/parks' in Spanish"),
    ("Residents can email questions to help@cityofeastside.org.",
     "Los residentes pueden enviar sus preguntas a info@cityofeastside.org.", "info@cityofeastside.org",
     "e-mail address 'help@cityofeastside.org' in English but 'info@cityofeastside.org' in Spanish"),
    ("Follow the campaign on Instagram at @eastsidevotes.", "Siga la campaña en Instagram en @eastsidevota.",
     "@eastsidevota", "handle '@eastsidevotes' in English but '@eastsidevota' in Spanish"),
    # (Instagram's handles hold dots: fifty-fifth round)
    ("Follow her on Instagram @anagil.news.", "Síguela en Instagram @anagil.noticias.", "@anagil.noticias",
     "handle '@anagil.news' in English but '@anagil.noticias' in Spanish"),
    ("Apply online at https://www.eastside.org/apply today.",
     "Presente su solicitud en https://www.westside.org/apply.",
     "https://www.westside.org/apply",
     "web address 'https://www.eastside.org/apply' in English but 'https://www.westside.org/apply' in Spanish"),
])
def test_an_address_changed_in_translation_is_reported(en, es, flagged, message):
    (finding,) = _findings(en, es)
    assert (finding.rule, finding.lang, finding.text, finding.message) == ("contact-mismatch", "es", flagged, message)
    assert finding.severity == RULES["contact-mismatch"].severity == "warning"


@pytest.mark.parametrize("en, es", [
    # the same address, however each edition writes it, or its page in Spanish
    ("For more information, visit austintexas.gov/library.",
     "Para más información, visite austintexas.gov/es/library."),
    ("For details, visit www.cdc.gov/flu.", "Para más detalles, visite espanol.cdc.gov/flu."),
    ("Open enrollment on HealthCare.gov runs until Jan. 15.",
     "La inscripción abierta en CuidadoDeSalud.gov va hasta el 15 de enero."),
    ("Apply at vote411.org/register?lang=en before Friday.",
     "Inscríbase en vote411.org/register?lang=es antes del viernes."),
    ("See the list at https://www.cisa.gov/critical-infrastructure-sectors.",
     "Vea la lista en https://www.cisa.gov/critical-infrastructure-sectors"),
    ("Readers can email HELP@Eastside.org with questions.", "Los lectores pueden escribir a help@eastside.org."),
    ("Follow @CDCgov for the latest updates on the flu.",
     "Siga a @CDCespanol para conocer las novedades sobre la gripe."),
    # an address one side leaves out, a hashtag, a number with a point
    ("For more information, visit austintexas.gov/library.", "Para más información, visite la biblioteca."),
    ("Share your photos with #VoteEarly.", "Comparta sus fotos con #VotaTemprano."),
    ("The store sold 3.5 million units.", "La tienda vendió 3,5 millones de unidades."),
])
def test_the_same_address_or_none_to_compare_is_not_reported(en, es):
    assert _findings(en, es) == []


def test_addresses_are_read_as_compared_with_their_spans():
    text = "Visit WWW.Eastside.org/Library/ or email news@eastside.org, and follow @EastsideNews."
    assert [(kind, text[start:end]) for kind, start, end in contacts.contacts(text, "en")] == [
        ("web:eastside.org/Library", "WWW.Eastside.org/Library/"),
        ("email:news@eastside.org", "news@eastside.org"),
        ("handle:eastsidenews", "@EastsideNews"),
    ]


def test_a_changed_address_is_reported_by_the_whole_check(tmp_path):
    """Through the pipeline: two files, Apertium, the rule's code and severity in the report."""
    english, spanish = tmp_path / "story.en.txt", tmp_path / "story.es.txt"
    english.write_text("The library will extend its hours starting Monday.\n\nFor more information, visit "
                       "austintexas.gov/library or call 311.\n", encoding="utf-8")
    spanish.write_text("La biblioteca ampliará su horario a partir del lunes.\n\nPara más información, visite "
                       "austintexas.gov/parks o llame al 311.\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    document = check_paths([str(english), str(spanish)], settings, create_translator(settings))
    assert [(f.rule, f.severity, f.text) for f in document.findings] == [
        ("contact-mismatch", "warning", "austintexas.gov/parks")]


def test_disabled_rule_reports_nothing():
    assert _findings("Email help@eastside.org.", "Escriba a info@eastside.org.",
                     Settings(disabled_rules={"contact-mismatch"})) == []


@needs_corpus
def test_faithful_corpus_pairs_give_the_same_addresses():
    """17 sentence pairs of the dev corpus give an address on both sides (a tinyurl, the CDC's pages, a cisa.gov page
    ending a sentence, "OpenOffice.org" / "Openoffice.org"), none another; with an "x" put at the start of the first
    Spanish address's host, all are found."""
    compared = disagreeing = found = 0
    for set_name in CORPUS_SETS:
        for record in corpus_records(set_name):
            for en, es in zip(record["en"], record["es"]):
                english, spanish = contacts.contacts(en, "en"), contacts.contacts(es, "es")
                if not english or not spanish:
                    continue
                compared += 1
                kinds = Counter(kind for kind, _, _ in english)
                disagreeing += contacts._differing(Counter(kind for kind, _, _ in spanish), kinds) is not None
                _, start, end = spanish[0]
                host = start + (es.find("://", start, end) + 3 - start if "://" in es[start:end] else 0)
                host += 4 if es[host:host + 4].lower() == "www." else 0
                changed = es[:host] + "x" + es[host:]
                found += contacts._differing(Counter(kind for kind, _, _ in contacts.contacts(changed, "es")),
                                             kinds) is not None
    assert compared >= 15 and disagreeing == 0 and found == compared


@pytest.mark.parametrize("target, compared", [
    ("https://www.cdc.gov/heat-health/", "site:cdc"),
    ("https://espanol.cdc.gov/es/heat-health/", "site:cdc"),  # a subdomain and a path are the same site
    ("HTTPS://EN.Wikipedia.org/wiki/Heat_stroke", "site:wikipedia"),
    ("//es.wikipedia.org/wiki/Golpe_de_calor", "site:wikipedia"),
    ("https://www.sat.gob.mx/tramites", "site:sat"),  # a country's second level
    ("https://www.amazon.com.mx/ofertas", "site:amazon"),  # a country's edition
    ("https://x.com/EastsideCounty", "site:twitter"),
    ("https://www.cuidadodesalud.gov/es/", "site:healthcare"),
    ("mailto:Heat@EastsideCounty.gov?subject=Centers", "email:heat@eastsidecounty.gov"),
    ("tel:+1-210-555-0142", "phone:2105550142"),
    ("tel:(210) 555-0142", "phone:2105550142"),
    # a redirect is the address it wraps (an editor pastes links from Outlook)
    ("https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.cdc.gov%2Fheat&data=05", "site:cdc"),
    ("https://www.google.com/url?q=https://www.who.int/heat&sa=D", "site:who"),
    ("https://www.google.com/search?q=heat", "site:google"),
    # not compared: the page's own site, a shortened or archived address, a DOI, a fragment, code, nonsense
    ("https://doi.org/10.1001/jama.2024.0001", None),
    ("http://[oops/heat", None),
    ("/es/noticias/2026/07/red-electrica", None),
    ("heat-links.es.html", None),
    ("https://bit.ly/3eastside", None),
    ("https://web.archive.org/web/2024/https://www.cdc.gov/", None),
    ("#top", None),
    ("javascript:void(0)", None),
])
def test_a_link_is_compared_by_site_e_mail_address_or_telephone(target, compared):
    assert contacts.link_address(target) == compared


def _links(*targets: str) -> list[Link]:
    return [Link(index * 10, index * 10 + 5, target) for index, target in enumerate(targets)]


@pytest.mark.parametrize("english, spanish, changed", [
    (["https://www.cdc.gov/heat-health/"], ["https://www.who.int/heat"], ("https://www.who.int/heat",
                                                                         "https://www.cdc.gov/heat-health/")),
    (["mailto:heat@county.gov"], ["mailto:calor@county.gov"], ("mailto:calor@county.gov", "mailto:heat@county.gov")),
    (["tel:210-555-0142"], ["tel:210-555-0124"], ("tel:210-555-0124", "tel:210-555-0142")),
    (["https://county.gov/docs/heat-plan-2026.pdf"], ["https://county.gov/docs/heat-plan-2025.pdf"],
     ("https://county.gov/docs/heat-plan-2025.pdf", "https://county.gov/docs/heat-plan-2026.pdf")),
])
def test_a_link_that_goes_elsewhere_on_one_side_is_paired_with_the_other_sides(english, spanish, changed):
    (found,) = contacts._differing_links(_links(*spanish), _links(*english))
    assert (found[0].target, found[1].target) == changed


@pytest.mark.parametrize("english, spanish", [
    (["https://www.cdc.gov/heat-health/"], ["https://espanol.cdc.gov/es/heat-health/"]),
    (["https://twitter.com/EastsideCounty", "/news/grid"], ["https://x.com/EastsideCounty", "/es/noticias/red"]),
    (["https://county.gov/docs/heat-plan-2026.pdf"], ["https://county.gov/es/docs/heat-plan-2026.pdf"]),
    (["https://county.gov/docs/heat-plan-2026.pdf"], ["https://county.gov/docs/plan-de-calor-2025.pdf"]),  # its own
    (["https://www.cdc.gov/heat-health/", "https://www.who.int/heat"], ["https://www.cdc.gov/es/heat-health/"]),
    (["https://bit.ly/3eastside"], ["https://www.eastsidetransit.org/es/calor"]),
    (["mailto:heat@county.gov"], ["https://www.who.int/heat"]),  # (links of two kinds: nothing to compare)
])
def test_links_to_the_same_place_or_with_nothing_to_compare_are_not_reported(english, spanish):
    assert contacts._differing_links(_links(*spanish), _links(*english)) == []


def test_changed_links_are_reported_by_the_whole_check_at_their_text(tmp_path):
    """Through the pipeline: two HTML pages, Apertium, each link's text located in the Spanish page; a sentence's
    e-mail and telephone links changed are two findings."""
    english, spanish = tmp_path / "heat.en.html", tmp_path / "heat.es.html"
    english.write_text(
        "<html><body><article><p>The county opened five cooling centers on Monday.</p>"
        '<p>Health officials urged people to follow <a href="https://www.cdc.gov/heat-health/">the CDC\'s heat '
        "guidance</a>.</p>"
        '<p>Questions can be sent to <a href="mailto:heat@county.gov">the heat desk</a> or by calling '
        '<a href="tel:210-555-0142">the hotline</a>.</p></article></body></html>', encoding="utf-8")
    spanish.write_text(
        "<html><body><article><p>El condado abri\u00f3 cinco centros de enfriamiento el lunes.</p>"
        '<p>Las autoridades de salud pidieron seguir <a href="https://www.who.int/heat">las recomendaciones sobre '
        "el calor</a>.</p>"
        '<p>Las preguntas pueden enviarse a <a href="mailto:calor@county.gov">la oficina de calor</a> o llamando a '
        '<a href="tel:210-555-0124">la l\u00ednea</a>.</p></article></body></html>', encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    document = check_paths([str(english), str(spanish)], settings, create_translator(settings))
    findings = [(f.rule, f.lang, f.text, f.line, spanish.read_text(encoding="utf-8")[f.start : f.end])
                for f in document.findings]
    assert findings == [
        ("contact-mismatch", "es", "las recomendaciones sobre el calor", 1, "las recomendaciones sobre el calor"),
        ("contact-mismatch", "es", "la oficina de calor", 1, "la oficina de calor"),
        ("contact-mismatch", "es", "la l\u00ednea", 1, "la l\u00ednea"),
    ]
    assert document.findings[0].message == (
        "link to 'https://www.cdc.gov/heat-health/' in English but to 'https://www.who.int/heat' in Spanish")
    assert document.findings[0].evidence["counterpart_links"] == ["https://www.cdc.gov/heat-health/"]


def test_a_changed_link_by_reference_is_reported_in_a_bilingual_markdown_file(tmp_path):
    path = tmp_path / "library.md"
    path.write_text(
        "# Library extends hours\n\nThe Eastside Public Library will stay open until 9 p.m. on weekdays starting "
        "Monday, [the library said](https://eastsidelibrary.org/news/hours).\n\n"
        "# La biblioteca ampl\u00eda su horario\n\nLa Biblioteca P\u00fablica de Eastside permanecer\u00e1 "
        "abierta hasta las 9 p. m. entre semana a partir del lunes, [inform\u00f3 la biblioteca]"
        "(https://eastsidelibrary.org/es/news/hours).\n\n"
        "Residents can renew their cards [online][renew] or at any branch.\n\n"
        "Los residentes pueden renovar sus tarjetas [en l\u00ednea][renovar] o en cualquier sucursal.\n\n"
        "[renew]: https://eastsidelibrary.org/cards\n[renovar]: https://eastsidecounty.gov/tarjetas\n",
        encoding="utf-8")
    settings = Settings(translator="apertium", cache=False)
    document = check_paths([str(path)], settings, create_translator(settings))
    assert [(f.rule, f.text, f.line) for f in document.findings] == [("contact-mismatch", "en l\u00ednea", 11)]


def test_links_are_not_read_when_the_rule_is_disabled(tmp_path):
    english, spanish = tmp_path / "a.en.md", tmp_path / "a.es.md"
    english.write_text("Follow [the CDC's guidance](https://www.cdc.gov/heat) this week.\n", encoding="utf-8")
    spanish.write_text("Siga [las recomendaciones](https://www.who.int/heat) esta semana.\n", encoding="utf-8")
    settings = Settings(translator="apertium", cache=False, disabled_rules={"contact-mismatch"})
    assert check_paths([str(english), str(spanish)], settings, create_translator(settings)).findings == []
