"""Strange inputs and failing translators, end to end through the real command line.

A CI gate that crashes on a strange file blocks a newsroom's publishing. Each case here
runs ``python -m bilingo check`` as a subprocess on a real article (the demo pair in
``corpus/demo``) with one input made strange, and asserts what a CI log needs: the
documented exit code, one ``bilingo: error:`` line on stderr naming the file and the
problem, no traceback, and the input files left exactly as they were.

Cases tested elsewhere are not repeated: fake Apertium executables that crash, hang or
miscount lines (tests/test_translate_apertium.py), corrupt, locked and read-only caches
(tests/test_translate_cache.py), missing or corrupt Marian weights
(tests/test_translate_marian.py), a report over an input, a missing file and a missing
Apertium (tests/test_cli.py), symlink loops in batch discovery
(tests/test_batch_discovery.py), and the readers' decoding on fixtures (tests/test_read.py).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from bilingo.read import MAX_BYTES
from finding_spans import assert_finding_reads_its_span

ROOT = Path(__file__).resolve().parents[1]
DEMO_EN = ROOT / "corpus/demo/asylum-russians.en.md"
DEMO_ES = ROOT / "corpus/demo/asylum-russians.es.md"
ENGLISH = DEMO_EN.read_text(encoding="utf-8")
SPANISH = DEMO_ES.read_text(encoding="utf-8")
FRENCH = """# L'Union européenne prépare de nouvelles sanctions contre la Russie

Les dirigeants européens se sont réunis jeudi à Bruxelles pour discuter de la guerre en Ukraine et de ses conséquences.

Le président du Conseil européen a déclaré que les négociations continueront la semaine prochaine avec les États membres.

Selon plusieurs diplomates, un accord pourrait être trouvé avant la fin du mois, malgré les réticences de certains pays.
"""


def run_bilingo(*args: str, cwd: Path, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    environment.update({"NO_COLOR": "1", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "bilingo", "check", *args, "--translator", "apertium"],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=timeout,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() and path.is_file() else ""


def assert_one_line_error(result: subprocess.CompletedProcess, exit_code: int, names: str, *reason: str) -> None:
    """Exit ``exit_code``; stderr: one error line that names the file and says why."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == exit_code, (result.returncode, result.stdout[-2000:], result.stderr)
    errors = [line for line in result.stderr.splitlines() if line.startswith("bilingo: error:")]
    assert len(errors) == 1, result.stderr
    assert f"bilingo: error: {names}: " in errors[0], errors[0]
    for words in reason:
        assert words in errors[0], errors[0]


@pytest.fixture
def article(tmp_path) -> Path:
    """A folder with the demo article's two versions, as a.en.md and a.es.md."""
    (tmp_path / "a.en.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.es.md").write_text(SPANISH, encoding="utf-8")
    return tmp_path


def check_against_english(folder: Path, name: str, content: bytes, *extra: str) -> subprocess.CompletedProcess:
    """Check a.en.md against ``name`` holding ``content``; both files must come out untouched."""
    (folder / name).write_bytes(content)
    before = {path: digest(path) for path in folder.iterdir()}
    result = run_bilingo("a.en.md", name, *extra, cwd=folder)
    assert {path: digest(path) for path in folder.iterdir()} == before, "an input or another file changed"
    return result


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.es.md", SPANISH)
    return buffer.getvalue()


# --- inputs that are not text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.es.md", b"", "empty"),
        ("blank.es.md", b"  \n\t\r\n   \n", "empty"),
        ("scan.es.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        ("photo.es.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
        ("bundle.es.md", zip_bytes(), "zip"),
        ("latin.es.md", b"\x81\x8d\x8f\x90\x9d" * 40 + SPANISH.encode("utf-8"), "not valid UTF-8"),
    ],
)
def test_a_file_that_is_not_text_is_refused_in_one_line(article, name, content, reason):
    result = check_against_english(article, name, content)
    assert_one_line_error(result, 2, name, reason)
    # the report (stdout) carries it too, on the file it is about
    assert f"{name}:1:1: BL901 document-error" in result.stdout


