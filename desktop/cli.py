"""Headless commands, for district scripts, tests and the README's screenshots.

Options and arguments come in any order (``trust revoke --db PATH ID`` as well as ``trust revoke
ID --db PATH``). A command that cannot run says why in one sentence on standard error and exits
2; the traceback of anything unexpected goes to the log, never to the screen.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

log = logging.getLogger(__name__)
_QUIET = logging.NullHandler()

_SYNC_COMMANDS = ("init", "export", "import", "verify", "trust", "held")
# commands that write: the day's backup is made before them, and they take --keep
_WRITING = ("demo", "init", "export", "import", "trust", "held", "simulate", "sync")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="berdaya")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="fill a database with realistic demo data")
    demo.add_argument("--db", required=True, help="database file or URL to fill")
    demo.add_argument("--villages", type=int, default=20, help="how many villages (default 20)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")

    shot = sub.add_parser("screenshot", help="render a view offscreen to a PNG file")
    shot.add_argument("--db", required=True)
    shot.add_argument(
        "--view",
        default="overview",
        help="overview, navigator, dashboard, empty, timeline or wizard:STAGE (wizard:persiapan…)",
    )
    shot.add_argument("--out", required=True, help="PNG file to write")
    shot.add_argument("--lang", choices=("id", "en"), default="id")
    shot.add_argument("--program", help="program id (default: the first in the navigator)")
    shot.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")

    dump = sub.add_parser("dump", help="print all synced data as canonical, sorted JSON")
    dump.add_argument("--db", required=True)
    dump.add_argument("--out", help="file to write (default: standard output)")

    init = sub.add_parser("init", help="make a new database bound to villages or an office area")
    init.add_argument("--db", required=True, help="database file or URL to create")
    where = init.add_mutually_exclusive_group(required=True)
    where.add_argument("--village", nargs="+", metavar="CODE", help="village code(s), 13 digits")
    where.add_argument("--area", metavar="CODE", help="an office's province/regency/district code")
    init.add_argument("--label", help="a name for this device (default: the computer's name)")

    export = sub.add_parser("export", help="write a signed sync bundle (.berdaya)")
    export.add_argument("--db", required=True)
    export.add_argument("--out", required=True, help="bundle file to write")
    export.add_argument(
        "--full",
        action="store_true",
        help="everything, not only what is new (an office without --to: its own backup)",
    )
    export.add_argument(
        "--to",
        metavar="DEVICE_ID",
        help="for that device: only rows of its places, only what it lacks (an office must "
        "choose one unless it knows a single device)",
    )

    imp = sub.add_parser("import", help="verify and merge sync bundles into a database")
    imp.add_argument("--db", required=True)
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    imp.add_argument(
        "--accept-new",
        action="store_true",
        help="trust devices never seen here, or claiming more places, that these bundles come from",
    )

    verify = sub.add_parser("verify", help="check bundles without a database")
    verify.add_argument("files", nargs="+", metavar="FILE")

    trust = sub.add_parser("trust", help="list, add, revoke or allow devices this database trusts")
    trust.add_argument("action", choices=("list", "add", "revoke", "allow"))
    trust.add_argument("target", nargs="?", help="add: a bundle or card; revoke, allow: a device")
    trust.add_argument("--db", required=True)
    trust.add_argument("--again", action="store_true", help="add: trust a revoked office again")

    held = sub.add_parser("held", help="list, apply or drop changes held for a future date")
    held.add_argument("action", choices=("list", "release", "discard"))
    held.add_argument("bundles", nargs="*", metavar="BUNDLE", help="bundle id(s) (default: all)")
    held.add_argument("--db", required=True)
    held.add_argument(
        "--accept", action="store_true", help="release: apply even those still in the future"
    )

    from desktop.commands import report, summary, timeline

    summary.add_parser(sub)
    timeline.add_parser(sub)
    report.add_parser(sub)
    from desktop.commands import card, simulate

    simulate.add_parser(sub)
    from desktop.commands import sync_folder

    sync_folder.add_parser(sub)
    card.add_parser(sub)
    from desktop.commands import backup

    backup.add_parser(sub)
    for name in _WRITING:
        backup.keep_option(sub.choices[name])
    return parser


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return next(
        action.choices
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The command's arguments, its options and positionals in any order."""
    parser = build_parser()
    args = list(argv)
    commands = _commands(parser)
    if args == ["help"]:
        parser.print_help()
        raise SystemExit(0)
    if not args or args[0] not in commands:
        return parser.parse_args(args)  # --help, or an unknown command: argparse says so
    options = commands[args[0]].parse_intermixed_args(args[1:])
    options.command = args[0]
    return options


