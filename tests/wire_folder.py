"""A folder of wire items checked for real, as a newsroom's CI checks an agency's feed: shared by the ninjs and
NewsML-G2 tests, whose storm story is the same in both formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run_bilingo(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    environment["NO_COLOR"] = "1"
    return subprocess.run([sys.executable, "-m", "bilingo", *args], capture_output=True, text=True, cwd=cwd,
                          env=environment, timeout=300)


def assert_storm_folder_findings(tmp_path: Path, files: dict[str, str], spanish_name: str) -> None:
    """Check ``wire/`` holding ``files`` (the storm story in English and Spanish, and one file that is not an
    article) with real Apertium: one document; the Spanish item changed the death toll and the number of homes,
    and dropped the mayor's quote; each number finding's line and column point at its text in the file."""
    wire = tmp_path / "wire"
    wire.mkdir()
    for name, text in files.items():
        (wire / name).write_text(text, encoding="utf-8")
    result = run_bilingo("check", "wire", "--no-cache", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert len(report["documents"]) == 1  # the file that is not an article is not one missing its other half
    findings = report["documents"][0]["findings"]
    numbers = sorted(finding["text"] for finding in findings if finding["rule"] == "number-mismatch")
    assert numbers == ["30.000", "Cuatro"]
    quote = [finding for finding in findings if finding["rule"] == "only-in-en"]
    assert len(quote) == 1 and "never seen water" in quote[0]["text"]
    spanish_lines = (wire / spanish_name).read_text(encoding="utf-8").splitlines()
    for finding in findings:
        if finding["rule"] == "number-mismatch":
            line = spanish_lines[finding["line"] - 1]
            assert line[finding["column"] - 1 :].startswith(finding["text"])
