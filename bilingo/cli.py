"""The command line: ``bilingo check``, ``bilingo rules``, ``bilingo eval``.

I/O lives here and in the readers and writers; the pipeline itself (``bilingo.check``)
is pure. Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input
error, 3 translator unavailable or failed, 130 interrupted, 143 terminated (see bilingo.errors).
"""

from __future__ import annotations

import io
import os
import sys
import warnings
from pathlib import Path

import click

from bilingo import __version__, interrupt
from bilingo.errors import (
    DEBUG_VARIABLE,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    BilingoError,
    CacheWarning,
    InputError,
    InternalError,
)
from bilingo.report import WRITERS
from bilingo.rules import RULES

FORMATS = list(WRITERS)
NAME_WIDTH = max(len(rule.name) for rule in RULES.values())
RULE_LIST = "\n".join(f"  {rule.code}  {rule.name:<{NAME_WIDTH}}  {rule.summary}" for rule in RULES.values())
EXIT_CODES_HELP = (
    "Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage, input or config error; "
    "3 translator unavailable or failed; 4 internal error (a bug); 130 interrupted (Ctrl-C); 143 terminated (SIGTERM)."
)


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def warn(message: str) -> None:
    click.echo(f"bilingo: warning: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.version_option(__version__, prog_name="bilingo")
def cli() -> None:
    """Find where the English and Spanish versions of an article drift apart."""


@cli.command(epilog=f"\b\nRules ('bilingo rules NAME' explains one):\n{RULE_LIST}\n\n{EXIT_CODES_HELP}")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "format_name", type=click.Choice(FORMATS), default=None, help="Output format [default: text].")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to this file instead of stdout.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write the HTML report to this file.")
@click.option("--translator", type=click.Choice(["auto", "apertium", "marian"]), default=None,
              help="Machine translation backend [default: auto: Marian if its weights are available, else Apertium].")
@click.option("--model", help="Marian model: a hub id or a local directory.")
@click.option("--translate-to", type=click.Choice(["en", "es"]), default=None,
              help="Translate the other version into this language [default: en].")
@click.option("--langs", help="Languages of the two inputs, in argument order, e.g. 'es,en' (skips detection).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
              help="Lowest severity that makes the exit code 1 [default: error].")
@click.option("--no-cache", is_flag=True, help="Do not read or write the translation and result caches.")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="Cache directory: translations, and document results in its results/ folder.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Config file [default: bilingo.toml or [tool.bilingo] in pyproject.toml, searched upward].")
@click.option("--batch", is_flag=True, help="Treat the paths as a batch (pair files by name) even when two files are given.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Ignore findings recorded in this baseline file; only new findings count.")
@click.option("--write-baseline", "write_baseline_path", type=click.Path(dir_okay=False),
              help="Record the current findings as the baseline and exit 0.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Documents checked in parallel.")
@click.option("--select", "select_rules", metavar="RULES",
              help="Check only these rules: names or codes, comma-separated (e.g. BL201,name-mismatch).")
@click.option("--ignore", "ignore_rules", metavar="RULES",
              help="Do not check these rules: names or codes, comma-separated (added to the config file's).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or warnings.")
