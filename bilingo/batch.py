"""Turn the paths of a batch run (files, folders, globs) into the documents to check.

A document is one file holding both languages, or two files holding the English and
Spanish versions of one article. Two files are recognised as a pair by name, with
templates such as ``{name}.en.{ext}`` ↔ ``{name}.es.{ext}`` or ``en/{name}`` ↔
``es/{name}`` (``Settings.pair_patterns`` replaces the built-in list), or because the
config lists them (``Settings.pairs``). As Hugo names translations, a site's default language
may have no marker: ``story.md`` pairs with ``story.es.md`` (or ``story.en.md``) when that
file has no marked counterpart. Any other file with no language marker in its name is a
single-file document. A file with a marker whose counterpart does not exist is
*unpaired*: it is reported to the user, never silently dropped.

The counterpart is looked up on disk, not only among the given paths: pre-commit passes
just the changed files, and a changed ``story.es.md`` must still be checked against the
``story.en.md`` next to it.

Folders are walked following symbolic links, with every visited folder's real path
remembered so that a link loop ends the walk instead of hanging it. Everything comes
out sorted, so two runs over the same tree check the same documents in the same order.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from bilingo.errors import InputError
from bilingo.settings import Settings

# Extensions a folder walk picks up. Files named explicitly are checked whatever their extension.
SUPPORTED_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".text", ".html", ".htm", ".xhtml", ".docx", ".json",
                      ".xml")
# A .json or .xml file a folder walk meets is an article only if its start names a news item: a ninjs item's
# headline or body, a NewsML-G2 or NITF root element. A content tree also holds data, manifests, sitemaps and
# configuration in JSON and XML.
NINJS_HEAD = re.compile(r'"(?:headlines?|body_html|body_xhtml|body_text|bodies)"\s*:')
NEWS_ITEM_HEAD_BYTES = 65536
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages"})
# A repository's own files, not articles: a folder walk or a glob passes over them (named alone, one is checked).
# Compared in upper case with the name's first part: README.md, readme.es.txt, LICENSE.txt...
REPOSITORY_FILES = frozenset({
    "README", "CHANGELOG", "CHANGES", "HISTORY", "LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS",
    "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY", "SUPPORT",
})
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}

DEFAULT_PAIR_PATTERNS: tuple[tuple[str, str], ...] = (
    ("{name}.en.{ext}", "{name}.es.{ext}"),
    ("{name}-en.{ext}", "{name}-es.{ext}"),
    ("{name}_en.{ext}", "{name}_es.{ext}"),
    ("en/{name}", "es/{name}"),
)

_PLACEHOLDER = re.compile(r"\{(\w*)\}")
_PLACEHOLDER_REGEXES = {"name": "(?P<name>.+)", "ext": r"(?P<ext>[^/.]+)"}


@dataclass(frozen=True)
class PairPattern:
    """Two path templates naming the English and Spanish versions of one article.

    ``{name}`` stands for any run of characters (folders included), ``{ext}`` for a file
    extension. A template matches the end of a path, so ``en/{name}`` pairs
    ``site/en/2024/story.md`` with ``site/es/2024/story.md``.
    """

    english: str
    spanish: str
    _regexes: dict[str, re.Pattern] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        english_fields = self._fields(self.english)
        if "name" not in english_fields:
            raise ValueError(f"pattern {self.english!r} must contain {{name}}")
        if english_fields != self._fields(self.spanish):
            raise ValueError(f"patterns {self.english!r} and {self.spanish!r} must use the same placeholders")
        if self.english == self.spanish:
            raise ValueError(f"pattern {self.english!r} is the same for both languages")
        regexes = {"en": self._compile(self.english), "es": self._compile(self.spanish)}
        object.__setattr__(self, "_regexes", regexes)

    @staticmethod
    def _fields(template: str) -> set[str]:
        fields = set(_PLACEHOLDER.findall(template))
        unknown = fields - set(_PLACEHOLDER_REGEXES)
        if unknown:
            placeholder = "{" + sorted(unknown)[0] + "}"
            raise ValueError(f"pattern {template!r}: unknown placeholder {placeholder}; use {{name}} and {{ext}}")
        return fields

    @staticmethod
    def _compile(template: str) -> re.Pattern:
        parts = _PLACEHOLDER.split(template)
        # split() alternates literal text and placeholder names
        body = "".join(
            _PLACEHOLDER_REGEXES[part] if index % 2 else re.escape(part) for index, part in enumerate(parts)
        )
        return re.compile(r"(?P<prefix>(?:.*/)?)" + body)

    def counterpart(self, path: str) -> tuple[str, str] | None:
        """``(language of path, path of the other version)`` if ``path`` fits one side, else ``None``."""
        for lang, other_template in (("en", self.spanish), ("es", self.english)):
            match = self._regexes[lang].fullmatch(path)
            if match:
                values = {key: value for key, value in match.groupdict().items() if key != "prefix"}
                return lang, match["prefix"] + other_template.format(**values)
        return None


@dataclass
class BatchPlan:
    """What a batch run checks: documents of one or two paths (English first), and unpaired files."""

    documents: list[list[str]] = field(default_factory=list)
    unpaired: list[str] = field(default_factory=list)
    # unpaired path -> the one-line message to show, naming the counterpart that was looked for
    messages: dict[str, str] = field(default_factory=dict)


def discover(paths: list[str], settings: Settings) -> BatchPlan:
    """Expand ``paths`` (files, folders, globs) and group the files into documents.

    Raises ``InputError`` for a path that does not exist or a glob that matches nothing.
    """
    candidates = expand_paths(paths)
    base = include_base(settings)
    candidates = [
        path for path in candidates if is_included(path, base, settings.include, settings.exclude)
    ]
    return pair_files(candidates, settings)


# --- expanding the arguments -----------------------------------------------------------


def expand_paths(paths: list[str]) -> list[str]:
    """Every file the arguments name, once each (by real path), in a stable order."""
    found: dict[str, str] = {}  # real path -> path as shown to the user

    def add(path: str) -> None:
        found.setdefault(os.path.realpath(path), normalize(path))

    for argument in paths:
        if has_glob(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                raise InputError(f"{argument}: no files match")
            for match in matches:
                if os.path.isdir(match):
                    for path in walk(match):
                        add(path)
                elif is_document_file(match):
                    add(match)
        elif os.path.isdir(argument):
            for path in walk(argument):
                add(path)
        elif os.path.isfile(argument):
            add(argument)
        elif os.path.exists(argument):
            raise InputError(f"{argument}: not a regular file or folder")
        else:
            raise InputError(f"{argument}: no such file or folder")
    return sorted(found.values())


def walk(top: str) -> list[str]:
    """Supported files under ``top``, following symlinks but never the same folder twice."""
    visited: set[str] = set()
    files: list[str] = []
    for folder, subfolders, names in os.walk(top, followlinks=True):
        real = os.path.realpath(folder)
        if real in visited:
            subfolders[:] = []
            continue
        visited.add(real)
        subfolders[:] = sorted(
            name
            for name in subfolders
            if not name.startswith(".")
            and name not in SKIPPED_FOLDERS
            and os.path.realpath(os.path.join(folder, name)) not in visited
        )
        files.extend(path for path in (os.path.join(folder, name) for name in sorted(names)) if is_document_file(path))
    return files


def is_document_file(path: str) -> bool:
    """Whether a file a folder walk or a glob meets may be an article: a supported format, not hidden, not one
    of the repository's own files (``REPOSITORY_FILES``: a README in English only is not an article missing its
    Spanish half)."""
    name = os.path.basename(path)
    return (
        name.lower().endswith(SUPPORTED_SUFFIXES)
        and not name.startswith(".")
        and name.split(".", 1)[0].upper() not in REPOSITORY_FILES
        and os.path.isfile(path)
        and (not name.lower().endswith((".json", ".xml")) or is_news_item_file(path))
    )


def is_news_item_file(path: str) -> bool:
    """Whether a JSON or XML file's start names a news item: a ninjs headline or body (``NINJS_HEAD``), a
    NewsML-G2 or NITF root element (``bilingo.newsml.NEWS_XML_HEAD``)."""
    from bilingo.newsml import NEWS_XML_HEAD

    try:
        with open(path, "rb") as stream:
            head = stream.read(NEWS_ITEM_HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return False
    pattern = NEWS_XML_HEAD if path.lower().endswith(".xml") else NINJS_HEAD
    return pattern.search(head) is not None


def has_glob(path: str) -> bool:
    return any(char in path for char in "*?[")


def normalize(path: str) -> str:
    """A path as shown in reports: normalised, with forward slashes."""
    return Path(os.path.normpath(path)).as_posix()


# --- include / exclude -----------------------------------------------------------------


def include_base(settings: Settings) -> Path:
    """Globs in the config are relative to the config file's folder; otherwise to the working directory."""
    if settings.config_path:
        return Path(settings.config_path).resolve().parent
    return Path.cwd().resolve()


