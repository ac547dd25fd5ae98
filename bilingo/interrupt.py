"""Ctrl-C (SIGINT) and SIGTERM end a run at once, whatever Python was doing when they came.

Python's own Ctrl-C raises ``KeyboardInterrupt`` wherever the main thread happens to be, and
three places make that unreliable (measured: 5 of 150 interrupted runs went wrong):

* raised inside a weakref callback or a finaliser (an import's module lock), it is printed
  as "ignored" and lost: the run goes on, and waits for a translation that may take minutes;
* raised inside code that ``exec`` runs (a dataclass or a named tuple being made), CPython
  remembers it as unhandled and, even once bilingo has caught it, ends the process by SIGINT
  rather than with exit status 130;
* raised between a translator's failure and its report, it becomes another error's message.

So the handlers here record the signal, kill the translator processes under way (no wait can
outlast the interrupt), and raise ``Interrupted``: a ``KeyboardInterrupt`` of its own class
(CPython's check is of the exact class, so the second case cannot happen). The CLI reports any
failure that follows an interrupt as the interrupt, and writes no report after one.
SIGTERM (a CI job cancelled, ``timeout``) is handled the same way, with exit status 143.
"""

from __future__ import annotations

import os
import signal
import sys

from bilingo.errors import EXIT_INTERRUPTED, EXIT_TERMINATED


class Interrupted(KeyboardInterrupt):
    """The run was interrupted by ``signal_number`` (SIGINT or SIGTERM)."""

    def __init__(self, signal_number: int = signal.SIGINT) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number

    @property
    def exit_code(self) -> int:
        return EXIT_TERMINATED if self.signal_number == signal.SIGTERM else EXIT_INTERRUPTED

    @property
    def message(self) -> str:
        return "terminated" if self.signal_number == signal.SIGTERM else "interrupted"


_received: list[int] = []  # the signals received, in order (a list: appending is atomic, and safe in a handler)
_running: set = set()  # child processes translating now, which an interrupt kills (see ``track``)
_quiet: list[bool] = []  # not empty while the CLI reports the interrupt: a second Ctrl-C must not cut that short


def install() -> None:
    """Handle SIGINT and SIGTERM as this module says, from now on (call from the main thread)."""
    signal.signal(signal.SIGINT, _handle)
    signal.signal(signal.SIGTERM, _handle)
    previous_hook = sys.unraisablehook

    def unraisable(report) -> None:  # an interrupt lost in a callback is not news: the run still stops
        if not isinstance(report.exc_value, Interrupted):
            previous_hook(report)

    sys.unraisablehook = unraisable


def _handle(signal_number: int, frame) -> None:
    _received.append(signal_number)
    kill_running()
    if not _quiet:
        raise Interrupted(signal_number)


def received() -> Interrupted | None:
    """The interrupt this run received (the first signal), or None."""
    return Interrupted(_received[0]) if _received else None


def raise_if_received() -> None:
    """Raise the interrupt now if one came, however it was handled where it landed: called where work starts
    that an interrupt must stop (a translation), and where an error is about to be reported in its place."""
    if _received:
        raise Interrupted(_received[0])


def reporting() -> None:
    """The CLI is reporting how the run ended: signals from here on are recorded, not raised."""
    _quiet.append(True)


def track(process) -> None:
    """Kill ``process`` (a ``subprocess.Popen`` leading its own process group) if an interrupt comes before
    ``untrack``."""
    _running.add(process)


def untrack(process) -> None:
    _running.discard(process)


def kill_running() -> None:
    """Kill every tracked process and the stages it started. Takes no lock: it runs inside a signal handler,
    maybe while the main thread holds one."""
    for process in list(_running):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            try:
                process.kill()
            except OSError:
                pass


def reset() -> None:
    """Forget received signals (tests that run the CLI in process, one run after another)."""
    _received.clear()
    _quiet.clear()
