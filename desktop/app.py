"""Entry point: no sub-command opens the window; a sub-command runs headless (see cli.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="berdaya",
        description="Berdaya: community empowerment programs, offline first. "
        "Headless commands: berdaya COMMAND --help (berdaya help lists them).",
    )
    parser.add_argument(
        "--db", help="database file or SQLAlchemy URL (default: berdaya.sqlite in your data folder)"
    )
    parser.add_argument("--lang", choices=("id", "en"), help="interface language for this run")
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="bundles (.berdaya) to import once it is open"
    )
    return parser


def _is_file(word: str) -> bool:
    """A bundle the desktop hands over (`berdaya %F`: absolute paths), not a command's name."""
    return word.endswith(".berdaya") or word.startswith("/") or "\\" in word


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # the window takes options only: a first word that is not an option names a command, and
    # the command line (which knows every command) runs it or says it does not know it; a file
    # (a double-clicked bundle) opens the window with the import dialog
    if args and not args[0].startswith("-") and not _is_file(args[0]):
        from desktop import cli

        return cli.main(args)
    parser = gui_parser()
    options = parser.parse_args(args)
    unknown = [word for word in options.files if not _is_file(word)]
    if unknown:
        parser.error(f"not a command nor a bundle: {' '.join(unknown)}")
    from desktop.ui.app import run

    return run(db=options.db, lang=options.lang, files=options.files)


if __name__ == "__main__":
    raise SystemExit(main())
