"""Errors that end a run with a one-line message and a documented exit code.

Exit codes (README, "Exit codes"): 0 no finding at or above --fail-on, 1 findings,
2 usage or input error, 3 translator unavailable or failed, 4 internal error (a bug in
bilingo), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_TRANSLATOR = 3
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a process that Ctrl-C ended
EXIT_TERMINATED = 143  # 128 + SIGTERM

DEBUG_VARIABLE = "BILINGO_DEBUG"  # set to 1 to see the traceback of an internal error


class BilingoError(Exception):
    """Base class: ``str(error)`` is the one-line message shown to the user."""

    exit_code = EXIT_USAGE


class InputError(BilingoError):
    """An input file cannot be read or is not something bilingo can check."""

    exit_code = EXIT_USAGE


class ConfigError(BilingoError):
    """A configuration file or value is wrong; the message names the file and key."""

    exit_code = EXIT_USAGE


class CacheWarning(UserWarning):
    """A cache (translations, document results) could not be used; the run goes on without it.

    Each cache also keeps the message in its ``warnings`` list, which the CLI prints itself
    (once, as "bilingo: warning: ...", and not with --quiet), so the CLI silences this category.
    """


class InternalError(BilingoError):
    """An unexpected exception inside bilingo: a bug, reported in one line instead of a traceback."""

    exit_code = EXIT_INTERNAL

    @classmethod
    def from_exception(cls, error: BaseException, where: str = "") -> InternalError:
        detail = str(error).splitlines()[0][:200] if str(error).strip() else ""
        return cls(
            f"{where + ': ' if where else ''}internal error {type(error).__name__}{': ' + detail if detail else ''} "
            f"(a bug in bilingo; {DEBUG_VARIABLE}=1 shows the traceback, please report it with the input)"
        )
