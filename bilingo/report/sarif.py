"""``--format sarif``: SARIF 2.1.0, the format GitHub code scanning and other tools read.

One run, whose ``tool.driver.rules`` lists every bilingo rule with its doc (the same text
as ``bilingo rules``), so a result's ``ruleIndex`` is the rule's place in ``RULES``.
Each finding becomes a result located by line and column and by character offset;
columns count Unicode code points (``columnKind``), as bilingo's offsets do.

``partialFingerprints`` carries bilingo's line-free fingerprint, recomputed from the
path relative to the checkout (``base_dir``), so code scanning recognises the same
finding across runs and checkouts instead of opening a new alert after every edit.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from bilingo.errors import EXIT_TRANSLATOR
from bilingo.findings import fingerprint
from bilingo.model import Finding, Report
from bilingo.rules import RULES

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://pypi.org/project/bilingo/"
FINGERPRINT_KEY = "bilingoFingerprint/v1"
SRCROOT = "SRCROOT"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
RULE_INDEX = {name: index for index, name in enumerate(RULES)}


def artifact_uri(path: str, base_dir: Path) -> tuple[str, bool]:
    """``(uri, relative)``: forward-slash, percent-encoded; relative to ``base_dir`` when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return quote(absolute.relative_to(base_dir).as_posix(), safe="/"), True
    except ValueError:
        return absolute.as_uri(), False


def rule_descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc()},
        "help": {
            "text": f"{rule.doc()}\n\nSee 'bilingo rules {rule.name}'.",
            "markdown": f"**{rule.code} {rule.name}**: {rule.summary}\n\n"
            + (f"{rule.covers}\n\n" if rule.covers else "")
            + f"*Why it matters:* {rule.why}\n\n*Example:* {rule.example}",
        },
        "helpUri": INFORMATION_URI,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["translation", "bilingual"], "severity": rule.severity},
    }


def region(finding: Finding) -> dict:
    area = {
        "startLine": max(1, finding.line),
        "startColumn": max(1, finding.column),
        "endLine": max(finding.line, finding.end_line),
        "endColumn": max(1, finding.end_column),
        "charOffset": max(0, finding.start),
        "charLength": max(0, finding.end - finding.start),
    }
    if area["endLine"] == area["startLine"] and area["endColumn"] < area["startColumn"]:
        area["endColumn"] = area["startColumn"]
    # SARIF's snippet is the file's own characters; a finding's text is the text as read, which is shorter
    # where the reader resolved tags, entities or escapes inside the region (reading only drops characters).
    if finding.text and len(finding.text) == area["charLength"]:
        area["snippet"] = {"text": finding.text}
    return area


def result(finding: Finding, base_dir: Path) -> dict:
    rule = RULES[finding.rule]
    uri, relative = artifact_uri(finding.path, base_dir)
    location = {"artifactLocation": {"uri": uri, **({"uriBaseId": SRCROOT} if relative else {})}}
    if finding.rule != "document-error" or finding.end > finding.start:
        location["region"] = region(finding)
    else:
        location["region"] = {"startLine": 1}
    message = finding.message
    counterpart = (finding.evidence or {}).get("counterpart")
    if counterpart:
        message += f"\nOther version: {' '.join(str(counterpart).split())}"
    properties: dict = {"lang": finding.lang, "severity": finding.severity}
    if finding.score is not None:
        properties["score"] = finding.score
    if finding.evidence:
        properties["evidence"] = finding.evidence
    stable_path = uri if relative else finding.path
    return {
        "ruleId": rule.code,
        "ruleIndex": RULE_INDEX[finding.rule],
        "rule": {"id": rule.code, "index": RULE_INDEX[finding.rule]},
        "level": LEVELS.get(finding.severity, "warning"),
        "kind": "fail",
        "message": {"text": message},
        "locations": [{"physicalLocation": location}],
        "partialFingerprints": {
            FINGERPRINT_KEY: fingerprint(stable_path, finding.rule, finding.text or finding.message)
        },
        "properties": properties,
    }


def notifications(report: Report, base_dir: Path) -> list[dict]:
    """Documents that could not be checked, as tool notifications (they are also results)."""
    notes = []
    for document in report.documents:
        if document.error:
            uri, relative = artifact_uri(document.inputs[0], base_dir)
            notes.append(
                {
                    "level": "error",
                    "message": {"text": document.error},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri, **({"uriBaseId": SRCROOT} if relative else {})}
                            }
                        }
                    ],
                }
            )
    return notes


def sarif_log(report: Report, base_dir: str | os.PathLike | None = None) -> dict:
    """The SARIF log for ``report`` as a JSON-ready dict."""
    base = Path(os.path.abspath(base_dir if base_dir is not None else os.getcwd()))
    signature = report.signature
    translator_failed = any(document.error_exit_code == EXIT_TRANSLATOR for document in report.documents)
    invocation = {
        "executionSuccessful": not translator_failed,
        "toolExecutionNotifications": notifications(report, base),
    }
    run = {
        "tool": {
            "driver": {
                "name": "bilingo",
                "version": signature.version,
                "semanticVersion": signature.version,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(rule) for rule in RULES.values()],
            }
        },
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": base.as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [result(finding, base) for finding in report.findings],
        "properties": {
            "signature": signature.format(),
            "translator": {"name": signature.translator, "model": signature.model},
            "thresholds": signature.thresholds,
            "failOn": report.fail_on,
            "suppressed": sum(document.suppressed for document in report.documents),
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def write(report: Report, stream: TextIO, **options) -> None:
    """Write ``report`` as SARIF; ``base_dir`` (default: the working directory) roots relative URIs."""
    json.dump(sarif_log(report, options.get("base_dir")), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