def test_a_third_language_is_refused_naming_the_file(article):
    result = check_against_english(article, "a.fr.md", FRENCH.encode("utf-8"))
    assert_one_line_error(result, 2, "a.fr.md", "English and Spanish")


# --- inputs that are text in an unusual form --------------------------------------------


def findings_of(result: subprocess.CompletedProcess) -> list[dict]:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, (result.returncode, result.stderr)
    return json.loads(result.stdout)["documents"][0]["findings"]


def comparable(findings: list[dict]) -> list[tuple[str, str]]:
    """What a finding says, whatever the file's encoding or line endings."""
    return sorted((finding["rule"], " ".join(finding["text"].split())) for finding in findings)


@pytest.fixture
def utf8_findings(article) -> list[dict]:
    return findings_of(run_bilingo("a.en.md", "a.es.md", "--format", "json", cwd=article))


@pytest.mark.parametrize(
    ("encoding", "newline"),
    [("utf-16", "\n"), ("utf-8", "\r\n"), ("utf-8", "\r"), ("cp1252", "\n")],
    ids=["utf16-bom", "crlf", "lone-cr", "cp1252"],
)
def test_other_encodings_and_line_endings_give_the_same_findings(article, utf8_findings, encoding, newline):
    content = SPANISH.replace("\n", newline)
    if encoding == "cp1252":  # the curly quotes and ¿ exist in cp1252; no character is lost
        content.encode("cp1252")
    result = check_against_english(article, "b.es.md", content.encode(encoding), "--format", "json")
    findings = findings_of(result)
    assert comparable(findings) == comparable(utf8_findings)
    decoded = content  # what bilingo reads: BOM removed, line endings kept
    for finding in findings:
        if finding["path"] == "b.es.md":
            assert decoded[finding["start"] : finding["end"]] == finding["text"]
    if encoding == "cp1252":
        assert "bilingo: warning: b.es.md: not valid UTF-8; decoded as cp1252" in result.stderr
    else:
        assert "warning" not in result.stderr


# --- size ------------------------------------------------------------------------------


def test_a_50_mb_file_is_refused_by_the_size_limit(article):
    huge = article / "huge.es.md"
    with huge.open("wb") as handle:
        handle.write(SPANISH.encode("utf-8"))
        handle.truncate(50 * 2**20)  # sparse: the size is real, the disk is spared
    assert huge.stat().st_size > MAX_BYTES
    result = run_bilingo("a.en.md", "huge.es.md", cwd=article, timeout=60)
    assert_one_line_error(result, 2, "huge.es.md", f"limit of {MAX_BYTES // 2**20} MB")