def relative_to_base(path: str, base: Path) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return absolute.as_posix()


def matches_glob(relative: str, pattern: str) -> bool:
    """gitignore-like matching: a pattern matches the path, a folder above it, or (without a
    leading ``/``) the same at any depth. ``*`` and ``**`` both cross folders."""
    anchored = pattern.startswith("/")
    pattern = pattern.lstrip("/").rstrip("/")
    pieces = relative.split("/")
    for depth in range(len(pieces), 0, -1):
        candidate = "/".join(pieces[:depth])
        if fnmatch.fnmatchcase(candidate, pattern):
            return True
        if not anchored and fnmatch.fnmatchcase(candidate, "*/" + pattern):
            return True
    return False


def is_included(path: str, base: Path, include: list[str], exclude: list[str]) -> bool:
    relative = relative_to_base(path, base)
    if include and not any(matches_glob(relative, pattern) for pattern in include):
        return False
    return not any(matches_glob(relative, pattern) for pattern in exclude)


# --- pairing -------------------------------------------------------------------------------


def pair_patterns(settings: Settings) -> list[PairPattern]:
    templates = settings.pair_patterns if settings.pair_patterns is not None else DEFAULT_PAIR_PATTERNS
    return [PairPattern(english, spanish) for english, spanish in templates]


