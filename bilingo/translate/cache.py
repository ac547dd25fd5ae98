"""A persistent translation cache in front of any translator (SQLite, one file).

Rechecking an article after an edit should translate only the sentences that changed.
``CachedTranslator`` looks every text up by a hash of (translator name, model, source
language, target language, text), sends only the misses to the inner translator, in
one batch, and stores what comes back.

Where: ``cache_dir`` if given, else ``$BILINGO_CACHE_DIR``, else the user cache
directory (``platformdirs.user_cache_dir("bilingo")``, e.g. ``~/.cache/bilingo``);
the file is ``translations.sqlite3`` there.

Schema (``PRAGMA user_version = 1``)::

    CREATE TABLE translations (
        key BLOB PRIMARY KEY,     -- sha256 of the JSON list [name, model, src, tgt, text]
        translation TEXT NOT NULL
    ) WITHOUT ROWID;

The cache must never be why a check fails. A locked, corrupt or read-only cache gives
one warning (``warnings.warn`` with ``TranslationCacheWarning``, and the message is kept
in ``.warnings`` for the CLI) and the run goes on without it; a file that is not a
database is moved aside to ``translations.sqlite3.corrupt`` and rebuilt. Writes are one
transaction per batch in WAL mode, so Ctrl-C leaves the cache as it was before the batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import warnings
from pathlib import Path

from bilingo.errors import CacheWarning

CACHE_FILENAME = "translations.sqlite3"
SCHEMA_VERSION = 1
LOCK_TIMEOUT_S = 5.0
LOOKUP_CHUNK = 500  # keys per SELECT, well under SQLite's bound-variable limit


class TranslationCacheWarning(CacheWarning):
    """The translation cache could not be used; translation goes on without it."""


def default_cache_dir() -> Path:
    """``$BILINGO_CACHE_DIR``, else the platform's user cache directory for bilingo."""
    configured = os.environ.get("BILINGO_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("bilingo"))


def cache_key(name: str, model: str, src: str, tgt: str, text: str, variant: str = "") -> bytes:
    """The 32-byte key of one translation (JSON keeps the fields unambiguous). ``variant``: the backend's
    ``cache_variant``, where it has one (what else shapes its translations; a new one leaves old entries unused)."""
    fields = [name, model, src, tgt, text] + ([variant] if variant else [])
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).digest()


