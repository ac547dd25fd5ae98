"""Published pages as inputs: ``bilingo check URL [URL]`` over real HTTP (a local server), real Apertium."""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ENGLISH = """<!doctype html><html lang="en"><head><title>Storm | The Daily</title>
<link rel="alternate" hreflang="es" href="/es/noticias/tormenta.html"></head>
<body><nav><a href="/">Home</a> <a href="/es/noticias/tormenta.html">Leer en español</a></nav>
<article><h1>Storm leaves 300,000 without power</h1>
<p>Crews worked all night to restore power to most homes in the county.</p>
<p>The utility said it expects to finish the repairs by Friday.</p></article></body></html>
"""
SPANISH = """<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Tormenta | The Daily</title>
<link rel="alternate" hreflang="en" href="https://example.com/news/storm.html"></head>
<body><nav><a href="/">Inicio</a> <a href="/news/storm.html">Read in English</a></nav>
<article><h1>La tormenta deja a 30.000 personas sin luz</h1>
<p>Las cuadrillas trabajaron toda la noche para restablecer la luz en la mayoría de los hogares del condado.</p>
<p>La compañía dijo que espera terminar las reparaciones el viernes.</p></article></body></html>
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".pdf": "application/pdf"}

    def log_message(self, *args) -> None:  # (no request log in the test output)
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A newsroom site served over HTTP on a free local port: an English page, its Spanish version linked by
    hreflang, a bilingual page, a PDF."""
    root = tmp_path_factory.mktemp("site")
    files = {
        "news/storm.html": ENGLISH,
        "es/noticias/tormenta.html": SPANISH,
        "bilingual.html": "<article><p>The council met on Tuesday.</p><p>El concejo se reunió el martes.</p></article>",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "report.pdf").write_bytes(b"%PDF-1.4 not a page")
    wire_items = {  # served as application/json, as a news agency's API serves its items (ninjs)
        "api/storm-en.json": {"headline": "Storm leaves 300,000 without power", "body_text": "Crews worked all night."},
        "api/storm-es.json": {"headline": "La tormenta deja a 30.000 personas sin luz",
                              "body_text": "Las cuadrillas trabajaron toda la noche."},
    }
    for name, item in wire_items.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(json.dumps(item), encoding="utf-8")
    newsml_items = {  # served as XML (NewsML-G2), as an agency's feed serves its items
        "feed/storm-en.xml": ("Storm leaves 300,000 without power", "Crews worked all night."),
        "feed/storm-es.xml": ("La tormenta deja a 30.000 personas sin luz", "Las cuadrillas trabajaron toda la noche."),
    }
    for name, (headline, body) in newsml_items.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(
            '<?xml version="1.0" encoding="UTF-8"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">'
            f"<contentMeta><headline>{headline}</headline></contentMeta><contentSet>"
            f'<inlineData contenttype="text/plain">{body}</inlineData></contentSet></newsItem>', encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def run_bilingo(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    environment["NO_COLOR"] = "1"
    return subprocess.run([sys.executable, "-m", "bilingo", *args], capture_output=True, text=True, cwd=cwd,
                          env=environment, timeout=300)


def test_one_published_page_is_checked_against_the_version_it_links_to(site, tmp_path):
    english = f"{site}/news/storm.html"
    result = run_bilingo("check", english, "--no-cache", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    assert document["inputs"] == [english, f"{site}/es/noticias/tormenta.html"]
    (finding,) = document["findings"]
    assert finding["rule"] == "number-mismatch" and finding["path"] == f"{site}/es/noticias/tormenta.html"
    assert finding["message"] == "300,000 in English but 30.000 in Spanish" and finding["line"] == 4
    assert not list(tmp_path.iterdir())  # nothing written: pages are not files
    result = run_bilingo("check", english, "--no-cache", "--html", "report.html", cwd=tmp_path)
    assert f'<a href="{english}" rel="noopener noreferrer">' in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_two_pages_are_the_two_versions_and_a_page_without_links_holds_both(site, tmp_path):
    # the Spanish page links to the live site (example.com), not to this server: given both, no link is needed
    result = run_bilingo("check", f"{site}/es/noticias/tormenta.html", f"{site}/news/storm.html", "--no-cache",
                         "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert [f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]] == ["number-mismatch"]
    result = run_bilingo("check", f"{site}/bilingual.html", "--no-cache", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    assert document["inputs"] == [f"{site}/bilingual.html"] and document["findings"] == []


@pytest.mark.parametrize("english, spanish", [("api/storm-en.json", "api/storm-es.json"),  # an API's ninjs
                                               ("feed/storm-en.xml", "feed/storm-es.xml")])  # a feed's NewsML-G2
def test_two_wire_items_served_over_http_are_read_as_news_items(site, tmp_path, english, spanish):
    result = run_bilingo("check", f"{site}/{english}", f"{site}/{spanish}", "--no-cache", "--format", "json",
                         cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    assert [finding["message"] for finding in document["findings"]] == ["300,000 in English but 30.000 in Spanish"]


@pytest.mark.parametrize(("arguments", "message"), [
    (["/news/missing.html"], "/news/missing.html: the server answered 404"),
    (["/report.pdf"], "/report.pdf: the page is application/pdf, not text, HTML or a news item (ninjs, NewsML-G2, NITF)"),
    (["/news/storm.html", "--batch"], "published pages are checked one article at a time"),
])
def test_a_page_that_cannot_be_checked_is_one_line_and_exit_code_2(site, tmp_path, arguments, message):
    result = run_bilingo("check", site + arguments[0], *arguments[1:], "--no-cache", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unreachable_server_is_one_line_and_exit_code_2(tmp_path):
    result = run_bilingo("check", "http://127.0.0.1:9/story.html", "--no-cache", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("bilingo: error: http://127.0.0.1:9/story.html: cannot fetch")
