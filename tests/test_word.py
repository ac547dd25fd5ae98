"""Word documents (.docx, also what Google Docs downloads): drafts read as one line per paragraph, checked for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from lxml import etree

from bilingo.errors import InputError
from bilingo.read import read_document

ENGLISH = [
    ("Title", "Storm leaves 300,000 without power"),
    (None, "Crews worked all night to restore power to most homes in the county."),
    (None, "The utility said 200 workers were on duty, and schools will reopen on Monday."),
    ("List Bullet", "Shelters remain open at three schools."),
]
SPANISH = [
    ("Title", "La tormenta deja a 30.000 personas sin luz"),
    (None, "Las cuadrillas trabajaron toda la noche para restablecer la luz en la mayoría de los hogares del condado."),
    ("List Bullet", "Los refugios siguen abiertos en tres escuelas."),
]


def write_draft(path: Path, paragraphs: list[tuple[str | None, str]], table: list[list[str]] | None = None) -> None:
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    document.save(path)


def tracked(paragraph, inserted: str, deleted: str) -> None:
    """Add to ``paragraph`` a tracked insertion and a tracked deletion, as Word writes them."""
    insertion = etree.SubElement(paragraph._p, qn("w:ins"), {qn("w:id"): "1", qn("w:author"): "Desk"})
    run = etree.SubElement(insertion, qn("w:r"))
    etree.SubElement(run, qn("w:t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"}).text = inserted
    deletion = etree.SubElement(paragraph._p, qn("w:del"), {qn("w:id"): "2", qn("w:author"): "Desk"})
    run = etree.SubElement(deletion, qn("w:r"))
    etree.SubElement(run, qn("w:delText")).text = deleted


def test_a_draft_is_read_paragraph_by_paragraph_with_tracked_changes_accepted(tmp_path):
    path = tmp_path / "storm.en.docx"
    document = docx.Document()
    document.add_paragraph("Storm leaves 300,000 without power", style="Title")
    document.add_paragraph("")  # an empty paragraph keeps its line
    paragraph = document.add_paragraph("Crews worked all night")
    tracked(paragraph, " to restore power.", " and slept.")
    document.add_paragraph("Schools reopen Monday.", style="List Bullet")
    grid = document.add_table(rows=1, cols=2)
    grid.cell(0, 0).text, grid.cell(0, 1).text = "District", "North"
    document.save(path)
    source = read_document(path)
    assert source.format == "docx"
    assert [(block.kind, block.text, block.column) for block in source.blocks] == [
        ("heading", "Storm leaves 300,000 without power", None),
        ("paragraph", "Crews worked all night to restore power.", None),
        ("list-item", "Schools reopen Monday.", None),
        ("table-cell", "District", 0),
        ("table-cell", "North", 1),
    ]
    lines = source.text.split("\n")
    assert lines[2] == "Crews worked all night to restore power."  # line 3 is the third paragraph
    for block in source.blocks:
        assert source.text[block.start:block.end] == block.text


def hyperlink(paragraph, text: str, address: str | None = None, anchor: str | None = None) -> None:
    """Add to ``paragraph`` a hyperlink, as Word writes one: to an address (a relationship of the document's part)
    or to a bookmark of the document (``anchor``)."""
    attributes = {qn("w:anchor"): anchor} if anchor else {
        qn("r:id"): paragraph.part.relate_to(address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)}
    element = etree.SubElement(paragraph._p, qn("w:hyperlink"), attributes)
    for piece in text.split("|"):  # (one run each: Word splits a link's text where its formatting changes)
        run = etree.SubElement(element, qn("w:r"))
        etree.SubElement(run, qn("w:t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"}).text = piece


def test_a_hyperlink_keeps_its_address_beside_its_text(tmp_path):
    path = tmp_path / "heat.en.docx"
    document = docx.Document()
    document.add_paragraph("Cooling centers open", style="Title")
    paragraph = document.add_paragraph("Officials urged people to follow ")
    hyperlink(paragraph, "the CDC's |heat guidance", "https://www.cdc.gov/heat-health/")
    paragraph.add_run(" and to read ")
    hyperlink(paragraph, "the plan below", anchor="plan")
    paragraph.add_run(".")
    document.save(path)
    source = read_document(path)
    assert [(source.text[link.start:link.end], link.target) for link in source.links] == [
        ("the CDC's heat guidance", "https://www.cdc.gov/heat-health/")]  # (a bookmark is no address)
    assert source.text.split("\n")[1] == (
        "Officials urged people to follow the CDC's heat guidance and to read the plan below.")


def test_a_changed_hyperlink_in_a_draft_is_reported_at_its_paragraph(tmp_path):
    """Real Apertium: the Spanish draft's link sends its readers to another site, its words all match."""
    for name, title, before, text, address, after in [
        ("heat.en.docx", "Cooling centers open", "Officials urged people to follow ", "the CDC's heat guidance",
         "https://www.cdc.gov/heat-health/", " this week."),
        ("heat.es.docx", "Abren centros de enfriamiento", "Las autoridades pidieron seguir ",
         "las recomendaciones sobre el calor", "https://www.who.int/heat", " esta semana."),
    ]:
        document = docx.Document()
        document.add_paragraph(title, style="Title")
        paragraph = document.add_paragraph(before)
        hyperlink(paragraph, text, address)
        paragraph.add_run(after)
        document.save(tmp_path / name)
    result = run_bilingo("check", "heat.en.docx", "heat.es.docx", "--no-cache", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # (a warning)
    (document,) = json.loads(result.stdout)["documents"]
    assert [(f["rule"], f["path"], f["line"], f["text"]) for f in document["findings"]] == [
        ("contact-mismatch", "heat.es.docx", 2, "las recomendaciones sobre el calor")]


def run_bilingo(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    environment["NO_COLOR"] = "1"
    return subprocess.run([sys.executable, "-m", "bilingo", *args], capture_output=True, text=True, cwd=cwd,
                          env=environment, timeout=300)


def test_two_drafts_are_checked_and_findings_name_the_paragraph(tmp_path):
    """Real Apertium: the Spanish draft changed the headline's number and lost a paragraph."""
    write_draft(tmp_path / "storm.en.docx", ENGLISH)
    write_draft(tmp_path / "storm.es.docx", SPANISH)
    result = run_bilingo("check", "storm.en.docx", "storm.es.docx", "--no-cache", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    found = sorted((f["rule"], f["path"], f["line"]) for f in document["findings"])
    assert found == [("number-mismatch", "storm.es.docx", 1), ("only-in-en", "storm.en.docx", 3)]
    html = run_bilingo("check", ".", "--no-cache", "--format", "html", "-o", "report.html", cwd=tmp_path)
    assert html.returncode == 1, html.stderr  # a folder walk picks .docx drafts up and pairs them by name
    assert "Crews worked all night" in (tmp_path / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("content", "message"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "save it as .docx"),
    (b"PK\x03\x04" + bytes(100), "not a readable Word document"),
    (b"plain text saved with the wrong name\n", "not a readable Word document"),
])
def test_a_file_that_is_not_a_word_document_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "story.docx"
    path.write_bytes(content)
    if content.startswith(b"\xd0\xcf"):
        path = path.rename(tmp_path / "story.doc")
    with pytest.raises(InputError, match=message):
        read_document(path)