class CachedTranslator:
    """Wraps a translator with a persistent cache; same interface, same results.

    A translator that can ``score`` (Marian) keeps that method here, uncached.

    ``hits`` counts texts answered without the inner translator (from the cache, or a
    repeat of an earlier text in the same batch); ``misses`` counts texts sent to it.
    """

    def __init__(
        self, inner, cache_dir: str | os.PathLike | None = None, *, lock_timeout_s: float = LOCK_TIMEOUT_S
    ) -> None:
        self.inner = inner
        self.lock_timeout_s = lock_timeout_s
        self.name = inner.name
        self.model = inner.model
        self.path = Path(cache_dir).expanduser() / CACHE_FILENAME if cache_dir else default_cache_dir() / CACHE_FILENAME
        self.hits = 0
        self.misses = 0
        self.warnings: list[str] = []
        self._connection: sqlite3.Connection | None = None
        self._disabled = False
        self._read_only = False
        self._lock = threading.Lock()  # one connection, shared by the CLI's worker threads
        self.costly_calls = getattr(inner, "costly_calls", False)
        if hasattr(inner, "score"):
            # Scoring (contrastive conditioning) passes straight through, uncached: its inputs
            # are the sentences with one span deleted, which rarely repeat across runs.
            self.score = inner.score

    # --- the translator interface ---------------------------------------------------------

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        if not texts:
            return []
        variant = getattr(self.inner, "cache_variant", "")
        keys = [cache_key(self.name, self.model, src, tgt, text, variant) for text in texts]
        with self._lock:
            found = self._lookup(set(keys))
        missing: dict[bytes, str] = {}  # key -> text, first occurrence, in input order
        for key, text in zip(keys, texts):
            if key not in found and key not in missing:
                missing[key] = text
        if missing:
            # Outside the lock: another thread's batch may translate meanwhile.
            translated = self.inner.translate(list(missing.values()), src, tgt)
            if len(translated) != len(missing):
                from bilingo.translate import TranslatorError

                raise TranslatorError(
                    f"{self.name} returned {len(translated)} translations for {len(missing)} texts"
                )
            new_entries = dict(zip(missing, translated))
            with self._lock:
                self._store(new_entries)
            found.update(new_entries)
        with self._lock:
            self.misses += len(missing)
            self.hits += len(texts) - len(missing)
        return [found[key] for key in keys]

    def warm_up(self, src: str, tgt: str) -> None:
        """The inner translator's ``warm_up``, where it has one. Passed on even when the coming texts may all be
        cached: Apertium keeps at most one started process waiting per direction, so a run answered from the
        cache starts one process in all."""
        warm_up = getattr(self.inner, "warm_up", None)
        if warm_up is not None:
            warm_up(src, tgt)

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
        close_inner = getattr(self.inner, "close", None)
        if close_inner is not None:
            close_inner()

    # --- storage --------------------------------------------------------------------------

    def _lookup(self, keys: set[bytes]) -> dict[bytes, str]:
        connection = self._connect()
        if connection is None:
            return {}
        ordered = list(keys)
        found: dict[bytes, str] = {}
        try:
            for start in range(0, len(ordered), LOOKUP_CHUNK):
                chunk = ordered[start : start + LOOKUP_CHUNK]
                placeholders = ",".join("?" * len(chunk))
                rows = connection.execute(
                    f"SELECT key, translation FROM translations WHERE key IN ({placeholders})", chunk
                )
                found.update(rows)
        except sqlite3.Error as error:
            self._give_up(f"cannot read it ({error})")
            return {}
        return found

    def _store(self, entries: dict[bytes, str]) -> None:
        if self._read_only:
            return
        connection = self._connect()
        if connection is None:
            return
        try:
            with connection:  # one transaction: all of the batch or none of it
                connection.executemany(
                    "INSERT OR REPLACE INTO translations (key, translation) VALUES (?, ?)", entries.items()
                )
        except sqlite3.Error as error:
            # Reads may still work (a read-only file): keep them, stop writing.
            self._read_only = True
            self._warn(f"cannot write it ({error}); new translations are not cached")

    def _connect(self) -> sqlite3.Connection | None:
        """The open connection, opening (and if need be rebuilding) the database once."""
        if self._disabled:
            return None
        if self._connection is not None:
            return self._connection
        try:
            self._connection = self._open()
        except sqlite3.DatabaseError as error:
            if not is_corruption(error) or not self._move_aside():
                self._give_up(f"cannot open it ({error})")
                return None
            try:
                self._connection = self._open()
            except (sqlite3.Error, OSError) as retry_error:
                self._give_up(f"cannot rebuild it ({retry_error})")
                return None
        except OSError as error:
            self._give_up(f"cannot create its directory ({error.strerror or error})")
            return None
        return self._connection

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=self.lock_timeout_s, check_same_thread=False)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]  # fails here if not a database
            if version not in (0, SCHEMA_VERSION):
                raise sqlite3.DatabaseError(f"unknown cache schema version {version}")
            try:
                connection.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError:
                pass  # a read-only file or directory: WAL needs to write; reads work without it
            if version == 0:
                with connection:
                    connection.execute(
                        "CREATE TABLE IF NOT EXISTS translations "
                        "(key BLOB PRIMARY KEY, translation TEXT NOT NULL) WITHOUT ROWID"
                    )
                    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            connection.close()
            raise
        return connection

    def _move_aside(self) -> bool:
        """Rename a corrupt cache file (and its WAL files) so a fresh one can be built."""
        corrupt = self.path.with_name(self.path.name + ".corrupt")
        try:
            os.replace(self.path, corrupt)
            for suffix in ("-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
        except OSError:
            return False
        self._warn(f"was corrupt; moved it to {corrupt.name} and started a new one")
        return True

    def _give_up(self, reason: str) -> None:
        self._disabled = True
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._warn(f"{reason}; translating without the cache")

    def _warn(self, reason: str) -> None:
        message = f"translation cache {self.path}: {reason}"
        self.warnings.append(message)
        warnings.warn(message, TranslationCacheWarning, stacklevel=4)


def is_corruption(error: sqlite3.DatabaseError) -> bool:
    """A file that is not an SQLite database (or a damaged one), as opposed to locks and permissions."""
    text = str(error).lower()
    return "not a database" in text or "malformed" in text or "unknown cache schema" in text
