"""Wire stories in NewsML-G2 and NITF (IPTC's XML news formats): headline, description and body read with their
places in the XML file, through its entities and CDATA sections; hostile or foreign XML refused in one line;
checked for real."""

from __future__ import annotations

import re
import json
from pathlib import Path

import pytest

from bilingo.errors import InputError
from bilingo.newsml import decode_text, parse_elements
from bilingo.read import read_document
from wire_folder import assert_storm_folder_findings, run_bilingo

ENGLISH = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:storm" version="3" standard="NewsML-G2"
          standardversion="2.29" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:EXAMPLE"/>
    <versionCreated>2026-11-24T10:00:00Z</versionCreated>
    <title>STORM-COAST</title>
  </itemMeta>
  <contentMeta>
    <slugline>storm-coast</slugline>
    <headline role="hld:main">Storm floods the coast</headline>
    <description role="drol:summary">Three people died as the storm hit the coast on Tuesday.</description>
    <by>By Ana Ruiz</by>
    <subject type="cpnat:abstract" qcode="medtop:17000000"><name>Weather</name></subject>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>Storm floods the coast</title></head>
        <body>
          <p>The storm hit Galveston on Tuesday, officials said.</p>
          <p>About 300,000 homes lost power, the utility said.</p>
          <p>&#8220;We have never seen water like this,&#8221; said Mayor Craig Brown.</p>
        </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>
"""

SPANISH = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:storm-es" version="3" standard="NewsML-G2"
          standardversion="2.29" xml:lang="es">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:EXAMPLE"/>
  </itemMeta>
  <contentMeta>
    <slugline>tormenta-costa</slugline>
    <headline role="hld:main">La tormenta inunda la costa</headline>
    <description role="drol:summary">Cuatro personas murieron cuando la tormenta lleg&#243; a la costa el martes.</description>
    <by>Por Ana Ruiz</by>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml">
        <body>
          <p>La tormenta lleg&#xF3; a Galveston el martes, dijeron las autoridades.</p>
          <p>Unos 30.000 hogares se quedaron sin luz, dijo la compa&#241;&#237;a el&#233;ctrica.</p>
        </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>
"""

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head><title>STORM</title><docdata><doc-id id-string="storm-es-2"/></docdata></head>
  <body>
    <body.head>
      <hedline><hl1>La tormenta inunda la costa</hl1></hedline>
      <byline>Por Ana Ruiz</byline>
      <dateline><location>Galveston</location></dateline>
      <abstract><p>Cuatro personas murieron el martes.</p></abstract>
    </body.head>
    <body.content>
      <p>La tormenta lleg&#243; a Galveston el martes.</p>
      <hl2>Sin luz</hl2>
      <p>Unos 30.000 hogares se quedaron sin luz.</p>
    </body.content>
    <body.end><tagline>(c) Example News</tagline></body.end>
  </body>
</nitf>
"""


def item_with_content_set(content_set: str, headline: str = "Storm floods the coast") -> str:
    return ('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1">'
            f"<contentMeta><headline>{headline}</headline></contentMeta>"
            f"<contentSet>{content_set}</contentSet></newsItem>")


def blocks_of(path: Path) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in read_document(path).blocks]


def assert_each_character_is_at_its_place(path: Path) -> None:
    """A block's characters sit at their offsets in the file: verbatim, or as an entity that starts there."""
    document = read_document(path)
    for block in document.blocks:
        for char, offset in zip(block.text, block.offsets):
            assert document.text[offset] == char or document.text[offset] == "&" or (char == " " and
                                                                                     document.text[offset].isspace()), (
                char, document.text[offset : offset + 8])


def test_entities_and_cdata_are_decoded_and_each_character_keeps_its_place():
    raw = "<headline>Caf&#233; &amp; &#x1F30A; <![CDATA[<b>as is</b>]]><!-- note --> end</headline>"
    root = parse_elements(raw, "x.xml")
    text, offsets = decode_text(raw, root.content_start, root.content_end)
    assert text == "Café & \U0001F30A <b>as is</b> end"
    assert len(offsets) == len(text) and offsets == sorted(offsets)
    assert raw.startswith("&#233;", offsets[3]) and raw.startswith("&amp;", offsets[5])
    assert raw.startswith("<b>", offsets[text.index("<b>")])  # inside CDATA: the characters themselves