def check(paths, format_name, output, html_path, translator, model, translate_to, langs, fail_on, no_cache,
          cache_dir, config_path, batch, baseline_path, write_baseline_path, jobs, select_rules, ignore_rules,
          quiet) -> None:
    """Check bilingual documents: one file with both languages, two files, or a batch.

    \b
      bilingo check article.txt                     one file holding both languages
      bilingo check article.en.md article.es.md     the two versions
      bilingo check content/ --format sarif -o bilingo.sarif
      bilingo check https://example.com/news/story  a published page and the version it links to
    """
    from bilingo.check import garbage_collector, signature
    from bilingo.config import apply_overrides, load_config
    from bilingo.model import Report
    from bilingo.translate import create_translator

    garbage_collector.freeze_survivors = True  # this process is bilingo's own (see bilingo.check)
    settings = load_config(config_path)
    settings = apply_overrides(
        settings,
        translator=translator,
        model=model,
        translate_to=translate_to,
        langs=parse_langs(langs),
        fail_on=fail_on,
        cache=False if no_cache else None,
        cache_dir=cache_dir,
        disabled_rules=disabled_rules(settings.disabled_rules, select_rules, ignore_rules),
    )
    documents, unpaired = plan_documents(list(paths), settings, force_batch=batch)
    if not documents and not unpaired:
        raise InputError("no documents to check in: " + " ".join(paths))
    outputs = [p for p in (output, html_path, write_baseline_path) if p]
    refuse_overwriting_inputs(outputs, documents)

    translator_backend = create_translator(settings)
    results = result_cache(settings)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CacheWarning)  # kept by each cache; show_cache_statistics prints them once
        reports = run_with_progress(documents, settings, translator_backend, jobs=jobs, quiet=quiet, results=results)
    reports.extend(unpaired_reports(unpaired))
    show_document_problems(reports, quiet=quiet)
    report = Report(signature(settings, translator_backend), reports, fail_on=settings.fail_on)
    if not quiet:
        show_cache_statistics(translator_backend, results)

    interrupt.raise_if_received()  # (one lost where it landed: the run went on, but writes nothing)
    if write_baseline_path:
        from bilingo.baseline import write_baseline

        write_baseline(report, write_baseline_path)
        click.echo(f"bilingo: wrote baseline of {len(report.findings)} findings to {write_baseline_path}", err=True)
    if baseline_path:
        from bilingo.baseline import apply_baseline

        result = apply_baseline(report, baseline_path)
        if not quiet:
            click.echo(
                f"bilingo: baseline {baseline_path}: {result.matched} known findings hidden"
                + (f", {result.stale} entries no longer match (refresh with --write-baseline)" if result.stale else ""),
                err=True,
            )

    format_name = format_name or ("html" if output and output.endswith((".html", ".htm")) else "text")
    emit(report, format_name, output)
    if html_path:
        emit(report, "html", html_path)

    translator_errors = [d.error_exit_code for d in reports if d.error_exit_code and d.error_exit_code != EXIT_USAGE]
    if write_baseline_path:
        sys.exit(EXIT_OK)
    if translator_errors and len(translator_errors) == len(documents):
        sys.exit(translator_errors[0])
    if len(documents) == 1 and reports[0].error_exit_code:
        sys.exit(reports[0].error_exit_code)
    sys.exit(EXIT_FINDINGS if settings.fail_on != "never" and report.failing() else EXIT_OK)


ALWAYS_CHECKED = frozenset({"document-error"})  # a document that could not be checked is never silenced


def disabled_rules(configured: set[str], select: str | None, ignore: str | None) -> set[str] | None:
    """The rules a run leaves out: the config file's, the ``--ignore`` ones, and every one ``--select`` does not
    name; None (the config file's, unchanged) when neither option is given."""
    if select is None and ignore is None:
        return None
    disabled = set(configured)
    if ignore is not None:
        disabled |= parse_rule_names(ignore, "--ignore")
    if select is not None:
        disabled |= set(RULES) - parse_rule_names(select, "--select")
    return disabled - ALWAYS_CHECKED


def parse_rule_names(value: str, option: str) -> set[str]:
    """Rule names from a comma-separated list of names or codes (``number-mismatch,BL202``)."""
    from bilingo.config import did_you_mean
    from bilingo.rules import RULES_BY_CODE

    names: set[str] = set()
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        rule = RULES.get(item.lower()) or RULES_BY_CODE.get(item.upper())
        if rule is None:
            raise click.BadParameter(f"unknown rule {item!r}{did_you_mean(item.lower(), list(RULES))}",
                                     param_hint=option)
        names.add(rule.name)
    if not names:
        raise click.BadParameter("expected rule names or codes, comma-separated", param_hint=option)
    return names


