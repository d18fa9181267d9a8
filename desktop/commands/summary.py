"""``berdaya summary``: every program's stages, principle figures and goal indicators, as a
table or as sorted, stable JSON."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "summary",
        help="print every program's stages, principles and indicators",
        description="Every program with its village, the status of its seven stages, the four "
        "principle figures and the goals' indicators (baseline, target, latest).",
    )
    parser.add_argument("--db", required=True, help="database file or SQLAlchemy URL")
    parser.add_argument(
        "--json", action="store_true", help="print JSON (sorted keys, stable) instead of a table"
    )


def run(args: argparse.Namespace) -> int:
    from desktop.core.database import open_database
    from desktop.core.db import DatabaseError
    from desktop.core.summary import summarize, to_data, to_text

    try:
        db = open_database(args.db, create=False)
    except DatabaseError as exc:
        print(f"berdaya: {exc}", file=sys.stderr)
        return 2
    try:
        with db.reading() as session:
            summaries = summarize(session)
            if args.json:
                text = json.dumps(to_data(summaries), sort_keys=True, indent=2)
            else:
                text = to_text(summaries)
    finally:
        db.dispose()
    print(text)
    return 0
