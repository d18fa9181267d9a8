"""Headless commands, for district scripts, tests and the README's screenshots."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="berdaya")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="fill a database with realistic demo data")
    demo.add_argument("--db", required=True, help="database file or URL to fill")
    demo.add_argument("--villages", type=int, default=20, help="how many villages (default 20)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")

    shot = sub.add_parser("screenshot", help="render a view offscreen to a PNG file")
    shot.add_argument("--db", required=True)
    shot.add_argument("--view", default="overview", help="overview | navigator | empty")
    shot.add_argument("--out", required=True, help="PNG file to write")
    shot.add_argument("--lang", choices=("id", "en"), default="id")
    shot.add_argument("--program", help="program id (default: the first in the navigator)")
    shot.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")

    dump = sub.add_parser("dump", help="print all synced data as canonical, sorted JSON")
    dump.add_argument("--db", required=True)
    dump.add_argument("--out", help="file to write (default: standard output)")
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
    except DatabaseError as exc:
        print(f"berdaya: {exc}", file=sys.stderr)
        return 2
    raise AssertionError(args.command)


def _demo(args: argparse.Namespace) -> int:
    from desktop.core import demo
    from desktop.core.db import open_database

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
    from desktop.core.db import open_database
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