def test_a_5_mb_line_of_text_is_refused_by_the_text_limit(article):
    line = "La casa es roja y el perro duerme en el jardín " * (5 * 2**20 // 48)
    result = check_against_english(article, "line.es.md", (SPANISH + "\n" + line).encode("utf-8"))
    assert_one_line_error(result, 2, "line.es.md", "characters of text is over bilingo's limit")


def test_a_long_line_without_punctuation_is_checked_in_pieces(article):
    """20,000 characters with no sentence end (a pasted listing): cut into bounded segments, reported as extra."""
    pasted = " ".join(f"el expediente {n} del registro municipal de la ciudad" for n in range(400))
    result = check_against_english(article, "pasted.es.md", (SPANISH + "\n" + pasted + "\n").encode("utf-8"),
                                   "--format", "json")  # fmt: skip
    findings = findings_of(result)
    extra = [f for f in findings if f["rule"] == "only-in-es" and "expediente" in f["text"]]
    assert extra, "the pasted line is content only the Spanish file has"
    covered = " ".join(f["text"] for f in extra)
    assert "el expediente 0 del" in covered and "el expediente 399 del" in covered


def test_a_5_mb_one_line_html_page_is_checked(tmp_path):
    """Minified pages put everything, megabytes of inline script included, on one line."""
    script = '<script>window.__DATA__="' + "x1y2z3" * (5 * 2**20 // 6) + '";</script>'
    for name, markdown, lang in (("a.en.html", ENGLISH, "en"), ("a.es.html", SPANISH, "es")):
        paragraphs = [part.strip().lstrip("# ") for part in markdown.split("\n\n") if part.strip()]
        body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        page = f'<!doctype html><html lang="{lang}"><head>{script}</head><body><article>{body}</article></body></html>'
        (tmp_path / name).write_text(page, encoding="utf-8")
    findings = findings_of(run_bilingo("a.en.html", "a.es.html", "--format", "json", cwd=tmp_path))
    assert any(f["rule"] == "only-in-en" and "Aleksey" in f["text"] for f in findings)
    assert not any("x1y2z3" in f["text"] for f in findings)


# --- hostile HTML ------------------------------------------------------------------------


def hostile_page(markdown: str, lang: str) -> str:
    """The article as broken, hostile HTML: unclosed tags, scripts, iframes, templates, comments, entities."""
    paragraphs = [part.strip().lstrip("# ") for part in markdown.split("\n\n") if part.strip()]
    entity = {"en": "U.S. &amp; allies", "es": "EE.&nbsp;UU. y aliados"}[lang]
    body = [f"<h1>{paragraphs[0]}</h1>"]
    for index, paragraph in enumerate(paragraphs[1:]):
        escaped = paragraph.replace("“", "&ldquo;").replace("”", "&#8221;").replace("ó", "&oacute;")
        body.append(f"<p>{escaped}" if index % 2 else f"<p><b>{escaped}</p>")  # unclosed <p> and <b>
        body.append("<!-- an editor's comment: Delete the paragraph about Lagos. -->")
    return (
        f"<html lang={lang}><head><title>Hidden title words</title>"
        "<script>document.write('<p>Script sentence that is not content.</p>')</script>"
        "<style>p { color: red }</style></head><body>"
        "<nav><a href=/>Menu link text</a></nav>"
        f"<article>{''.join(body)}"
        "<iframe src='https://ads.example.com'>Iframe sentence that is not content.</iframe>"
        "<template><p>Template sentence that is not content.</p></template>"
        "<script>alert('</p><p>Injected by a script.')</script>"
        f"<div>{entity}</span></em>"
        "<p>unterminated &ampersand &#x110000; &#0; <em>nested <strong>tags</em> out of order</strong>"
        "</article></div></div></body></html>"
        "<p>After the end of the document."
    )


def test_hostile_html_checks_only_the_article_text(tmp_path):
    (tmp_path / "a.en.html").write_text(hostile_page(ENGLISH, "en"), encoding="utf-8")
    (tmp_path / "a.es.html").write_text(hostile_page(SPANISH, "es"), encoding="utf-8")
    result = run_bilingo("a.en.html", "a.es.html", "--format", "json", cwd=tmp_path)
    document = json.loads(result.stdout)["documents"][0]
    findings = findings_of(result)
    assert any(f["rule"] == "only-in-en" and "Aleksey" in f["text"] for f in findings)
    shown = " ".join(f["text"] for f in findings) + " ".join(p["translation"] for p in document["pairs"])
    for hidden in ("Script sentence", "Iframe sentence", "Template sentence", "Injected by a script",
                   "Hidden title", "Menu link", "editor's comment", "Lagos"):  # fmt: skip
        assert hidden not in shown
    for finding in findings:
        assert_finding_reads_its_span({**finding, "path": str(tmp_path / finding["path"])})


# --- paths -----------------------------------------------------------------------------


@pytest.mark.parametrize("second", ["a.en.md", "./a.en.md", "link.en.md"])
def test_the_same_file_twice_is_refused(article, second):
    os.symlink("a.en.md", article / "link.en.md")
    result = run_bilingo("a.en.md", second, cwd=article)
    assert_one_line_error(result, 2, second, "same file")


def test_an_empty_directory_has_nothing_to_check(article):
    (article / "drafts").mkdir()
    result = run_bilingo("drafts", cwd=article)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "bilingo: error: no documents to check in: drafts"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused(article):
    (article / "a.es.md").chmod(0)
    try:
        result = run_bilingo("a.en.md", "a.es.md", cwd=article)
    finally:
        (article / "a.es.md").chmod(0o644)
    assert_one_line_error(result, 2, "a.es.md", "permission denied")


# --- translator faults -----------------------------------------------------------------


def fake_apertium(folder: Path, body: str) -> Path:
    """An ``apertium`` that lists its modes like the real one and runs ``body`` to translate."""
    script = folder / "fake-apertium"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "-l" ]; then printf "eng-spa\\nspa-eng\\n"; exit 0; fi\n' + body,
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("echo 'Error: segmentation fault in lt-proc' >&2; exit 139\n", "segmentation fault"),
        ("sed '1d'\n", "returned"),  # one translation fewer than it was given (the first line)
        ('sed "s/$/\\nextra line/"\n', "returned"),  # more lines than it was given
    ],
    ids=["crash", "fewer-lines", "more-lines"],
)
def test_a_failing_translator_exits_3_naming_the_document(article, body, reason):
    apertium = fake_apertium(article, body)
    result = run_bilingo("a.en.md", "a.es.md", "--no-cache", cwd=article, env={"BILINGO_APERTIUM": str(apertium)})
    assert_one_line_error(result, 3, "a.en.md + a.es.md", reason)


