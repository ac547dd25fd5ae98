"""Baselines: adopt bilingo on an existing archive and fail CI only on *new* findings.

``bilingo check --write-baseline FILE`` records every current finding; ``--baseline FILE``
then drops the findings the file knows about. A finding is identified by its
fingerprint (``bilingo.findings.fingerprint``): the file path relative to the baseline's
folder, the rule and the flagged text with whitespace normalised, never a line number,
so the baseline survives edits elsewhere in the file and moving the whole checkout.

Entries are counted, as PHPStan does: two identical findings need two entries, so a
third copy of a known problem is still reported as new.

The file is JSON with a ``version`` field; it is written atomically (a temporary file in
the same folder, then a rename), so an interrupted run never leaves half a baseline.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bilingo import __version__
from bilingo.errors import InputError
from bilingo.files import write_atomically
from bilingo.findings import fingerprint
from bilingo.model import Finding, Report

BASELINE_VERSION = 1
EXCERPT_CHARS = 120


@dataclass
class BaselineResult:
    """What applying a baseline did: findings it dropped, and entries nothing matched any more."""

    matched: int
    stale: int


def baseline_key(finding: Finding, base_dir: Path) -> str:
    """The finding's fingerprint with its path relative to ``base_dir`` (forward slashes).

    Findings without flagged text (a document that could not be read) are identified by
    their message instead.
    """
    relative = Path(os.path.relpath(os.path.abspath(finding.path), os.path.abspath(base_dir))).as_posix()
    return fingerprint(relative, finding.rule, finding.text or finding.message)


def baseline_record(report: Report, base_dir: Path) -> dict:
    """The JSON document a baseline file holds for ``report``."""
    entries: dict[str, dict] = {}
    for finding in report.findings:
        key = baseline_key(finding, base_dir)
        entry = entries.get(key)
        if entry is None:
            text = " ".join((finding.text or finding.message).split())
            entries[key] = {
                "fingerprint": key,
                "path": Path(os.path.relpath(os.path.abspath(finding.path), os.path.abspath(base_dir))).as_posix(),
                "rule": finding.rule,
                "count": 1,
                # for the people reviewing the baseline in a diff; not used for matching
                "text": text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…",
            }
        else:
            entry["count"] += 1
    return {
        "version": BASELINE_VERSION,
        "tool": "bilingo",
        "bilingo_version": __version__,
        "findings": sorted(entries.values(), key=lambda e: (e["path"], e["rule"], e["text"], e["fingerprint"])),
    }


def write_baseline(report: Report, path: str | os.PathLike) -> int:
    """Record the report's findings in ``path``; returns how many findings were recorded."""
    target = Path(path)
    record = baseline_record(report, target.parent)
    text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomically(target, text)
    except OSError as error:
        raise InputError(f"{path}: cannot write baseline: {error.strerror or error}") from None
    return sum(entry["count"] for entry in record["findings"])


def load_baseline(path: str | os.PathLike) -> Counter[str]:
    """Fingerprint -> how many findings with it the baseline accepts."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline file (create it with --write-baseline)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read baseline: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: not a bilingo baseline (invalid JSON: {error})") from None
    if not isinstance(data, dict) or "version" not in data or not isinstance(data.get("findings"), list):
        raise InputError(f"{path}: not a bilingo baseline (no 'version' and 'findings')")
    if data["version"] != BASELINE_VERSION:
        raise InputError(
            f"{path}: baseline version {data['version']!r} is not supported (expected {BASELINE_VERSION});"
            " write it again with --write-baseline"
        )
    known: Counter[str] = Counter()
    for entry in data["findings"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise InputError(f"{path}: not a bilingo baseline (an entry has no fingerprint)")
        count = entry.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise InputError(f"{path}: baseline entry {entry['fingerprint']}: count must be a positive integer")
        known[entry["fingerprint"]] += count
    return known


def filter_known(findings: list[Finding], known: Counter[str], base_dir: Path) -> tuple[list[Finding], int]:
    """``(findings the baseline does not account for, how many it did)``; consumes ``known``."""
    kept: list[Finding] = []
    matched = 0
    for finding in findings:
        key = baseline_key(finding, base_dir)
        if known[key] > 0:
            known[key] -= 1
            matched += 1
        else:
            kept.append(finding)
    return kept, matched


def apply_baseline(report: Report, path: str | os.PathLike) -> BaselineResult:
    """Drop from ``report`` (in place) every finding recorded in the baseline at ``path``."""
    known = load_baseline(path)
    base_dir = Path(path).parent
    matched = 0
    for document in report.documents:
        document.findings, dropped = filter_known(document.findings, known, base_dir)
        matched += dropped
    return BaselineResult(matched=matched, stale=sum(count for count in known.values() if count > 0))
