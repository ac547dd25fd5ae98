"""A batch run finds its documents: pairs by file name, single bilingual files, unpaired files.

The content tree is built from real FLORES-200 articles (English and Spanish versions of
the same Wikinews stories), laid out the ways newsrooms name their files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bilingo.batch import PairPattern, discover
from bilingo.errors import InputError
from bilingo.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FLORES = SHARED / "corpus-dev/flores200-devtest/docs.jsonl"


def flores_articles(count: int) -> list[dict]:
    if not FLORES.exists():
        pytest.skip("../shared/corpus-dev is not available")
    articles = []
    with FLORES.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if len(article["en"]) >= 3:
                articles.append(article)
            if len(articles) == count:
                break
    return articles


def markdown(sentences: list[str], title: str) -> str:
    return f"# {title}\n\n" + "\n\n".join(sentences) + "\n"


def write_tree(root: Path, files: dict[str, str]) -> None:
    """Write ``files`` (relative path -> text) under ``root``, making their folders."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def content(tmp_path, monkeypatch) -> Path:
    """content/ with every layout a batch must recognise, built from real articles."""
    first, second, third, fourth, fifth = flores_articles(5)
    root = tmp_path / "content"
    files = {
        "story.en.md": markdown(first["en"], "Story"),
        "story.es.md": markdown(first["es"], "Historia"),
        "en/world/quake.md": markdown(second["en"], "Quake"),
        "es/world/quake.md": markdown(second["es"], "Terremoto"),
        "vote-en.html": "<article><p>" + "</p><p>".join(third["en"]) + "</p></article>",
        "vote-es.html": "<article><p>" + "</p><p>".join(third["es"]) + "</p></article>",
        # one file holding both languages: no marker in its name
        "bilingual.md": "\n\n".join(f"{en}\n\n{es}" for en, es in zip(fourth["en"], fourth["es"])) + "\n",
        # a Spanish version whose English version was never written
        "orphan.es.md": markdown(fifth["es"], "Huérfano"),
        "drafts/idea.en.md": markdown(fifth["en"], "Draft"),
        "drafts/idea.es.md": markdown(fifth["es"], "Borrador"),
        "notes.json": "{}",  # not a document format: a folder walk skips it
        # the repository's own files, in English only: not articles (a walk or a glob passes over them)
        "README.md": "# Content\n\nEvery story is published in English and in Spanish.\n",
        "es/LICENSE.txt": "All rights reserved.\n",
        ".git/HEAD.md": "not content",
    }
    write_tree(root, files)
    monkeypatch.chdir(tmp_path)
    return root


def test_a_folder_pairs_files_by_every_naming_convention(content):
    plan = discover(["content"], Settings())
    assert plan.documents == [
        ["content/bilingual.md"],
        ["content/drafts/idea.en.md", "content/drafts/idea.es.md"],
        ["content/en/world/quake.md", "content/es/world/quake.md"],
        ["content/story.en.md", "content/story.es.md"],
        ["content/vote-en.html", "content/vote-es.html"],
    ]
    assert plan.unpaired == ["content/orphan.es.md"]
    assert plan.messages["content/orphan.es.md"] == (
        "content/orphan.es.md: no English version found (expected content/orphan.en.md or content/orphan.md; one"
        " under another name pairs by a shared translationKey in the front matter, or by pairs in bilingo.toml)"
    )


def test_a_changed_spanish_file_alone_is_checked_against_its_english_file_on_disk(content):
    """What pre-commit does: it passes only the files that changed."""
    plan = discover(["content/es/world/quake.md", "content/story.es.md"], Settings())
    assert plan.documents == [
        ["content/en/world/quake.md", "content/es/world/quake.md"],
        ["content/story.en.md", "content/story.es.md"],
    ]
    assert plan.unpaired == []
    # both halves changed: still one document, English first
    plan = discover(["content/story.es.md", "content/story.en.md"], Settings())
    assert plan.documents == [["content/story.en.md", "content/story.es.md"]]