def main(argv: Sequence[str]) -> int:
    # with no log configured, logging's last resort would print tracebacks on the screen
    logging.getLogger("desktop").addHandler(_QUIET)
    args = parse(argv)
    from desktop.core import logbook

    logbook.configure()
    logbook.log_start(f"berdaya {args.command}")
    try:
        return _run(args)
    except BrokenPipeError:  # the output went to `head` or a closed pipe: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("berdaya: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:
        from desktop.core.db import storage_problem

        db = getattr(args, "db", None)
        problem = storage_problem(exc, f"“{_name(db)}”" if db else "the database")
        if problem is None:
            log.exception("berdaya %s failed", args.command)
            print(
                f"berdaya: {args.command} failed unexpectedly ({type(exc).__name__}: "
                f"{_first_line(exc)}); the details are in the log.",
                file=sys.stderr,
            )
            return 70
        log.debug("berdaya %s refused", args.command, exc_info=True)
        print(f"berdaya: {problem}", file=sys.stderr)
        return 2


def _name(target: str) -> str:
    from desktop.core.db import describe, sqlite_path, to_url

    url = to_url(target)
    path = sqlite_path(url)
    return path.name if path is not None else describe(url)


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else "no message"


def _run(args: argparse.Namespace) -> int:
    if args.command == "demo":
        return _demo(args)
    if args.command == "screenshot":
        from desktop.ui.screenshot import render

        width, _, height = args.size.partition("x")
        return render(
            db=args.db,
            view=args.view,
            out=args.out,
            lang=args.lang,
            program=args.program,
            size=(int(width), int(height)),
        )
    if args.command == "dump":
        return _dump(args)
    if args.command in _WRITING and args.db:
        from desktop.core.database import daily_backup_quietly

        daily_backup_quietly(args.db, args.keep)
    if args.command in ("backup", "restore"):
        from desktop.commands import backup

        return backup.run(args)
    if args.command in ("summary", "timeline"):
        from desktop.commands import summary, timeline

        return summary.run(args) if args.command == "summary" else timeline.run(args)
    if args.command == "report":
        from desktop.commands import report

        return report.run(args)
    if args.command == "sync":
        from desktop.commands import sync_folder

        return sync_folder.run(args)
    if args.command == "simulate":
        from desktop.commands import simulate

        return simulate.run(args)
    if args.command == "card":
        from desktop.commands import card

        return card.run(args)
    if args.command in _SYNC_COMMANDS:
        from desktop.core.sync.commands import run

        return run(args)
    raise AssertionError(args.command)


def _demo(args: argparse.Namespace) -> int:
    from desktop.core import demo
    from desktop.core.database import open_database

    if args.villages < 1:
        print("berdaya: --villages must be at least 1", file=sys.stderr)
        return 2
    db = open_database(args.db)
    try:
        summary = demo.generate(db, villages=args.villages, seed=args.seed)
    finally:
        db.dispose()
    print(summary)
    return 0


def _dump(args: argparse.Namespace) -> int:
    from desktop.core.database import open_database
    from desktop.core.dump import dump

    db = open_database(args.db, create=False)
    try:
        with db.reading() as session:
            if args.out:
                with open(args.out, "w", encoding="utf-8") as handle:
                    dump(session, handle)
            else:
                dump(session, sys.stdout)
    finally:
        db.dispose()
    return 0
