"""Probe sets: hand-written sentence pairs, each with one drift or none, run through the whole checker.

A rule round starts by writing sentence pairs the way a newsroom's translations drift (a
number changed, a decision turned, a person's description changed) and ends by counting how
many of them still get no finding. The sets live in ``bench/probes/`` so the next round can
count again against the same sentences:

* ``*.drifts.txt``: each line ``English sentence || Spanish sentence`` with one drift; a
  probe is *found* when the checker reports anything for it but a document error (a one-line document it could not
  read: chrome only, no language to tell), which is counted apart as *not checked*;
* ``*.faithful.txt``: the same format, faithful translations; any finding is a false alarm.

Blank lines and lines starting with ``#`` are comments. Each pair is written as a two-file
document (``NNNN.en.txt`` / ``NNNN.es.txt``) and the folder is checked by the real CLI, as a
newsroom's batch would be, with Apertium and no cache.

    .venv/bin/python bench/probes.py bench/probes/*.txt            # counts per file
    .venv/bin/python bench/probes.py --missed bench/probes/round51.drifts.txt
    .venv/bin/python bench/probes.py --all bench/probes/round51.drifts.txt   # every probe, its findings

Not a test: the counts are what a round reports in its note, not a gate.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def read_probes(path: Path) -> list[tuple[str, str]]:
    """The ``(english, spanish)`` pairs of a probe file, in order."""
    probes = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.count(" || ") != 1:
            sys.exit(f"{path}:{number}: expected 'English || Spanish'")
        english, spanish = (side.strip() for side in line.split(" || "))
        probes.append((english, spanish))
    return probes


def check_probes(probes: list[tuple[str, str]], jobs: int) -> list[list[str]]:
    """Each probe's findings as ``rule: message`` lines, from one batch run of the CLI."""
    with tempfile.TemporaryDirectory(prefix="bilingo-probes-") as folder:
        for index, (english, spanish) in enumerate(probes):
            Path(folder, f"{index:04d}.en.txt").write_text(english + "\n", encoding="utf-8")
            Path(folder, f"{index:04d}.es.txt").write_text(spanish + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "bilingo", "check", folder, "--format", "json", "-q",
                   "--no-cache", "--fail-on", "never", "-j", str(jobs)]
        completed = subprocess.run(command, capture_output=True, text=True)
        if completed.returncode != 0:
            sys.exit(f"bilingo check failed ({completed.returncode}): {completed.stderr.strip()}")
    findings: list[list[str]] = [[] for _ in probes]
    for document in json.loads(completed.stdout)["documents"]:
        index = int(Path(document["inputs"][0]).name.split(".")[0])
        for finding in document["findings"]:
            findings[index].append(f"{finding['rule']}: {finding['message']}")
    return findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--missed", action="store_true",
                       help="list the drifts with no finding and the faithful pairs with one")
    shown.add_argument("--all", action="store_true", help="list every probe with its findings")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    arguments = parser.parse_args()
    for path in arguments.files:
        probes = read_probes(path)
        findings = check_probes(probes, arguments.jobs)
        faithful = path.name.endswith(".faithful.txt")
        # a probe the checker could not read (a one-line document of chrome only, no language to tell) got no
        # finding about its drift: it is neither found nor missed
        unchecked = [bool(found) and all(line.startswith("document-error:") for line in found) for found in findings]
        flagged = sum(1 for found, error in zip(findings, unchecked) if found and not error)
        not_checked = f", {sum(unchecked)} not checked (a document error)" if any(unchecked) else ""
        if faithful:
            print(f"{path}: {flagged} of {len(probes)} faithful pairs get a finding{not_checked}")
        else:
            missed = len(probes) - flagged - sum(unchecked)
            print(f"{path}: {flagged} of {len(probes)} drifts found, {missed} missed{not_checked}")
        for (english, spanish), found, error in zip(probes, findings, unchecked):
            if arguments.all or (arguments.missed and (error or bool(found) == faithful)):
                print(f"  {english} || {spanish}")
                for line in found:
                    print(f"      -> {line}")


if __name__ == "__main__":
    main()