def pair_files(files: list[str], settings: Settings) -> BatchPlan:
    """Group files into documents: explicit pairs first, then name patterns, else single files."""
    patterns = pair_patterns(settings)
    shown = {os.path.realpath(path): path for path in files}
    explicit: dict[str, tuple[str, str]] = {}
    for english, spanish in settings.pairs:
        for member in (english, spanish):
            explicit[os.path.realpath(member)] = (normalize(english), normalize(spanish))

    by_name = {path: pair_by_name(path, patterns) for path in files}
    unnamed = [path for path in files if by_name[path][0] is None]  # no name pairs them: links and keys may
    linked = hreflang_pairs(unnamed, files) | translation_key_pairs(unnamed)
    plan = BatchPlan()
    used: set[str] = set()
    for path in files:
        real = os.path.realpath(path)
        if real in used:
            continue
        if real in explicit:
            english, spanish = explicit[real]
            missing = [member for member in (english, spanish) if not os.path.isfile(member)]
            if missing:
                plan.unpaired.append(path)
                plan.messages[path] = f"{path}: the configured pair partner {missing[0]} does not exist"
                used.add(real)
                continue
            document = [shown.get(os.path.realpath(member), member) for member in (english, spanish)]
        else:
            document, expected = by_name[path]
            if document is None and real in linked:
                document = [member for member in linked[real]]
                if any(os.path.realpath(member) in used for member in document):
                    document = None  # (its partner is in a document already: this one goes alone)
            if document is None:
                if expected is None:
                    document = [path]
                else:
                    lang, counterpart = expected
                    other = LANGUAGE_NAMES["es" if lang == "en" else "en"]
                    plan.unpaired.append(path)
                    plan.messages[path] = f"{path}: no {other} version found (expected {counterpart}{_other_name_hint(path)})"
                    used.add(real)
                    continue
            document = [shown.get(os.path.realpath(member), member) for member in document]
        used.update(os.path.realpath(member) for member in document)
        plan.documents.append(document)
    plan.documents.sort()
    plan.unpaired.sort()
    return plan


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _other_name_hint(path: str) -> str:
    """How a version published under another name ("asylum.md" / "asilo.md") is paired, for the unpaired message."""
    if path.lower().endswith(MARKDOWN_SUFFIXES):
        return "; one under another name pairs by a shared translationKey in the front matter, or by pairs in bilingo.toml"
    if path.lower().endswith(HTML_SUFFIXES):
        return "; one under another name pairs by its hreflang link, or by pairs in bilingo.toml"
    return "; one under another name pairs by pairs in bilingo.toml"


def hreflang_pairs(unnamed: list[str], files: list[str]) -> dict[str, tuple[str, str]]:
    """Pages that name their other-language version in a ``<link rel="alternate" hreflang="es" href="...">``
    (what sites publish for search engines, whatever their slugs): for the real path of each page of a pair
    found so, ``(english, spanish)`` as ``files`` shows them. An ``href`` is found among ``files``: a relative
    one from the page's folder; a site-absolute path or a full URL by its path, ending one file's path (a URL
    ending in "/" by its ``index.html``), when exactly one does. Only the pages of ``unnamed``, those no naming
    convention pairs, are read: a name pairs first."""
    pages = [path for path in unnamed if path.lower().endswith(HTML_SUFFIXES)]
    if not pages:
        return {}
    by_real = {os.path.realpath(path): path for path in files}
    pairs: dict[str, tuple[str, str]] = {}
    for path in pages:
        if os.path.realpath(path) in pairs:
            continue
        for lang, href in alternate_links(path):
            partner = linked_file(path, href, by_real)
            if partner is None or os.path.realpath(partner) == os.path.realpath(path):
                continue
            english, spanish = (path, partner) if lang == "es" else (partner, path)
            for member in (english, spanish):
                pairs.setdefault(os.path.realpath(member), (english, spanish))
            break
    return pairs


MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
TRANSLATION_KEYS = ("translationKey", "translationkey", "translation_key")  # Hugo's, and its snake-case spelling
FRONT_MATTER_BYTES = 16 * 1024  # a front matter is read from the start of a file, at most this much
CONTENT_ROOT_FILES = 5000  # Markdown files searched at most for a partner on disk (pre-commit passes one file)


def translation_key_pairs(unnamed: list[str]) -> dict[str, tuple[str, str]]:
    """Markdown articles whose front matter names the same ``translationKey`` (Hugo's way to pair translations
    whose slugs differ: ``content/en/posts/storm.md`` and ``content/es/posts/tormenta.md``): for the real path
    of each file of such a pair, the pair, English first where the paths tell (``en``/``es`` folders or
    markers). Only the files of ``unnamed``, those no naming convention pairs, are read. A file whose partner is
    not among them (pre-commit passes the changed ones) is looked for under its site's ``content`` folder."""
    articles = [path for path in unnamed if path.lower().endswith(MARKDOWN_SUFFIXES)]
    by_key: dict[str, list[str]] = {}
    for path in articles:
        key = translation_key(path)
        if key is not None:
            by_key.setdefault(key, []).append(path)
    pairs: dict[str, tuple[str, str]] = {}
    site_indexes: dict[Path, dict[str, list[str]]] = {}
    for key, members in by_key.items():
        if len(members) == 1:
            members = members + [partner for partner in keyed_on_disk(members[0], key, site_indexes)
                                 if os.path.realpath(partner) != os.path.realpath(members[0])]
        if len(members) != 2:
            continue  # alone, or three versions: which two are the pair is not said
        english, spanish = sorted(members, key=lambda member: path_language(member) == "es")
        for member in (english, spanish):
            pairs[os.path.realpath(member)] = (english, spanish)
    return pairs


