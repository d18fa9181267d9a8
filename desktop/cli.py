"""Headless commands, for district scripts, tests and the README's screenshots."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

_SYNC_COMMANDS = ("init", "export", "import", "verify", "trust", "held")


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
        help="overview | navigator | empty | timeline | wizard:STAGE (wizard:persiapan …)",
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
    export.add_argument("--full", action="store_true", help="everything, not only what is new")
    export.add_argument("--to", metavar="DEVICE_ID", help="only what that device lacks")

    imp = sub.add_parser("import", help="verify and merge sync bundles into a database")
    imp.add_argument("--db", required=True)
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")

    verify = sub.add_parser("verify", help="check bundles without a database")
    verify.add_argument("files", nargs="+", metavar="FILE")

    trust = sub.add_parser("trust", help="list, add or revoke the devices this database trusts")
    trust.add_argument("action", choices=("list", "add", "revoke"))
    trust.add_argument("target", nargs="?", help="add: a bundle file; revoke: a device id")
    trust.add_argument("--db", required=True)

    held = sub.add_parser("held", help="list, apply or drop changes held for a future date")
    held.add_argument("action", choices=("list", "release", "discard"))
    held.add_argument("bundles", nargs="*", metavar="BUNDLE", help="bundle id(s) (default: all)")
    held.add_argument("--db", required=True)
    held.add_argument(
        "--accept", action="store_true", help="release: apply even those still in the future"
    )

    from desktop.commands import summary, timeline

    summary.add_parser(sub)
    timeline.add_parser(sub)
    from desktop.commands import simulate

    simulate.add_parser(sub)
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    from desktop.core.db import DatabaseError

    try:
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
        if args.command in ("summary", "timeline"):
            from desktop.commands import summary, timeline

            return {"summary": summary, "timeline": timeline}[args.command].run(args)
        if args.command == "simulate":
            from desktop.commands import simulate

            return simulate.run(args)
        if args.command in _SYNC_COMMANDS:
            from desktop.core.sync.commands import run

            return run(args)
    except DatabaseError as exc:
        print(f"berdaya: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the output went to `head` or a closed pipe: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
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
        with db.session() as session:
            if args.out:
                with open(args.out, "w", encoding="utf-8") as handle:
                    dump(session, handle)
            else:
                dump(session, sys.stdout)
    finally:
        db.dispose()
    return 0