def test_hugo_translation_by_file_name_pairs_the_default_languages_unmarked_file(tmp_path, monkeypatch):
    """Hugo names a translation ``story.es.md`` beside ``story.md`` (the site's default language has no marker),
    and a page bundle ``index.es.md`` beside ``index.md``; a Spanish-first site has ``noticia.md`` and
    ``noticia.en.md``. Each pair is one document, also when pre-commit passes one changed file. Where both marked
    files exist they pair with each other, and the unmarked file is a document of its own."""
    first, second, third, fourth = flores_articles(4)
    files = {
        "posts/storm.md": markdown(first["en"], "Storm"),
        "posts/storm.es.md": markdown(first["es"], "Tormenta"),
        "posts/quake/index.md": markdown(second["en"], "Quake"),
        "posts/quake/index.es.md": markdown(second["es"], "Terremoto"),
        "noticias/noticia.md": markdown(third["es"], "Noticia"),
        "noticias/noticia.en.md": markdown(third["en"], "News"),
        "both/vote.md": "\n\n".join(f"{en}\n\n{es}" for en, es in zip(fourth["en"], fourth["es"])) + "\n",
        "both/vote.en.md": markdown(fourth["en"], "Vote"),
        "both/vote.es.md": markdown(fourth["es"], "Votación"),
    }
    write_tree(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    plan = discover(["."], Settings())
    assert plan.documents == [
        ["both/vote.en.md", "both/vote.es.md"],
        ["both/vote.md"],
        ["noticias/noticia.en.md", "noticias/noticia.md"],
        ["posts/quake/index.md", "posts/quake/index.es.md"],
        ["posts/storm.md", "posts/storm.es.md"],
    ]
    assert plan.unpaired == []
    for changed in ("posts/storm.es.md", "posts/storm.md"):  # pre-commit: one changed file finds the other
        assert discover([changed], Settings()).documents == [["posts/storm.md", "posts/storm.es.md"]]


def test_hugo_translation_key_pairs_articles_whose_slugs_differ(tmp_path, monkeypatch):
    """Hugo pairs translations whose slugs differ by a ``translationKey`` in their front matter (YAML or TOML).
    pre-commit passes one changed file: its partner is found under the site's content folder. Three files
    with one key say nothing about which two are a pair: each goes its way as before."""
    first, second = flores_articles(2)
    files = {
        "site/content/en/posts/storm.md": "---\ntitle: Storm\ntranslationKey: storm-2026\n---\n\n" + " ".join(first["en"]),
        "site/content/es/posts/tormenta.md": '+++\ntitle = "Tormenta"\ntranslationKey = "storm-2026"\n+++\n\n'
        + " ".join(first["es"]),
        "site/content/en/posts/vote.md": "---\ntranslationKey: vote\n---\n\n" + " ".join(second["en"]),
        "site/content/es/posts/voto.md": "---\ntranslationKey: vote\n---\n\n" + " ".join(second["es"]),
        "site/content/es/posts/voto-2.md": "---\ntranslationKey: vote\n---\n\n" + " ".join(second["es"]),
        "site/content/es/posts/roto.md": "---\ntranslationKey: [unclosed\n---\n\n" + " ".join(second["es"]),
    }
    write_tree(tmp_path, {name: text + "\n" for name, text in files.items()})
    monkeypatch.chdir(tmp_path)
    plan = discover(["site/content"], Settings())
    assert plan.documents == [["site/content/en/posts/storm.md", "site/content/es/posts/tormenta.md"]]
    assert plan.unpaired == ["site/content/en/posts/vote.md", "site/content/es/posts/roto.md",
                             "site/content/es/posts/voto-2.md", "site/content/es/posts/voto.md"]
    assert discover(["site/content/es/posts/tormenta.md"], Settings()).documents == [
        ["site/content/en/posts/storm.md", "site/content/es/posts/tormenta.md"]]
    assert discover(["site/content/en/posts/vote.md"], Settings()).unpaired == ["site/content/en/posts/vote.md"]


def test_a_walk_or_a_glob_passes_over_the_repositorys_own_files_but_a_file_named_alone_is_checked(content):
    for arguments in (["content"], ["content/*.md"], ["content/**/*.txt", "content/story.en.md"]):
        plan = discover(arguments, Settings())
        flat = [path for document in plan.documents for path in document] + plan.unpaired
        assert not any(os.path.basename(path) in ("README.md", "LICENSE.txt") for path in flat), arguments
        assert flat, arguments
    assert discover(["content/README.md"], Settings()).documents == [["content/README.md"]]


def test_order_is_deterministic_whatever_the_argument_order(content):
    arguments = ["content/vote-es.html", "content/story.es.md", "content/bilingual.md", "content/en", "content/es"]
    forward = discover(arguments, Settings())
    backward = discover(list(reversed(arguments)), Settings())
    assert forward == backward
    assert forward.documents == sorted(forward.documents)


def test_the_same_file_named_twice_or_through_a_link_is_checked_once(content):
    os.symlink(content / "story.en.md", content / "story-link.en.md")
    plan = discover(["content/story.en.md", "./content/story.en.md", "content/story-link.en.md"], Settings())
    assert plan.documents == [["content/story.en.md", "content/story.es.md"]]


def test_symlink_loops_end_the_walk(content):
    os.symlink("..", content / "en/world/back-to-content")
    os.symlink(content, content / "es/loop")
    plan = discover(["content"], Settings())
    assert ["content/story.en.md", "content/story.es.md"] in plan.documents
    assert len(plan.documents) == 5  # nothing found twice through the loops


def test_globs_expand_recursively(content):
    plan = discover(["content/**/*.es.md"], Settings())
    assert plan.documents == [
        ["content/drafts/idea.en.md", "content/drafts/idea.es.md"],
        ["content/story.en.md", "content/story.es.md"],
    ]
    assert plan.unpaired == ["content/orphan.es.md"]


def test_include_and_exclude_globs(content):
    plan = discover(["content"], Settings(exclude=["drafts", "*.html"]))
    flat = [path for document in plan.documents for path in document]
    assert not any("drafts/" in path or path.endswith(".html") for path in flat)
    assert ["content/story.en.md", "content/story.es.md"] in plan.documents
    plan = discover(["content"], Settings(include=["content/en/**", "content/es/**"]))
    assert plan.documents == [["content/en/world/quake.md", "content/es/world/quake.md"]]
    assert plan.unpaired == []


def test_include_and_exclude_are_relative_to_the_config_file(content, tmp_path):
    config = tmp_path / "bilingo.toml"
    config.write_text('exclude = ["/content/drafts"]\n', encoding="utf-8")
    os.chdir(content / "en")  # run from somewhere else in the tree
    plan = discover([str(content)], Settings(exclude=["/content/drafts"], config_path=str(config)))
    assert not any("drafts" in path for document in plan.documents for path in document)
    assert len(plan.documents) == 4


def test_explicit_pairs_and_custom_patterns(content):
    os.rename(content / "story.es.md", content / "historia.md")
    settings = Settings(pairs=[("content/story.en.md", "content/historia.md")])
    plan = discover(["content/historia.md"], settings)
    assert plan.documents == [["content/story.en.md", "content/historia.md"]]
    # without the explicit pair, historia.md has no language marker: a single-file document
    assert discover(["content/historia.md"], Settings()).documents == [["content/historia.md"]]

    os.rename(content / "vote-en.html", content / "vote.eng.html")
    os.rename(content / "vote-es.html", content / "vote.spa.html")
    custom = Settings(pair_patterns=[("{name}.eng.{ext}", "{name}.spa.{ext}")])
    plan = discover(["content/vote.spa.html"], custom)
    assert plan.documents == [["content/vote.eng.html", "content/vote.spa.html"]]


def test_missing_paths_and_empty_globs_are_input_errors(content):
    with pytest.raises(InputError, match="^content/nope.md: no such file or folder$"):
        discover(["content/nope.md"], Settings())
    with pytest.raises(InputError, match=r"^content/\*\.docx: no files match$"):
        discover(["content/*.docx"], Settings())


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("site/a.b.en.md", ("en", "site/a.b.es.md")),
        ("site/en/2024/a.md", ("en", "site/es/2024/a.md")),
        ("es/a.md", ("es", "en/a.md")),
        ("site/plain.md", None),
        ("site/lenses.md", None),  # "es" inside a word is not a language marker
    ],
)
def test_default_patterns_map_a_path_to_its_counterpart(path, expected):
    from bilingo.batch import DEFAULT_PAIR_PATTERNS

    results = [PairPattern(*templates).counterpart(path) for templates in DEFAULT_PAIR_PATTERNS]
    found = next((result for result in results if result is not None), None)
    assert found == expected