def test_apertium_not_installed_exits_3_saying_how_to_install_it(article):
    result = run_bilingo("a.en.md", "a.es.md", "--no-cache", cwd=article,
                         env={"BILINGO_APERTIUM": str(article / "no-such-apertium")})
    # found before any document is read: the line names the translator, not a document
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"bilingo: error: Apertium is not installed ('{article / 'no-such-apertium'}' not found): "
        "apt-get install apertium apertium-eng-spa"
    ]


def test_a_hanging_translator_stops_at_the_configured_timeout_and_exits_3(article):
    (article / "bilingo.toml").write_text("translator-timeout = 1.5\n", encoding="utf-8")
    apertium = fake_apertium(article, "sleep 60\n")
    result = run_bilingo("a.en.md", "a.es.md", "--no-cache", cwd=article, env={"BILINGO_APERTIUM": str(apertium)},
                         timeout=50)
    assert_one_line_error(result, 3, "a.en.md + a.es.md", "timed out after 1.5 s", "longer timeout")


# --- batch: one broken document among good ones ----------------------------------------


def test_a_batch_reports_broken_documents_and_checks_the_others(tmp_path):
    content = tmp_path / "content"
    (content / "good").mkdir(parents=True)
    (content / "good/a.en.md").write_text(ENGLISH, encoding="utf-8")
    (content / "good/a.es.md").write_text(SPANISH, encoding="utf-8")
    (content / "scan.en.md").write_text(ENGLISH, encoding="utf-8")
    (content / "scan.es.md").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (content / "french.en.md").write_text(ENGLISH, encoding="utf-8")
    (content / "french.es.md").write_text(FRENCH, encoding="utf-8")
    # The Spanish side is the one translated: this word makes the fake Apertium fail on it.
    (content / "poison.en.md").write_text(ENGLISH, encoding="utf-8")
    (content / "poison.es.md").write_text(SPANISH.replace("Mongolia", "XYZZY Mongolia"), encoding="utf-8")
    os.symlink("..", content / "good/loop")  # a symlink loop does not stop the walk
    real = subprocess.run(["sh", "-c", "command -v apertium"], capture_output=True, text=True).stdout.strip()
    if not real:
        pytest.skip("Apertium is not installed")
    apertium = fake_apertium(
        tmp_path, f'input=$(cat); case "$input" in *XYZZY*) echo "lt-proc: bad input" >&2; exit 1;; esac\n'
                  f'printf "%s\\n" "$input" | {real} "$@"\n'
    )  # fmt: skip
    before = {path: digest(path) for path in content.rglob("*.md")}
    result = run_bilingo("content", "--format", "json", "--no-cache", cwd=tmp_path,
                         env={"BILINGO_APERTIUM": str(apertium)})  # fmt: skip
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    assert {path: digest(path) for path in content.rglob("*.md")} == before
    documents = {tuple(document["inputs"]): document for document in json.loads(result.stdout)["documents"]}
    good = documents[("content/good/a.en.md", "content/good/a.es.md")]
    assert not good.get("error") and any(f["rule"] == "only-in-en" for f in good["findings"])
    for pair, reason in (("scan", "PDF"), ("french", "English and Spanish"), ("poison", "lt-proc: bad input")):
        broken = documents[(f"content/{pair}.en.md", f"content/{pair}.es.md")]
        assert [f["rule"] for f in broken["findings"]] == ["document-error"]
        assert reason in broken["error"]
        assert any(line.startswith("bilingo: error:") and reason in line for line in result.stderr.splitlines())
    assert documents[("content/poison.en.md", "content/poison.es.md")]["findings"][0]["path"] == "content/poison.en.md"