def test_a_newsml_item_reads_as_headline_description_and_body_in_the_files_order(tmp_path):
    path = tmp_path / "storm.es.xml"
    path.write_text(SPANISH, encoding="utf-8")
    document = read_document(path)
    assert document.format == "newsml"
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("heading", "La tormenta inunda la costa"),
        ("paragraph", "Cuatro personas murieron cuando la tormenta llegó a la costa el martes."),
        ("paragraph", "La tormenta llegó a Galveston el martes, dijeron las autoridades."),
        ("paragraph", "Unos 30.000 hogares se quedaron sin luz, dijo la compañía eléctrica."),
    ]  # (the slugline, the byline and the item's metadata are not content)
    assert_each_character_is_at_its_place(path)
    body = document.blocks[2]
    assert document.text.startswith("&#xF3;", body.offsets[body.text.index("ó")])


def test_the_first_readable_rendition_is_the_body_and_the_others_are_copies(tmp_path):
    path = tmp_path / "storm.en.xml"
    path.write_text(item_with_content_set(
        '<inlineData contenttype="text/plain">The storm hit Galveston.</inlineData>'
        '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>The storm hit <b>Galveston</b>.</p></body></html></inlineXML>"
        '<remoteContent href="https://example.com/storm.jpg" contenttype="image/jpeg"/>'), encoding="utf-8")
    document = read_document(path)
    assert [block.text for block in document.blocks] == ["Storm floods the coast", "The storm hit Galveston."]
    body = document.blocks[1]
    assert document.text[body.start : body.end] == "The storm hit <b>Galveston</b>."  # the XHTML, not the plain copy


def test_plain_text_in_a_cdata_section_reads_as_paragraphs(tmp_path):
    path = tmp_path / "storm.en.xml"
    path.write_text(item_with_content_set(
        '<inlineData contenttype="text/plain"><![CDATA[The storm hit Galveston on Tuesday.\n\n'
        "About 300,000 homes lost power & water.]]></inlineData>"), encoding="utf-8")
    assert blocks_of(path) == [("heading", "Storm floods the coast"),
                               ("paragraph", "The storm hit Galveston on Tuesday."),
                               ("paragraph", "About 300,000 homes lost power & water.")]
    assert_each_character_is_at_its_place(path)


def test_html_written_as_character_data_is_read_as_html(tmp_path):
    path = tmp_path / "storm.en.xml"
    path.write_text(item_with_content_set(
        '<inlineData contenttype="text/html">&lt;p&gt;The storm hit &lt;b&gt;Galveston&lt;/b&gt;.&lt;/p&gt;'
        "&lt;p&gt;Crews worked all night.&lt;/p&gt;</inlineData>"), encoding="utf-8")
    assert blocks_of(path)[1:] == [("paragraph", "The storm hit Galveston."), ("paragraph", "Crews worked all night.")]
    assert_each_character_is_at_its_place(path)


def test_an_item_in_the_latin_1_its_declaration_names_is_read_without_a_guess(tmp_path):
    path = tmp_path / "storm.es.xml"
    latin = SPANISH.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("lleg&#243;", "llegó")
    path.write_bytes(latin.encode("latin-1"))
    document = read_document(path)
    assert document.encoding == "iso8859-1" and document.warnings == []
    assert document.blocks[1].text == "Cuatro personas murieron cuando la tormenta llegó a la costa el martes."
    assert_each_character_is_at_its_place(path)


def test_a_nitf_document_reads_its_headline_abstract_and_body_content(tmp_path):
    path = tmp_path / "storm.es.xml"
    path.write_text(NITF, encoding="utf-8")
    assert blocks_of(path) == [
        ("heading", "La tormenta inunda la costa"),
        ("paragraph", "Cuatro personas murieron el martes."),
        ("paragraph", "La tormenta llegó a Galveston el martes."),
        ("paragraph", "Sin luz"),
        ("paragraph", "Unos 30.000 hogares se quedaron sin luz."),
    ]  # (the byline, the dateline and the tagline are not content)
    assert_each_character_is_at_its_place(path)


