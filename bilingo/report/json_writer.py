"""``--format json``: the stable machine-readable contract documented in the README.

Keys are only ever added, never renamed or removed: other tools parse this.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TextIO

from bilingo.model import DocumentReport, Finding, Report
from bilingo.rules import RULES

FINDING_KEYS = (
    "rule", "severity", "lang", "path", "start", "end", "line", "column",
    "end_line", "end_column", "text", "message", "score",
)  # fmt: skip


def finding_record(finding: Finding) -> dict:
    record = {key: getattr(finding, key) for key in FINDING_KEYS}
    record["rule_id"] = RULES[finding.rule].code
    record["fingerprint"] = finding.fingerprint
    record["evidence"] = finding.evidence
    return record


def document_record(document: DocumentReport) -> dict:
    record = {
        "inputs": document.inputs,
        "languages": document.languages,
        "pairs": document.pairs,
        "findings": [finding_record(finding) for finding in document.findings],
        "suppressed": document.suppressed,
        "timings": document.timings,
        "cached": document.cached,
    }
    if document.sections:
        record["sections"] = [asdict(section) for section in document.sections]
    if document.ignored:
        record["ignored"] = document.ignored
    if document.error:
        record["error"] = document.error
    return record


def report_record(report: Report) -> dict:
    signature = report.signature
    return {
        "bilingo_version": signature.version,
        "translator": {"name": signature.translator, "model": signature.model},
        "signature": signature.format(),
        "thresholds": signature.thresholds,
        "fail_on": report.fail_on,
        "documents": [document_record(document) for document in report.documents],
    }


def write(report: Report, stream: TextIO, **options) -> None:
    json.dump(report_record(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
