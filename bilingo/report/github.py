"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff.

Each finding becomes ``::error``, ``::warning`` or ``::notice`` with its file and span::

    ::error file=content/story.es.md,line=12,col=1,endLine=12,endColumn=40,title=bilingo BL201 number-mismatch::...

GitHub shows only about ten annotations of each level per step, so when
``$GITHUB_STEP_SUMMARY`` names a file the full list is also appended to it as a Markdown
table (the job summary page), and the log ends with a plain summary line.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import TextIO

from bilingo.model import Finding, Report
from bilingo.rules import RULES

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
SEVERITY_ICONS = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}
EXCERPT_CHARS = 200
# GitHub rejects a step summary over 1 MiB; stop adding rows well before that.
SUMMARY_LIMIT_BYTES = 900_000


def escape_data(text: str) -> str:
    """Escape a workflow command's message (what follows ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command property value (``file=``, ``title=``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def display_path(path: str, base_dir: Path) -> str:
    """Repository-relative path with forward slashes, which annotations need to land on a file."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(base_dir).as_posix()
    except ValueError:
        return absolute.as_posix()


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def annotation(finding: Finding, base_dir: Path) -> str:
    rule = RULES[finding.rule]
    end_line = max(finding.line, finding.end_line)
    properties = [
        ("file", display_path(finding.path, base_dir)),
        ("line", str(finding.line)),
        ("endLine", str(end_line)),
    ]
    # GitHub places columns only on single-line annotations.
    if end_line == finding.line and finding.end_column > finding.column:
        properties += [("col", str(finding.column)), ("endColumn", str(finding.end_column))]
    properties.append(("title", f"bilingo {rule.code} {rule.name}"))
    message = finding.message
    if finding.text:
        message += f"\n{finding.lang}: {excerpt(finding.text)}"
    for key, label in (("counterpart", "other version"), ("witness", "witness")):
        value = (finding.evidence or {}).get(key)
        if value:
            message += f"\n{label}: {excerpt(str(value))}"
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS.get(finding.severity, 'warning')} {rendered}::{escape_data(message)}"


def summary_counts(report: Report) -> str:
    counts = Counter(finding.severity for finding in report.findings)
    parts = [f"{counts.get(s, 0)} {s}{'s' if counts.get(s, 0) != 1 else ''}" for s in ("error", "warning", "info")]
    documents = len(report.documents)
    return f"{documents} document{'s' if documents != 1 else ''}, " + ", ".join(parts)


def markdown_cell(text: str) -> str:
    """Text that stays inside one Markdown table cell (no pipes, no line breaks, no raw HTML)."""
    text = " ".join(text.split())
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def step_summary(report: Report, base_dir: Path) -> str:
    """The job summary: a verdict line and every finding as a table row."""
    failing = len(report.failing())
    verdict = "❌ FAIL" if failing else "✅ ok"
    lines = [
        f"## bilingo: {verdict}",
        "",
        f"{summary_counts(report)} (fail-on {report.fail_on}). `{report.signature.format()}`",
        "",
    ]
    suppressed = sum(document.suppressed for document in report.documents)
    if suppressed:
        plural = "s" if suppressed != 1 else ""
        lines += [f"{suppressed} finding{plural} silenced by inline `bilingo: ignore` comments.", ""]
    if not report.findings:
        return "\n".join(lines) + "\n"
    lines += ["| severity | rule | location | message | text |", "|---|---|---|---|---|"]
    size = sum(len(line.encode()) for line in lines)
    findings = report.findings
    for shown, finding in enumerate(findings):
        rule = RULES[finding.rule]
        location = f"{display_path(finding.path, base_dir)}:{finding.line}:{finding.column}"
        row = (
            f"| {SEVERITY_ICONS.get(finding.severity, finding.severity)} | {rule.code} `{rule.name}` "
            f"| `{markdown_cell(location)}` | {markdown_cell(finding.message)} "
            f"| {markdown_cell(excerpt(finding.text, 120))} |"
        )
        size += len(row.encode()) + 1
        if size > SUMMARY_LIMIT_BYTES:
            lines.append("")
            lines.append(f"… and {len(findings) - shown} more findings (see the job log or `--format json`).")
            break
        lines.append(row)
    return "\n".join(lines) + "\n"


def write_step_summary(report: Report, path: str | None = None, base_dir: str | os.PathLike | None = None) -> bool:
    """Append the Markdown summary to ``path`` or ``$GITHUB_STEP_SUMMARY``; False when neither is set."""
    target = path or os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    base = Path(os.path.abspath(base_dir if base_dir is not None else os.getcwd()))
    with open(target, "a", encoding="utf-8") as stream:
        stream.write(step_summary(report, base))
    return True


def write(report: Report, stream: TextIO, **options) -> None:
    """Annotations on ``stream``; the step summary too when ``$GITHUB_STEP_SUMMARY`` (or
    ``step_summary=``) names a file."""
    base = Path(os.path.abspath(options.get("base_dir") or os.getcwd()))
    for finding in report.findings:
        stream.write(annotation(finding, base) + "\n")
    failing = len(report.failing())
    stream.write(f"bilingo {'FAIL' if failing else 'ok'}: {summary_counts(report)} (fail-on {report.fail_on})\n")
    write_step_summary(report, options.get("step_summary"), base)
