"""``bilingo`` and ``python -m bilingo``: Ctrl-C is handled (``bilingo.interrupt``) before the CLI is even
imported, so that an interrupt at start-up is one line too, not a traceback."""

import sys


def main() -> None:
    from bilingo import interrupt

    interrupt.install()
    try:
        from bilingo.cli import main as run_cli
    except BaseException:  # (an interrupt inside a class being made comes wrapped in a RuntimeError)
        received = interrupt.received()
        if received is None:
            raise
        print(f"bilingo: {received.message}", file=sys.stderr)
        sys.exit(received.exit_code)
    run_cli()


if __name__ == "__main__":
    main()
