"""Render the demo article's HTML report and screenshot it for the README (docs/report-screenshot.png).

    .venv/bin/python bench/screenshot_report.py [--html report.html] [--out docs/report-screenshot.png] [PATH PATH]

By default it checks ``corpus/demo/asylum-russians.{en,es}.md`` with the real pipeline
(``bilingo.check.check_paths``, translator chosen as the CLI does), writes the HTML report
and screenshots it in Debian's /usr/bin/chromium through playwright.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browser import launch_chromium  # noqa: E402

from bilingo.report.html import write  # noqa: E402

DEMO_PATHS = ["corpus/demo/asylum-russians.en.md", "corpus/demo/asylum-russians.es.md"]  # relative, as in the CLI


def pipeline_report(paths: list[str]):
    """The Report the CLI would build for ``paths``."""
    from bilingo.check import check_paths, signature
    from bilingo.model import Report
    from bilingo.settings import Settings
    from bilingo.translate import create_translator

    settings = Settings()
    translator = create_translator(settings)
    document = check_paths(paths, settings, translator)
    return Report(signature=signature(settings, translator), documents=[document], fail_on=settings.fail_on)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=DEMO_PATHS)
    parser.add_argument("--out", type=Path, default=REPO / "docs/report-screenshot.png")
    parser.add_argument("--html", type=Path, default=None, help="also keep the HTML page here")
    parser.add_argument("--dark", action="store_true", help="prefers-color-scheme: dark")
    arguments = parser.parse_args()
    arguments.out = arguments.out.resolve()
    os.chdir(REPO)  # inputs are shown as given: run from the repository root, as the CLI is

    report = pipeline_report(arguments.paths)
    html_path = arguments.html or arguments.out.with_suffix(".html")
    with html_path.open("w", encoding="utf-8") as stream:
        write(report, stream)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(
            viewport={"width": 1280, "height": 1500}, color_scheme="dark" if arguments.dark else "light"
        )
        page.goto(html_path.resolve().as_uri())
        page.screenshot(path=str(arguments.out))
        browser.close()
    if arguments.html is None:
        html_path.unlink()
    print(f"wrote {arguments.out}")


if __name__ == "__main__":
    main()
