"""Entry point: no sub-command opens the window; a sub-command runs headless (see cli.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

COMMANDS = (
    "demo",
    "screenshot",
    "dump",
    "init",
    "export",
    "import",
    "verify",
    "trust",
    "summary",
    "timeline",
    "simulate",
)


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="berdaya",
        description="Berdaya: community empowerment programs, offline first. "
        f"Headless commands: {', '.join(COMMANDS)} (berdaya COMMAND --help).",
    )
    parser.add_argument(
        "--db", help="database file or SQLAlchemy URL (default: berdaya.sqlite in your data folder)"
    )
    parser.add_argument("--lang", choices=("id", "en"), help="interface language for this run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        from desktop import cli

        return cli.main(args)
    options = gui_parser().parse_args(args)
    from desktop.ui.app import run

    return run(db=options.db, lang=options.lang)


if __name__ == "__main__":
    raise SystemExit(main())