def parse_langs(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = tuple(part.strip().lower() for part in value.split(","))
    if len(parts) != 2 or not set(parts) <= {"en", "es"}:
        raise click.BadParameter("expected two of en/es separated by a comma, e.g. 'es,en'", param_hint="--langs")
    return parts  # type: ignore[return-value]


def plan_documents(paths: list[str], settings, *, force_batch: bool) -> tuple[list[list[str]], dict[str, str]]:
    """Documents to check, and unpaired files with the message saying what was looked for.

    One or two plain files are one document (two files: the two versions); folders, globs
    and ``--batch`` go through ``bilingo.batch``, which pairs files by name. A published page's address is
    read over HTTP (``bilingo.fetch``); one page alone is paired with the version it links to by hreflang.
    """
    from bilingo.fetch import is_url, other_language_page

    if any(is_url(path) for path in paths):
        if force_batch or len(paths) > 2:
            raise InputError("published pages are checked one article at a time: bilingo check URL [URL]")
        for path in paths:
            if not is_url(path):
                check_readable(path)
        if len(paths) == 1:
            other = other_language_page(paths[0])  # the page's hreflang link to its other version
            return [[paths[0], other] if other else paths], {}
        return [paths], {}
    if not force_batch and len(paths) <= 2 and all(not Path(p).is_dir() and not has_glob(p) for p in paths):
        for path in paths:
            check_readable(path)
        return [paths], {}
    from bilingo.batch import discover

    plan = discover(paths, settings)
    unpaired = {
        path: plan.messages.get(path, f"{path}: no counterpart in the other language was found")
        for path in plan.unpaired
    }
    return plan.documents, unpaired


def has_glob(path: str) -> bool:
    return any(char in path for char in "*?[")


def check_readable(path: str) -> None:
    candidate = Path(path)
    if not candidate.exists():
        raise InputError(f"{path}: no such file")
    if candidate.is_dir():
        raise InputError(f"{path}: is a directory (use 'bilingo check DIR' alone to check a folder)")


def refuse_overwriting_inputs(outputs: list[str], documents: list[list[str]]) -> None:
    inputs = {Path(p).resolve() for document in documents for p in document}
    for output in outputs:
        if Path(output).resolve() in inputs:
            raise InputError(f"{output}: refusing to write a report over one of the inputs")


def result_cache(settings):
    """The document result cache beside the translation cache; None with --no-cache."""
    if not settings.cache:
        return None
    from bilingo.result_cache import ResultCache

    return ResultCache(settings.cache_dir)


def run_with_progress(documents, settings, translator, *, jobs: int, quiet: bool, results=None):
    from bilingo.check import check_documents

    show = not quiet and len(documents) > 1 and sys.stderr.isatty() and not os.environ.get("CI")
    if not show:
        return check_documents(documents, settings, translator, jobs=jobs, results=results)
    from rich.progress import Progress

    with Progress(console=stderr_console(), transient=True) as progress:
        task = progress.add_task("checking", total=len(documents))
        return check_documents(
            documents, settings, translator, jobs=jobs, on_done=lambda _: progress.advance(task), results=results
        )


def unpaired_reports(unpaired: dict[str, str]):
    from bilingo.check import error_report

    return [error_report([path], InputError(message)) for path, message in unpaired.items()]


def show_document_problems(reports, *, quiet: bool) -> None:
    """One stderr line per document that could not be checked, and (unless quiet) per reader warning.

    The report has them too, as document-error findings; stderr is what a CI log shows first.
    """
    for document in reports:
        if document.error:
            named = any(document.error.startswith(f"{path}: ") for path in document.inputs)
            message = document.error if named else f"{' + '.join(document.inputs)}: {document.error}"
            click.echo(f"bilingo: error: {message}", err=True)
        elif not quiet:
            for message in document.warnings:
                warn(message)


def show_cache_statistics(translator, results=None) -> None:
    """Cache warnings; how many documents the result cache answered (their timings are its load time)."""
    hits, misses = getattr(translator, "hits", None), getattr(translator, "misses", None)
    for message in getattr(translator, "warnings", []) + getattr(results, "warnings", []):
        warn(message)
    if results is not None and results.hits:
        checked = results.hits + results.misses
        click.echo(
            f"bilingo: {results.hits} of {checked} document{'s' if checked != 1 else ''} from the result cache",
            err=True,
        )
    if hits is not None and os.environ.get(DEBUG_VARIABLE):
        click.echo(f"bilingo: translation cache: {hits} hits, {misses} misses", err=True)


def emit(report, format_name: str, output: str | None) -> None:
    """Write the report to stdout, or atomically to a file (never a half-written report)."""
    from bilingo.files import write_atomically
    from bilingo.report import write_report

    if output is None:
        write_report(report, format_name, sys.stdout)
        return
    target = Path(output)
    buffer = io.StringIO()
    write_report(report, format_name, buffer)
    try:
        write_atomically(target, buffer.getvalue())
    except OSError as error:
        raise InputError(f"{output}: cannot write report: {error.strerror or error}") from None


@cli.command()
@click.argument("name", required=False)
def rules(name: str | None) -> None:
    """List the rules, or show one rule's documentation."""
    from bilingo.rules import get_rule

    if name is None:
        click.echo(RULE_LIST)
        return
    try:
        rule = get_rule(name)
    except KeyError:
        raise click.BadParameter(f"unknown rule {name!r}; see 'bilingo rules'", param_hint="NAME") from None
    paragraphs = [f"{rule.code} {rule.name} (default severity: {rule.severity})", *rule.doc().split("\n\n")]
    click.echo("\n\n".join(click.wrap_text(paragraph, width=100) for paragraph in paragraphs))


@cli.command("eval")
@click.option("--corpus-dev", "corpus_dev", type=click.Path(file_okay=False),
              help="The dev corpus of parallel news [default: <repo root or cwd>/../shared/corpus-dev].")
@click.option("--sets", default="flores,wmt,tico", show_default=True, help="Corpus sets to use, comma-separated.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True, help="Documents per set.")
@click.option("--seed", type=int, default=0, show_default=True, help="Moves where the edits fall.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Write the summary and details as JSON.")
@click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False), help="Write the summary as Markdown.")
@click.option("--fixtures", "fixtures", is_flag=True,
              help="Check the hand-written fixtures of corpus/ against their *.expected.json instead.")