def test_a_pattern_without_name_is_rejected():
    with pytest.raises(ValueError, match="must contain"):
        PairPattern("en/index.md", "es/index.md")


# --- end to end, through the real command line and real Apertium ---------------------------


def run_bilingo(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    environment["NO_COLOR"] = "1"
    return subprocess.run([sys.executable, "-m", "bilingo", *args], capture_output=True, text=True, cwd=cwd,
                          env=environment, timeout=300)


def short_articles(count: int) -> list[dict]:
    """FLORES articles of three or four sentences: small enough for real Apertium in a test."""
    if not FLORES.exists():
        pytest.skip("../shared/corpus-dev is not available")
    articles = []
    with FLORES.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if 3 <= len(article["en"]) <= 4:
                articles.append(article)
            if len(articles) == count:
                break
    return articles


def test_a_batch_checks_every_document_and_shows_broken_and_unpaired_files(tmp_path):
    dropped, faithful = short_articles(2)
    content = tmp_path / "content"
    files = {
        "story.en.md": "\n\n".join(dropped["en"]) + "\n",
        "story.es.md": "\n\n".join(dropped["es"][:-1]) + "\n",  # the Spanish version lost a sentence
        "en/quake.md": "\n\n".join(faithful["en"]) + "\n",
        "es/quake.md": "\n\n".join(faithful["es"]) + "\n",
        "broken.en.md": "\n\n".join(faithful["en"]) + "\n",
        "orphan.es.md": "\n\n".join(faithful["es"]) + "\n",
    }
    write_tree(content, files)
    (content / "broken.es.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "bilingo.toml").write_text('translator = "apertium"\ncache-dir = ".cache"\n', encoding="utf-8")

    result = run_bilingo("check", "content", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    documents = {tuple(document["inputs"]): document for document in json.loads(result.stdout)["documents"]}
    assert set(documents) == {
        ("content/broken.en.md", "content/broken.es.md"),
        ("content/en/quake.md", "content/es/quake.md"),
        ("content/story.en.md", "content/story.es.md"),
        ("content/orphan.es.md",),
    }
    story = documents[("content/story.en.md", "content/story.es.md")]
    assert [f["text"] for f in story["findings"] if f["rule"] == "only-in-en"] == [dropped["en"][-1]]
    assert documents[("content/en/quake.md", "content/es/quake.md")]["findings"] == []
    broken = documents[("content/broken.en.md", "content/broken.es.md")]
    assert broken["error"] and broken["findings"][0]["rule"] == "document-error"
    orphan = documents[("content/orphan.es.md",)]["findings"]
    assert [f["rule"] for f in orphan] == ["document-error"] and "orphan.es.md" in orphan[0]["message"]

    # the faithful pair on its own passes: exit 0
    clean = run_bilingo("check", "content/en/quake.md", "content/es/quake.md", cwd=tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    # the broken pair on its own is an input error: exit 2, one line, no traceback
    broken_alone = run_bilingo("check", "content/broken.en.md", "content/broken.es.md", cwd=tmp_path)
    assert broken_alone.returncode == 2 and "Traceback" not in broken_alone.stderr
    # pre-commit style: only the changed Spanish file, its English version found on disk
    changed = run_bilingo("check", "--batch", "content/story.es.md", "--format", "json", cwd=tmp_path)
    assert [d["inputs"] for d in json.loads(changed.stdout)["documents"]] == [
        ["content/story.en.md", "content/story.es.md"]
    ]


def test_a_batch_translates_a_group_of_documents_in_one_call_with_the_results_of_checking_each_alone(tmp_path):
    """Starting a translator process per document was most of a batch's cost: the batch translates the
    sentences of a group of documents in one call (``TranslationsAhead``). Every report is the one the document
    gets checked alone: pairs of files, a bilingual file, a same-language pair, a headline without a period (the
    line Apertium once read the next sentence across), and a broken document, which still gets its own error."""
    from bilingo.check import check_documents, check_paths
    from bilingo.result_cache import ResultCache
    from bilingo.translate.apertium import ApertiumTranslator
    from counting_translator import CountingTranslator

    articles = flores_articles(4)
    folder = tmp_path / "content"
    folder.mkdir()
    documents = []
    for number, article in enumerate(articles[:3]):
        english, spanish = article["en"], article["es"]
        if number == 1:
            english, spanish = ["Scientists find feathers in amber", *english], ["Hallan plumas en ámbar", *spanish]
        for lang, sentences in (("en", english), ("es", spanish[:-1] if number == 2 else spanish)):
            (folder / f"story{number}.{lang}.md").write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
        documents.append([str(folder / f"story{number}.en.md"), str(folder / f"story{number}.es.md")])
    bilingual = "\n\n".join(f"{en}\n\n{es}" for en, es in zip(articles[3]["en"], articles[3]["es"]))
    (folder / "bilingual.md").write_text(bilingual + "\n", encoding="utf-8")
    documents.append([str(folder / "bilingual.md")])
    documents.append([str(folder / "story0.en.md"), str(folder / "story1.en.md")])  # two English versions
    (folder / "broken.es.md").write_bytes(b"\x00\x01binary")
    documents.append([str(folder / "story0.en.md"), str(folder / "broken.es.md")])

    settings = Settings(translator="apertium", cache=False)
    counting = CountingTranslator(ApertiumTranslator())
    reports = check_documents(documents, settings, counting, jobs=2)
    assert len(counting.batches) == 1  # the whole group, one process
    alone = [check_paths(paths, settings, ApertiumTranslator()) for paths in documents[:-1]]
    for report, expected in zip(reports[:-1], alone, strict=True):
        assert [(f.rule, f.start, f.message) for f in report.findings] == [
            (f.rule, f.start, f.message) for f in expected.findings]
        assert report.pairs == expected.pairs
    assert [f.rule for f in reports[2].findings] == ["only-in-en"]
    assert reports[-1].error and "binary" in reports[-1].error

    # a translator whose calls cost nothing to start (Marian, loaded once) is called per document, as it comes
    per_document = CountingTranslator(ApertiumTranslator())
    per_document.costly_calls = False
    check_documents(documents[:3], settings, per_document)
    assert len(per_document.batches) == 3

    # documents the result cache answers are not translated again, not even ahead
    results = ResultCache(tmp_path / "results")
    check_documents(documents, settings, counting, results=results)
    before = len(counting.batches)
    again = check_documents(documents, settings, counting, results=results)
    assert len(counting.batches) == before
    assert [r.findings for r in again[:-1]] == [r.findings for r in reports[:-1]]


def test_a_batch_translates_the_next_group_while_it_checks_one_and_ctrl_c_kills_that_translation(
        tmp_path, monkeypatch):
    """The next group's translation (Apertium, both cores) runs while the group before is checked (Python, one
    core): the reports are those of checking each document alone. Interrupted, the batch does not wait for the
    translation under way: its Apertium process is killed."""
    import signal
    import time

    import bilingo.check
    from bilingo.check import check_documents, check_paths
    from bilingo.translate.apertium import ApertiumTranslator
    from counting_translator import CountingTranslator

    monkeypatch.setattr(bilingo.check, "AHEAD_DOCUMENTS", 1)  # a group per document
    articles = flores_articles(40)
    documents = []
    for number, sentences in enumerate([(articles[0]["en"], articles[0]["es"]), (articles[1]["en"], articles[1]["es"]),
                                        ([s for a in articles for s in a["en"]] * 3,
                                         [s for a in articles for s in a["es"]] * 3)]):  # a long one last
        for lang, side in zip(("en", "es"), sentences):
            (tmp_path / f"story{number}.{lang}.md").write_text("\n\n".join(side) + "\n", encoding="utf-8")
        documents.append([str(tmp_path / f"story{number}.en.md"), str(tmp_path / f"story{number}.es.md")])
    settings = Settings(translator="apertium", cache=False)

    counting = CountingTranslator(ApertiumTranslator())
    reports = check_documents(documents[:2], settings, counting)
    assert len(counting.batches) == 2  # one call per group, none by the checks
    for report, paths in zip(reports, documents[:2], strict=True):
        alone = check_paths(paths, settings, ApertiumTranslator())
        assert report.pairs == alone.pairs and report.findings == alone.findings

    apertium = ApertiumTranslator()
    started = []
    real_start = apertium._start
    monkeypatch.setattr(apertium, "_start", lambda mode: started.append(real_start(mode)) or started[-1])

    def interrupt_while_translating(report) -> None:  # Ctrl-C once the long document's translation is under way
        for _ in range(1000):
            if len(started) == 2 and apertium._running:
                break
            time.sleep(0.01)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        check_documents(documents[1:], settings, apertium, on_done=interrupt_while_translating)
    assert len(started) == 2  # the first group's process, and the long document's, started ahead
    assert started[-1].wait(timeout=60) == -signal.SIGKILL  # killed, not waited for


def test_groups_made_ahead_come_in_order_and_a_failure_while_making_one_is_raised_where_it_is_checked():
    """``GroupsAhead``: what the look-ahead thread makes comes out in the generator's order; an exception there
    (a bug) is raised in the checking thread after the groups made before it, as it was without the thread."""
    import threading

    from bilingo.check import GroupsAhead

    def groups():
        yield ["first"]
        yield ["second"]
        raise ValueError("a bug while reading the third group")

    made = GroupsAhead(groups(), threading.Event())
    seen = []
    with pytest.raises(ValueError, match="third group"):
        for group in made:
            seen.append(group)
    assert seen == [["first"], ["second"]]
    assert list(GroupsAhead(iter([["a"], ["b"], ["c"]]), threading.Event())) == [["a"], ["b"], ["c"]]


def _page(lang: str, sentences: list[str], alternates: list[tuple[str, str]]) -> str:
    links = "".join(f'<link rel="alternate" hreflang="{code}" href="{href}">' for code, href in alternates)
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in sentences)
    return f'<html lang="{lang}"><head><title>Story</title>{links}</head><body><article>{paragraphs}</article></body></html>'


def test_pages_whose_slugs_differ_pair_by_their_hreflang_links(tmp_path, monkeypatch):
    """A site with a Spanish edition publishes each story under its own slug per language and links the two
    for search engines (``<link rel="alternate" hreflang="es" href=...>``): a full URL (a folder's index.html),
    a path relative to the page, or one from the site's root. A page linked to nothing stays a single file."""
    first, second, third = flores_articles(3)
    site = tmp_path / "site"
    pages = {
        "news/2024/city-council-budget.html": _page("en", first["en"], [
            ("en", "https://daily.example/news/2024/city-council-budget.html"),
            ("es-US", "https://daily.example/es/noticias/concejo-presupuesto/")]),
        "es/noticias/concejo-presupuesto/index.html": _page("es", first["es"], []),
        "news/other/quake.html": _page("en", second["en"], [("es", "../../es/sismo.html")]),
        "es/sismo.html": _page("es", second["es"], [("en", "/news/other/quake.html")]),
        "bilingual.html": _page("en", [s for pair in zip(third["en"], third["es"]) for s in pair], []),
    }
    write_tree(site, pages)
    monkeypatch.chdir(tmp_path)
    plan = discover(["site"], Settings())
    assert plan.documents == [
        ["site/bilingual.html"],
        ["site/news/2024/city-council-budget.html", "site/es/noticias/concejo-presupuesto/index.html"],
        ["site/news/other/quake.html", "site/es/sismo.html"],
    ]
    assert plan.unpaired == []
    # pre-commit, one changed page: a relative link is followed to the file on disk
    assert discover(["site/news/other/quake.html"], Settings()).documents == [
        ["site/news/other/quake.html", "site/es/sismo.html"]]


def test_a_hugo_site_is_checked_headline_and_bundle_included(tmp_path):
    """A Hugo content tree as it is written: a page bundle translated by file name (index.md, index.es.md), the
    headline in the front matter only. The Spanish headline's changed number is the one finding, at its line."""
    (article,) = short_articles(1)
    bundle = tmp_path / "content" / "posts" / "storm"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text(
        '---\ntitle: "Storm leaves 300,000 homes without power"\ndate: 2026-11-20\ntags: [weather]\n---\n\n'
        + "\n\n".join(article["en"]) + "\n", encoding="utf-8")
    (bundle / "index.es.md").write_text(
        '---\ntitle: "La tormenta deja 30.000 hogares sin luz"\ndate: 2026-11-20\ntags: [clima]\n---\n\n'
        + "\n\n".join(article["es"]) + "\n", encoding="utf-8")
    result = run_bilingo("check", "content", "--no-cache", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    assert document["inputs"] == ["content/posts/storm/index.md", "content/posts/storm/index.es.md"]
    numbers = [finding for finding in document["findings"] if finding["rule"] == "number-mismatch"]
    assert [(finding["path"], finding["line"], finding["message"]) for finding in numbers] == [
        ("content/posts/storm/index.es.md", 2, "300,000 in English but 30.000 in Spanish")]