def translation_key(path: str) -> str | None:
    from bilingo.front_matter import front_matter_data

    try:
        with open(path, "rb") as stream:
            head = stream.read(FRONT_MATTER_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None  # (its check reports it)
    if not any(name in head for name in TRANSLATION_KEYS):
        return None  # (most files: their front matter is not parsed)
    data = front_matter_data(head.lstrip("\ufeff"))
    value = next((data[name] for name in TRANSLATION_KEYS if name in data), None)
    return str(value) if isinstance(value, (str, int)) and str(value).strip() else None


def keyed_on_disk(path: str, key: str, site_indexes: dict[Path, dict[str, list[str]]]) -> list[str]:
    """The Markdown files of ``path``'s site (under its nearest ``content`` folder) with ``translationKey`` ``key``.
    Each site is read once per batch (``site_indexes``: its folder -> the files per key), at most
    ``CONTENT_ROOT_FILES`` files of it."""
    root = next((parent for parent in Path(path).resolve().parents if parent.name == "content"), None)
    if root is None:
        return []
    if root not in site_indexes:
        index: dict[str, list[str]] = {}
        candidates = sorted(candidate for candidate in root.rglob("*") if candidate.suffix.lower() in MARKDOWN_SUFFIXES)
        for candidate in candidates[:CONTENT_ROOT_FILES]:
            found = translation_key(str(candidate)) if candidate.is_file() else None
            if found is not None:
                index.setdefault(found, []).append(str(candidate))
        site_indexes[root] = index
    return [str(candidate) if os.path.isabs(path) else os.path.relpath(candidate)
            for candidate in site_indexes[root].get(key, [])]


def path_language(path: str) -> str | None:
    """The language a path names: an ``en``/``es`` folder, or a ``.en.``/``.es.`` marker; None when it names none."""
    parts = Path(path).parts
    for lang in ("en", "es"):
        if lang in parts[:-1] or f".{lang}." in parts[-1]:
            return lang
    return None


def alternate_links(path: str) -> list[tuple[str, str]]:
    """The page's ``(language, href)`` alternates in English or Spanish ("es-MX" is "es"), from its ``<head>``."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return []
    return alternate_links_in(head)


def alternate_links_in(head: str) -> list[tuple[str, str]]:
    """``alternate_links`` of the start of a page's HTML (a file's, or a fetched page's: ``bilingo.fetch``)."""
    from selectolax.lexbor import LexborHTMLParser

    links = []
    for node in LexborHTMLParser(head).css("link[hreflang][href]"):
        attributes = node.attributes
        if "alternate" not in (attributes.get("rel") or "").lower().split():
            continue
        lang = (attributes.get("hreflang") or "").lower().split("-")[0]
        if lang in ("en", "es"):
            links.append((lang, attributes.get("href") or ""))
    return links


HEAD_BYTES = 256 * 1024  # where a page's <link> elements are looked for: its start (the <head>)


def linked_file(page: str, href: str, by_real: dict[str, str]) -> str | None:
    """The file among ``by_real``'s that ``href``, written in ``page``, points to; None when none or several."""
    from urllib.parse import unquote, urlsplit

    try:
        url = urlsplit(href.strip())
    except ValueError:  # ("http://[::1" and other broken URLs)
        return None
    target = unquote(url.path)
    if not target:
        return None
    if not url.scheme and not url.netloc and not target.startswith("/"):  # relative to the page's folder
        candidates = [os.path.normpath(os.path.join(os.path.dirname(page), target))]
        if target.endswith("/"):
            candidates = [os.path.join(candidates[0], "index.html")]
        candidate = candidates[0]
        if os.path.realpath(candidate) in by_real:
            return by_real[os.path.realpath(candidate)]
        return normalize(candidate) if os.path.isfile(candidate) else None  # (on disk, as names are looked up)
    suffix = target.lstrip("/")
    if suffix.endswith("/") or not suffix:
        suffix += "index.html"
    ends = [shown for shown in by_real.values() if Path(shown).as_posix().endswith("/" + suffix)
            or Path(shown).as_posix() == suffix]
    return ends[0] if len(ends) == 1 else None


def pair_by_name(path: str, patterns: list[PairPattern]) -> tuple[list[str] | None, tuple[str, str] | None]:
    """``([english, spanish], None)`` when a pattern, or the unmarked name of a site's default language
    (``default_language_pair``), finds the counterpart on disk; ``(None, (lang, expected counterpart))`` when
    the name has a language marker but the counterpart is missing; ``(None, None)`` when the name has no
    marker at all."""
    expected: tuple[str, str] | None = None
    for pattern in patterns:
        result = pattern.counterpart(path)
        if result is None:
            continue
        lang, counterpart = result
        if os.path.isfile(counterpart) and os.path.realpath(counterpart) != os.path.realpath(path):
            return ([path, counterpart] if lang == "en" else [counterpart, path]), None
        expected = expected or result
    default_version = default_language_pair(path)
    if default_version is not None:
        return default_version, None
    if expected is not None and unmarked_name(path) is not None:
        lang, counterpart = expected
        expected = lang, f"{counterpart} or {unmarked_name(path)}"
    return None, expected


_LANGUAGE_MARKER = re.compile(r"^(?P<stem>.+)\.(?P<lang>en|es)\.(?P<ext>[^/.]+)$")


def unmarked_name(path: str) -> str | None:
    """``story.md`` for ``story.es.md`` or ``story.en.md``: where a site keeps its default language's version."""
    folder, name = os.path.split(path)
    match = _LANGUAGE_MARKER.match(name)
    return os.path.join(folder, f"{match['stem']}.{match['ext']}") if match else None


def default_language_pair(path: str) -> list[str] | None:
    """Hugo's translation by file name: the default language's version has no marker (``story.md`` beside
    ``story.es.md``, ``index.md`` beside ``index.es.md``). ``[english, spanish]`` when ``path`` is one of two
    such files, the other on disk, and the marked file has no marked counterpart (``story.en.md`` and
    ``story.es.md`` pair with each other, and ``story.md`` is then a document of its own)."""
    folder, name = os.path.split(path)
    marked = _LANGUAGE_MARKER.match(name)
    if marked is not None:  # story.es.md: its story.en.md is missing (``pair_by_name``); is there a story.md?
        unmarked = unmarked_name(path)
        if unmarked is None or not os.path.isfile(unmarked):
            return None
        return [unmarked, path] if marked["lang"] == "es" else [path, unmarked]
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or path.endswith("/"):
        return None
    for lang, other in (("es", "en"), ("en", "es")):  # story.md: beside a story.es.md with no story.en.md?
        sibling = os.path.join(folder, f"{stem}.{lang}.{ext}")
        if os.path.isfile(sibling) and not os.path.isfile(os.path.join(folder, f"{stem}.{other}.{ext}")):
            return [path, sibling] if lang == "es" else [sibling, path]
    return None