# --- Ctrl-C ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signal_number", "exit_code", "message"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],  # Ctrl-C; a cancelled CI job
)
def test_ctrl_c_exits_130_without_a_report_and_with_a_sound_cache(tmp_path, signal_number, exit_code, message):
    cache = tmp_path / "cache"
    article_dir = tmp_path / "article"
    article_dir.mkdir()
    (article_dir / "a.en.md").write_text(ENGLISH, encoding="utf-8")
    (article_dir / "a.es.md").write_text(SPANISH, encoding="utf-8")
    warm = run_bilingo("a.en.md", "a.es.md", "--cache-dir", str(cache), cwd=article_dir)
    assert warm.returncode == 1, warm.stderr
    with sqlite3.connect(cache / "translations.sqlite3") as database:
        cached_before = database.execute("SELECT count(*) FROM translations").fetchone()[0]
    assert cached_before > 0

    # A longer article (the Spanish text four times over, reworded so nothing is cached yet)
    # and an Apertium that says when it starts, then takes its time.
    long_spanish = "\n\n".join(SPANISH.replace("Putin", f"Putin ({n})") for n in range(4))
    (article_dir / "long.es.md").write_text(long_spanish, encoding="utf-8")
    started = tmp_path / "apertium-started"
    apertium = fake_apertium(tmp_path, f"touch {started}; sleep 60\n")
    report = tmp_path / "report.json"
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    environment.update({"NO_COLOR": "1", "BILINGO_APERTIUM": str(apertium)})
    process = subprocess.Popen(
        [sys.executable, "-m", "bilingo", "check", "a.en.md", "long.es.md", "--translator", "apertium",
         "--cache-dir", str(cache), "--format", "json", "-o", str(report)],
        cwd=article_dir, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not started.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists(), process.communicate()[1] if process.poll() is not None else "Apertium never started"
        process.send_signal(signal_number)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == exit_code, stderr
    assert stderr.strip().splitlines()[-1] == f"bilingo: {message}" and "Traceback" not in stderr
    assert not report.exists()
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".report.json")]  # no temporary left
    with sqlite3.connect(cache / "translations.sqlite3") as database:
        assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute("SELECT count(*) FROM translations").fetchone()[0] == cached_before


# Python raises Ctrl-C's KeyboardInterrupt wherever the main thread is. Landing in a finaliser, it is lost and the
# run went on to wait for a translation (a run hung for the full translator timeout, 2 in 150 runs); landing in
# code that ``exec`` made (any dataclass), it made the process end by SIGINT instead of exit status 130.
LOST_INTERRUPT = """
import os, signal, sys, weakref
from bilingo import interrupt
interrupt.install()
doomed = type("Doomed", (), {})()
weakref.finalize(doomed, os.kill, os.getpid(), signal.SIGINT)
del doomed  # the interrupt is handled inside the finaliser, and its exception is lost there
from bilingo.cli import main
sys.argv = ["bilingo", "check", *sys.argv[1:]]
main()
"""


