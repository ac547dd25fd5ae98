"""Apertium (rule-based MT, Debian ``apertium`` + ``apertium-eng-spa``) as a batch translator.

One ``apertium -u <mode>`` process translates a whole batch: one sentence per input
line, and output line *i* is the translation of input line *i*. That contract is what
this module guards:

* each text is flattened to one line first (newlines and the other characters that
  Apertium or a reader might treat as line breaks become spaces), so line *i* stays
  text *i*;
* the output's line count is checked; on a mismatch the batch is bisected, so a bad
  line costs a few extra processes, and a single line that still comes back as zero or
  several lines raises ``TranslatorError``;
* big batches go in chunks (``chunk_size`` lines), each with its own timeout;
* ``warm_up`` starts the next batch's process ahead of time: Apertium's stages load their
  dictionaries as they start (about 0.1 s, as long as translating a hundred sentences
  takes), and bilingo has the document to read, segment and identify meanwhile.

Plain text format with ``-u`` (no ``*`` marks on unknown words). Never ``-f line``: it
drops the final period of every line. Apertium output is literal and often clumsy, but
its content words are right, which is what alignment and the checks need.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import weakref
from collections.abc import Sequence

from bilingo import interrupt
from bilingo.places import US_PLACES_WITH_SPANISH_NAMES
from bilingo.translate import TranslatorError

# (source, target) language -> Apertium mode name (``apertium -l`` lists them).
MODES: dict[tuple[str, str], str] = {("es", "en"): "spa-eng", ("en", "es"): "eng-spa"}
LANGUAGE_PACKAGE = "apertium-eng-spa"
INSTALL_HINT = "apt-get install apertium apertium-eng-spa"

DEFAULT_TIMEOUT_S = 120.0
DEFAULT_CHUNK_SIZE = 2000

# Characters that end a line for Apertium or for str.splitlines(); NUL is dropped by
# Apertium. All become a space so that one text is exactly one line.
_LINE_BREAKS = re.compile("[\r\n\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


SENTENCE_BREAK = "."  # the line between two texts in one Apertium process (see ``ApertiumTranslator._run``)


def flatten(text: str) -> str:
    """One line of text: line breaks (of any kind) become spaces, outer spaces go."""
    return _LINE_BREAKS.sub(" ", text).strip()


# US places with Spanish names, which spa-eng translates word by word ("El Paso" → "The Step"): each is written as a
# token Apertium does not know, which it passes through unchanged, and put back in the translation
_PLACES = re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(place) for place in US_PLACES_WITH_SPANISH_NAMES),
                                                        key=len, reverse=True)) + r")(?![\w-])")
_PLACE_TOKEN = "Zxplace{}"
_PLACE_TOKENS = re.compile(r"Zxplace(\d+)", re.IGNORECASE)


def protect_places(line: str) -> tuple[str, list[str]]:
    """``line`` with each US place of a Spanish name replaced by a token, and the places in the tokens' order (none
    where the line already holds such a token)."""
    if _PLACE_TOKENS.search(line):
        return line, []
    places: list[str] = []

    def token(match: re.Match) -> str:
        places.append(match.group())
        return _PLACE_TOKEN.format(len(places) - 1)

    return _PLACES.sub(token, line), places


def restore_places(translation: str, places: list[str], protected: str) -> str:
    """The translation of a line that ``protect_places`` made ``protected``, with its places back. A token that
    opens a line makes Apertium capitalise the first lower-case word after it and the names that follow it
    ("Zxplace0 Is a border city", "Zxplace0 FC Won"): where the protected line has it in lower case, so does the
    translation."""
    if not places:
        return translation
    opening = _OPENING_TOKEN_AND_CAPITALS.match(protected)
    if opening is not None:  # (the token and the same capitalised words open the translation: the next word's capital)
        head = re.match(re.escape(opening.group(0)) + r"([A-Z])(?=[a-z])", translation)
        if head is not None:
            translation = translation[:head.start(1)] + head.group(1).lower() + translation[head.end(1):]
    return _PLACE_TOKENS.sub(lambda match: places[int(match.group(1))] if int(match.group(1)) < len(places)
                             else match.group(), translation)


# a token opening a line, the capitalised words after it, and a word in lower case
_OPENING_TOKEN_AND_CAPITALS = re.compile(r"Zxplace\d+ ((?:[A-ZÁÉÍÓÚÑ][\w.&'-]* )*)(?=[a-záéíóúñü])")


DPKG_STATUS = "/var/lib/dpkg/status"  # dpkg's record of installed packages (deb-control stanzas)


def package_version(package: str = LANGUAGE_PACKAGE) -> str | None:
    """The installed Debian version of ``package`` (e.g. "0.8.1-2"), or None when unknown.

    Read from dpkg's status file where it is there (a millisecond: every run needs this
    version for its signature, a warm one included), else asked of ``dpkg-query`` (10 ms).
    """
    found = installed_version_in_status(package, DPKG_STATUS)
    if found is not None:
        return found
    if shutil.which("dpkg-query") is None:
        return None
    try:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    version = result.stdout.strip()
    return version if result.returncode == 0 and version else None


def installed_version_in_status(package: str, status_path: str) -> str | None:
    """``package``'s version in a dpkg status file when it is installed there, else None (no file, no stanza,
    not installed: then ``dpkg-query`` decides)."""
    try:
        with open(status_path, encoding="utf-8", errors="replace") as stream:
            text = stream.read()
    except OSError:
        return None
    heading = f"Package: {package}\n"
    if text.startswith(heading):
        start = 0
    else:
        start = text.find("\n" + heading) + 1
        if start == 0:
            return None
    end = text.find("\n\n", start)
    fields = dict(
        line.split(": ", 1) for line in text[start : end if end != -1 else len(text)].splitlines()
        if ": " in line and not line.startswith(" ")
    )
    if fields.get("Status", "").split()[-1:] != ["installed"]:
        return None
    return fields.get("Version") or None


def apertium_available(executable: str | None = None) -> bool:
    """True when ``executable`` (default: as ``create`` picks it) runs and ``-l`` lists both eng-spa modes (~10 ms)."""
    executable = executable or default_executable()
    if shutil.which(executable) is None:
        return False
    try:
        result = subprocess.run([executable, "-l"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    listed = set(result.stdout.split())
    return result.returncode == 0 and set(MODES.values()) <= listed


class ApertiumTranslator:
    """Translate EN<->ES batches with one Apertium process per chunk of lines.

    ``executable`` is injectable so tests (and unusual installs) can point it elsewhere;
    ``timeout_s`` bounds each process; ``chunk_size`` caps the lines per process.
    """

    name = "apertium"
    # What shapes a translation besides name and model (the translation cache's key holds it): each line is
    # translated as alone since the sentence break between lines, and US places with Spanish names pass through
    # (``protect_places``), so translations cached before either are not reused.
    cache_variant = "sentence-break,us-places"
    costly_calls = True  # every call starts a process that loads its dictionaries: a batch calls once per group

    def __init__(
        self,
        executable: str = "apertium",
        timeout_s: float = DEFAULT_TIMEOUT_S,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        resolved = shutil.which(executable)
        if resolved is None:
            raise TranslatorError(f"Apertium is not installed ({executable!r} not found): {INSTALL_HINT}")
        if chunk_size < 1:
            raise TranslatorError(f"Apertium chunk size must be at least 1, not {chunk_size}")
        self.executable = resolved
        self.timeout_s = timeout_s
        self.chunk_size = chunk_size
        version = package_version()
        self.model = f"{LANGUAGE_PACKAGE} {version}" if version else LANGUAGE_PACKAGE
        # mode -> a process started by ``warm_up`` that no batch has used yet; stopped with the translator
        self._waiting: dict[str, subprocess.Popen] = {}
        self._waiting_lock = threading.Lock()
        self._running: set[subprocess.Popen] = set()  # processes translating now (``interrupt`` kills them)
        self._scratch = ScratchDirectory()
        weakref.finalize(self, release, self._waiting, self._scratch)

    def warm_up(self, src: str, tgt: str) -> None:
        """Start the process of the next ``translate(texts, src, tgt)`` now, so that its dictionaries are loaded
        by the time the texts are ready.

        At most one started process waits per direction: batch threads share the
        translator, and a check that fails before it translates leaves its process to the
        next check. Nothing is raised here: a process that cannot start is reported by
        ``translate``, which starts its own.
        """
        mode = MODES.get((src, tgt))
        if mode is None:
            return
        with self._waiting_lock:
            if mode in self._waiting:
                return
            try:
                self._waiting[mode] = self._start(mode)
            except TranslatorError:
                return

    def close(self) -> None:
        """Stop the processes ``warm_up`` started that no batch used, and remove what killed processes left."""
        release(self._waiting, self._scratch)

    def interrupt(self) -> None:
        """Kill the processes translating now, in any thread: their ``translate`` raises ``TranslatorError``.
        A batch does this on Ctrl-C so as not to wait for the translation it was making ahead."""
        with self._waiting_lock:
            running = list(self._running)
        for process in running:
            kill_process_group(process)

    def _take_waiting(self, mode: str) -> subprocess.Popen | None:
        """The process ``warm_up`` started for ``mode``, if it is still running."""
        with self._waiting_lock:
            process = self._waiting.pop(mode, None)
        if process is not None and process.poll() is not None:  # it ended on its own: start afresh
            process.communicate()
            return None
        return process

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        """Translate ``texts`` from ``src`` to ``tgt``; always ``len(texts)`` results.

        Blank texts translate to "" without reaching Apertium.
        """
        if src == tgt:
            return list(texts)
        mode = MODES.get((src, tgt))
        if mode is None:
            raise TranslatorError(f"Apertium cannot translate {src!r} to {tgt!r}; it knows: {describe_modes()}")
        lines = [flatten(text) for text in texts]
        places: list[list[str]] = [[] for _ in lines]
        if src == "es":
            for i, line in enumerate(lines):
                lines[i], places[i] = protect_places(line)
        to_translate = [i for i, line in enumerate(lines) if line]
        results = [""] * len(texts)
        for start in range(0, len(to_translate), self.chunk_size):
            indices = to_translate[start : start + self.chunk_size]
            translated = self._translate_checked([lines[i] for i in indices], mode, indices)
            for i, translation in zip(indices, translated, strict=True):
                results[i] = restore_places(translation, places[i], lines[i])
        return results

    def _translate_checked(self, lines: list[str], mode: str, indices: list[int]) -> list[str]:
        """Translate one chunk; bisect it when Apertium returns a different number of lines.

        ``indices`` are the lines' positions in the caller's list, for the error message.
        Depth first, so a fault that hits every line is reported after about log2(n)
        processes rather than n.
        """
        output = self._run(lines, mode)
        if len(output) == len(lines):
            return [line.strip() for line in output]
        if len(lines) == 1:
            raise TranslatorError(
                f"Apertium returned {len(output)} lines for 1 input line "
                f"(text {indices[0]}: {shorten(lines[0])!r}); cannot keep translations in step with sentences"
            )
        middle = len(lines) // 2
        return self._translate_checked(lines[:middle], mode, indices[:middle]) + self._translate_checked(
            lines[middle:], mode, indices[middle:]
        )

    def _run(self, lines: Sequence[str], mode: str) -> list[str]:
        """One Apertium process over ``lines``; returns their translations, one per line, or, when Apertium's
        output is out of step, its output lines but the breaks (split on "\\n" only), which the caller counts.

        A ``SENTENCE_BREAK`` line follows each line: Apertium's tagger reads across line ends,
        and a line that does not end a sentence (a headline) changed how the next one was read
        ("Se acerca la Navidad" became "approaches the Christmas" instead of "It approaches
        the Christmas" in 3% of news sentences). After the break every line translates as it
        does alone, whatever the batch holds, which the translation cache and a batch's
        look-ahead rely on.
        """
        stdin = "".join(f"{line}\n{SENTENCE_BREAK}\n" for line in lines)
        process = self._take_waiting(mode) or self._start(mode)
        with self._waiting_lock:
            self._running.add(process)
        interrupt.track(process)  # (a Ctrl-C from here on kills it, wherever Python is)
        try:
            interrupt.raise_if_received()  # (one that came before, and was lost where it landed)
            stdout, stderr = process.communicate(stdin, timeout=self.timeout_s)
        except subprocess.TimeoutExpired:
            kill_process_group(process)
            process.communicate()
            raise TranslatorError(
                f"apertium timed out after {self.timeout_s:g} s translating {len(lines)} lines ({mode}); "
                "try a smaller batch or a longer timeout"
            ) from None
        except BaseException:
            kill_process_group(process)
            process.wait()
            raise
        finally:
            interrupt.untrack(process)
            with self._waiting_lock:
                self._running.discard(process)
        if process.returncode != 0:
            raise TranslatorError(crash_message(mode, process.returncode, stderr))
        if not stdout:
            return []
        if stdout.endswith("\n"):
            stdout = stdout[:-1]
        output = stdout.split("\n")
        if len(output) == 2 * len(lines) and all(line.strip() == SENTENCE_BREAK for line in output[1::2]):
            return output[0::2]
        return [line for line in output if line.strip() != SENTENCE_BREAK]  # out of step: what it said

    def _start(self, mode: str) -> subprocess.Popen:
        """An ``apertium -u <mode>`` process, reading lines on its standard input."""
        try:
            # A new session, so a timeout or Ctrl-C can kill the whole pipeline
            # (apertium is a shell script that starts several stages).
            return subprocess.Popen(
                [self.executable, "-u", mode],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                encoding="utf-8",
                errors="replace",
                env={**utf8_environment(), "TMPDIR": self._scratch.path()},
                start_new_session=True,
            )
        except OSError as error:
            raise TranslatorError(f"cannot run Apertium ({self.executable}): {error.strerror or error}") from error


class ScratchDirectory:
    """A private ``$TMPDIR`` for a translator's Apertium processes, made on first use.

    The ``apertium`` script makes a temporary file in ``$TMPDIR`` and removes it when it exits, which a
    killed process never does: a timeout, a Ctrl-C, or a process started ahead that no batch used (a check
    that failed, two versions in one language) left one empty ``/tmp/apertium.*`` file per run. Removing
    this directory removes whatever they left.
    """

    def __init__(self) -> None:
        self._path: str | None = None
        self._lock = threading.Lock()

    def path(self) -> str:
        with self._lock:
            if self._path is None or not os.path.isdir(self._path):
                self._path = tempfile.mkdtemp(prefix="bilingo-apertium-")
            return self._path

    def remove(self) -> None:
        with self._lock:
            path, self._path = self._path, None
        if path is not None:
            shutil.rmtree(path, ignore_errors=True)


def release(waiting: dict[str, subprocess.Popen], scratch: ScratchDirectory) -> None:
    """Stop a translator's waiting processes, then remove its scratch directory (``close``, or at exit)."""
    stop_waiting(waiting)
    scratch.remove()


def stop_waiting(waiting: dict[str, subprocess.Popen]) -> None:
    """Kill the started processes in ``waiting`` (mode -> process) and empty it."""
    while waiting:
        try:
            _, process = waiting.popitem()
        except KeyError:  # emptied by another thread meanwhile
            return
        kill_process_group(process)
        process.communicate()


def crash_message(mode: str, returncode: int, stderr: str) -> str:
    """One line for a failed Apertium run: the missing-mode case gets the install hint."""
    last_line = next((line.strip() for line in reversed(stderr.splitlines()) if line.strip()), "")
    if "does not exist" in stderr and "Mode" in stderr:
        return f"Apertium has no {mode} mode (language data missing): {INSTALL_HINT}"
    detail = f": {last_line}" if last_line else " (no message)"
    return f"apertium {mode} failed with exit status {returncode}{detail}"


def kill_process_group(process: subprocess.Popen) -> None:
    """Kill the process and every stage it started (it leads its own session)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()


def utf8_environment() -> dict[str, str]:
    """The current environment, with a UTF-8 locale when the current one is not."""
    environment = dict(os.environ)
    locale_name = environment.get("LC_ALL") or environment.get("LC_CTYPE") or environment.get("LANG") or ""
    if "utf-8" not in locale_name.lower() and "utf8" not in locale_name.lower():
        environment["LC_ALL"] = "C.UTF-8"
    return environment


def describe_modes() -> str:
    return ", ".join(f"{src}->{tgt}" for src, tgt in MODES)


def shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def create(settings) -> ApertiumTranslator:
    """The Apertium backend for ``settings``.

    Reads ``settings.translator_timeout`` (seconds per process) when that knob exists;
    ``BILINGO_APERTIUM`` names another executable (an install outside PATH).
    """
    timeout = getattr(settings, "translator_timeout", None) or DEFAULT_TIMEOUT_S
    return ApertiumTranslator(executable=default_executable(), timeout_s=float(timeout))


def default_executable() -> str:
    """``$BILINGO_APERTIUM`` (an install outside PATH), else ``apertium`` from PATH."""
    return os.environ.get("BILINGO_APERTIUM") or "apertium"
