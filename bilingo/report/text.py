"""The terminal report: a summary line first, then each finding with its location and evidence.

Layout follows linters people already read (ruff, Vale): ``path:line:column``, the rule
code and name, the message, then the flagged text, what the other version says, and where another sentence of the
same story is what the finding contradicts (a pronoun against the person's "he" elsewhere), that sentence: the witness.
Colour only when the stream is a terminal (rich decides; NO_COLOR is honoured).
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from bilingo.model import Finding, Report
from bilingo.rules import RULES

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
EXCERPT_CHARS = 160


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary_line(report: Report) -> Text:
    counts = Counter(finding.severity for finding in report.findings)
    documents = len(report.documents)
    failing = len(report.failing())
    parts = [f"{counts.get(s, 0)} {s}{'s' if counts.get(s, 0) != 1 else ''}" for s in ("error", "warning", "info")]
    verdict = "FAIL" if failing else "ok"
    style = "bold red" if failing else "bold green"
    line = Text()
    line.append(f"bilingo {verdict}", style=style)
    line.append(f": {documents} document{'s' if documents != 1 else ''}, " + ", ".join(parts))
    line.append(f"  (fail-on {report.fail_on}; {report.signature.format()})", style="dim")
    return line


def render_finding(console: Console, finding: Finding) -> None:
    rule = RULES[finding.rule]
    head = Text()
    head.append(f"{finding.path}:{finding.line}:{finding.column}", style="bold")
    head.append(": ")
    head.append(f"{rule.code} {rule.name}", style=SEVERITY_STYLES.get(finding.severity, ""))
    head.append(f" [{finding.severity}] ")
    head.append(finding.message)
    console.print(head, soft_wrap=True)
    if finding.text:
        console.print(f"    {finding.lang}: {escape(excerpt(finding.text))}", soft_wrap=True, highlight=False)
    evidence = finding.evidence or {}
    labels = (("counterpart", "other version"), ("translation", "machine translation"), ("witness", "witness"))
    for key, label in labels:
        value = evidence.get(key)
        if value:
            console.print(f"    {label}: {escape(excerpt(str(value)))}", style="dim", soft_wrap=True, highlight=False)
    if finding.score is not None:
        console.print(f"    score: {finding.score:.2f}", style="dim", highlight=False)


def write(report: Report, stream: TextIO, **options) -> None:
    console = Console(file=stream, highlight=False, soft_wrap=True, **({"width": 120} if not stream.isatty() else {}))
    console.print(summary_line(report))
    for document in report.documents:
        if not document.findings:
            continue
        console.print()
        console.rule(Text(" ↔ ".join(document.inputs), style="bold"), align="left")
        for finding in document.findings:
            render_finding(console, finding)