def test_an_interrupt_lost_where_it_landed_still_ends_the_run_at_once(tmp_path):
    (tmp_path / "a.en.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.es.md").write_text(SPANISH, encoding="utf-8")
    apertium = fake_apertium(tmp_path, "sleep 60\n")  # the translation the run must not wait for
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    environment.update({"NO_COLOR": "1", "BILINGO_APERTIUM": str(apertium)})
    began = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", LOST_INTERRUPT, "a.en.md", "a.es.md", "--translator", "apertium", "--no-cache",
         "-o", "report.txt"],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=50,
    )  # fmt: skip
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip() == "bilingo: interrupted"  # (not "Exception ignored in ..." either)
    assert time.monotonic() - began < 30
    assert not (tmp_path / "report.txt").exists()


def test_an_interrupt_inside_code_that_exec_made_still_exits_130(tmp_path):
    (tmp_path / "probe.py").write_text(
        "import sys\n"
        "from bilingo import interrupt\n"
        "interrupt.install()\n"
        "try:\n"
        "    exec('import os, signal; os.kill(os.getpid(), signal.SIGINT)')\n"
        "except KeyboardInterrupt:\n"
        "    sys.exit(130)\n",
        encoding="utf-8",
    )
    # run as ``python -m bilingo`` runs (a module): Python's own KeyboardInterrupt made it end by SIGINT (-2)
    result = subprocess.run([sys.executable, "-m", "probe"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 130, (result.returncode, result.stderr)


# --- a bug inside bilingo: one line, exit 4, and a batch goes on ------------------------

# Imported by Python at start-up (sitecustomize): makes the checks crash, as a bug would,
# on documents whose path names "poison", so the real CLI meets a real unexpected exception.
BUG_INJECTION = """
import bilingo.check

_real_run_checks = bilingo.check.run_checks

def run_checks(aligned, settings, timer):
    if "poison" in aligned.left.path:
        raise ZeroDivisionError("division by zero")
    return _real_run_checks(aligned, settings, timer)

bilingo.check.run_checks = run_checks
"""


@pytest.fixture
def buggy_bilingo(tmp_path) -> dict:
    """The environment of a bilingo whose checks crash on documents named 'poison'."""
    injection = tmp_path / "injection"
    injection.mkdir()
    (injection / "sitecustomize.py").write_text(BUG_INJECTION, encoding="utf-8")
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(injection), os.environ.get("PYTHONPATH")]))}


def test_a_bug_is_one_line_with_exit_code_4_not_a_traceback(tmp_path, buggy_bilingo):
    (tmp_path / "poison.en.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "poison.es.md").write_text(SPANISH, encoding="utf-8")
    result = run_bilingo("poison.en.md", "poison.es.md", "--no-cache", cwd=tmp_path, env=buggy_bilingo)
    assert_one_line_error(result, 4, "poison.en.md + poison.es.md", "internal error ZeroDivisionError",
                          "BILINGO_DEBUG=1")
    # for whoever fixes it, the traceback is one variable away
    result = run_bilingo("poison.en.md", "poison.es.md", "--no-cache", cwd=tmp_path,
                         env={**buggy_bilingo, "BILINGO_DEBUG": "1"})
    assert "Traceback" in result.stderr
    assert "ZeroDivisionError: division by zero" in result.stderr


def test_a_bug_on_one_document_of_a_batch_does_not_stop_the_others(tmp_path, buggy_bilingo):
    content = tmp_path / "content"
    content.mkdir()
    for name in ("good", "poison"):
        (content / f"{name}.en.md").write_text(ENGLISH, encoding="utf-8")
        (content / f"{name}.es.md").write_text(SPANISH, encoding="utf-8")
    result = run_bilingo("content", "--no-cache", "--format", "json", cwd=tmp_path, env=buggy_bilingo)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    documents = {Path(document["inputs"][0]).name: document for document in json.loads(result.stdout)["documents"]}
    good, poison = documents["good.en.md"], documents["poison.en.md"]
    assert {finding["rule"] for finding in good["findings"]} >= {"only-in-en", "only-in-es", "number-mismatch"}
    assert [finding["rule"] for finding in poison["findings"]] == ["document-error"]
    assert "internal error ZeroDivisionError" in poison["findings"][0]["message"]