@click.option("--fixtures-dir", type=click.Path(file_okay=False),
              help="Where the fixtures are [default: <repo root or cwd>/corpus].")
@click.option("--translator", type=click.Choice(["auto", "apertium", "marian"]), default="apertium",
              show_default=True, help="Machine translation backend.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the translation cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Translation cache directory.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Documents checked in parallel.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def eval_command(corpus_dev, sets, limit, seed, json_path, markdown_path, fixtures, fixtures_dir, translator,
                 no_cache, cache_dir, jobs, quiet) -> None:
    """Measure bilingo: precision, recall and F1 per rule on edited real news, and pairing per layout.

    \b
    Edits documents of the dev corpus (dropped, inserted, merged and split sentences and
    paragraphs, changed numbers, names and pronouns, dropped clauses, untranslated
    sentences), writes them as two files or one bilingual file (whole, alternating,
    inline, table), checks them with the real pipeline and scores the findings. A
    finding the unedited document raises too (the corpus's own translation slips) is
    counted apart, in neither precision nor recall.
    With --fixtures, checks the fixtures of corpus/ against their expected findings
    (exit 1 when one fails).
    """
    import json

    from rich.console import Console

    from bilingo.check import garbage_collector
    from bilingo.evaluation import fixtures as fixture_runner
    from bilingo.evaluation import run as benchmark
    from bilingo.evaluation.perturb import default_corpus_dev
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    garbage_collector.freeze_survivors = True  # this process is bilingo's own (see bilingo.check)
    settings = Settings(translator=translator, cache=not no_cache, cache_dir=cache_dir)
    console = Console(highlight=False)
    if fixtures:
        root = Path(fixtures_dir) if fixtures_dir else fixture_runner.default_fixtures_dir()
        if not root.is_dir():
            raise InputError(f"{root}: no fixtures folder (use --fixtures-dir)")
        results = fixture_runner.run_fixtures(root, settings, create_translator(settings))
        for result in results:
            mark = "[green]pass[/]" if result.passed else "[red]FAIL[/]"
            console.print(f"{mark} {result.fixture.expected_file.relative_to(root)}"
                          + (f": {result.error}" if result.error else ""))
            for label, items in (("missed", result.missed), ("quiet rule fired", result.quiet_violations),
                                 ("known miss", result.known_misses), ("known miss now found", result.unexpectedly_found)):
                for item in items:
                    console.print(f"    {label}: {fixture_runner.describe(item)}", markup=False)
        passed = sum(result.passed for result in results)
        console.print(f"{passed}/{len(results)} fixtures pass")
        if json_path:
            Path(json_path).write_text(json.dumps(fixture_runner.results_json(results), ensure_ascii=False, indent=1),
                                       encoding="utf-8")
        sys.exit(EXIT_OK if passed == len(results) else EXIT_FINDINGS)

    corpus = Path(corpus_dev) if corpus_dev else default_corpus_dev()
    set_names = [name.strip() for name in sets.split(",") if name.strip()]
    items = benchmark.build_benchmark(corpus, set_names, limit, seed)
    translator_backend = create_translator(settings)
    show = not quiet and sys.stderr.isatty() and not os.environ.get("CI")
    if show:
        from rich.progress import Progress

        with Progress(console=stderr_console(), transient=True) as progress:
            task = progress.add_task("checking", total=len(items))
            scores = benchmark.run_benchmark(items, settings, translator_backend, jobs=jobs,
                                             on_done=lambda _: progress.advance(task))
    else:
        scores = benchmark.run_benchmark(items, settings, translator_backend, jobs=jobs)
    summary = benchmark.summarise(scores)
    summary["settings"] = {"sets": set_names, "limit": limit, "seed": seed, "translator": translator_backend.name,
                           "corpus_dev": str(corpus)}
    for table in benchmark.rich_tables(summary):
        console.print(table)
    if json_path:
        target = Path(json_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"summary": summary, "details": benchmark.details(scores)}, ensure_ascii=False,
                                     indent=1), encoding="utf-8")
    if markdown_path:
        target = Path(markdown_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(benchmark.markdown_table(summary), encoding="utf-8")


def main() -> None:
    """Entry point: maps every failure to a one-line message and a documented exit code."""
    interrupt.install()
    try:
        cli.main(standalone_mode=False, prog_name="bilingo")
    except click.exceptions.Exit as done:
        exit_with(done.exit_code)
    except (click.Abort, KeyboardInterrupt):
        exit_interrupted()
    except click.ClickException as error:
        # click's own errors exit 1 by default, which CI reads as "findings": they are usage errors.
        exit_interrupted_if_received()
        error.show()
        sys.exit(EXIT_USAGE)
    except BilingoError as error:
        exit_interrupted_if_received()  # (a translator killed by the interrupt says it failed)
        click.echo(f"bilingo: error: {error}", err=True)
        sys.exit(error.exit_code)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except SystemExit as done:
        exit_with(done.code)
    except Exception as error:
        exit_interrupted_if_received()
        if os.environ.get(DEBUG_VARIABLE):
            raise
        internal = InternalError.from_exception(error)
        click.echo(f"bilingo: error: {internal}", err=True)
        sys.exit(internal.exit_code)
    exit_with(EXIT_OK)


def exit_with(code) -> None:
    """End the run with ``code``, unless an interrupt came meanwhile (then it is the interrupt's code)."""
    exit_interrupted_if_received()
    sys.exit(code)


def exit_interrupted_if_received() -> None:
    if interrupt.received() is not None:
        exit_interrupted()


def exit_interrupted() -> None:
    interrupt.reporting()
    received = interrupt.received() or interrupt.Interrupted()
    click.echo(f"bilingo: {received.message}", err=True)
    sys.exit(received.exit_code)