def test_nitf_inside_a_newsml_item_gives_the_body_and_the_items_own_headline_wins(tmp_path):
    nitf_body = NITF.split("?>", 1)[1]
    path = tmp_path / "storm.es.xml"
    path.write_text(item_with_content_set(f'<inlineXML contenttype="application/nitf+xml">{nitf_body}</inlineXML>',
                                          headline="Una tormenta inunda la costa"), encoding="utf-8")
    assert [text for _, text in blocks_of(path)][:2] == ["Una tormenta inunda la costa",
                                                         "Cuatro personas murieron el martes."]


def test_a_message_holding_one_item_is_read_as_that_item(tmp_path):
    message = ('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-11-24T10:00:00Z</sent>'
               "</header><itemSet>" + SPANISH.split("?>", 1)[1] + "</itemSet></newsMessage>")
    path = tmp_path / "storm.es.xml"
    path.write_text(message, encoding="utf-8")
    assert blocks_of(path)[0] == ("heading", "La tormenta inunda la costa")


def test_an_xhtml_page_saved_as_xml_is_read_as_a_page(tmp_path):
    path = tmp_path / "storm.en.xml"
    path.write_text('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><nav>Home</nav>'
                    "<p>The storm hit Galveston.</p></body></html>", encoding="utf-8")
    assert blocks_of(path) == [("paragraph", "The storm hit Galveston.")]


@pytest.mark.parametrize(
    ("content", "message"),
    [("<newsItem><contentMeta><headline>Storm</contentMeta></newsItem>",
      "not well-formed XML (mismatched tag, line 1, column 41)"),
     ('<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>',
      "not a NewsML-G2 or NITF news item (its root element is <rss>)"),
     ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
      "<newsItem><contentMeta><headline>&lol2;</headline></contentMeta></newsItem>",
      "the XML declares entities, which bilingo does not expand"),
     ("<newsMessage><header/><itemSet/></newsMessage>", "a NewsML-G2 message with no news item"),
     ('<newsItem><contentSet><remoteContent href="https://example.com/storm.txt"/></contentSet></newsItem>',
      "no headline nor body to read (its body is remote content: https://example.com/storm.txt)")],
)
def test_xml_that_is_not_a_readable_news_item_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "item.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        read_document(path)


def test_a_message_with_the_story_in_both_languages_is_checked_as_one_bilingual_file(tmp_path):
    """An agency sends the English and the Spanish item in one newsMessage: a file holding both languages. Real
    Apertium: the Spanish item's changed numbers and dropped quote are found as with two files."""
    items = "".join(item.split("?>", 1)[1] for item in (ENGLISH, SPANISH))
    (tmp_path / "storm.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
        f"<header><sent>2026-11-24T10:00:00Z</sent></header><itemSet>{items}</itemSet></newsMessage>",
        encoding="utf-8")
    result = run_bilingo("check", "storm.xml", "--no-cache", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    assert sorted(f["text"] for f in findings if f["rule"] == "number-mismatch") == ["30.000", "Cuatro"]
    assert [f["rule"] for f in findings if "never seen water" in f["text"]] == ["only-in-en"]


def test_an_entity_bomb_is_refused_at_once_on_the_command_line(tmp_path):
    laughs = "".join(f'<!ENTITY lol{n} "{"&lol%d;" % (n - 1) * 10}">' for n in range(1, 10))
    (tmp_path / "bomb.es.xml").write_text(
        f'<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY lol0 "lol">{laughs}]>'
        "<newsItem><contentMeta><headline>&lol9;</headline></contentMeta></newsItem>", encoding="utf-8")
    (tmp_path / "bomb.en.xml").write_text(ENGLISH, encoding="utf-8")
    result = run_bilingo("check", "bomb.en.xml", "bomb.es.xml", "--no-cache", cwd=tmp_path)
    assert result.returncode == 2
    assert "bomb.es.xml: the XML declares entities" in result.stderr and "Traceback" not in result.stderr


def test_a_wire_folder_of_newsml_is_checked_and_findings_point_into_the_xml(tmp_path):
    assert_storm_folder_findings(tmp_path, {
        "storm.en.xml": ENGLISH, "storm.es.xml": SPANISH,
        "sitemap.xml": '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                       "<url><loc>https://example.com/storm</loc></url></urlset>",  # a site's file, not an article
    }, "storm.es.xml")
