"""``berdaya simulate``: days of realistic field work added to a village device's database, for
tests and benchmarks of sync."""

from __future__ import annotations

import argparse
import datetime as dt
import sys


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "simulate",
        help="add N days of simulated field work to a village database",
        description="Carry the programs of this device's villages forward by N days of "
        "realistic field work (meetings, attendance, progress, contributions, measurements, "
        "corrections), one transaction per day, through the stage operations. The same "
        "database, seed and days give the same data.",
    )
    parser.add_argument("--db", required=True, help="database file or SQLAlchemy URL")
    parser.add_argument("--days", type=int, required=True, help="how many days to simulate")
    parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same work")
    parser.add_argument(
        "--start",
        type=_date,
        help="first simulated day, YYYY-MM-DD (default: the day after the latest record)",
    )


def run(args: argparse.Namespace) -> int:
    from desktop.core.database import open_database
    from desktop.core.db import DatabaseError
    from desktop.core.simulate import SimulationError, simulate

    if args.days < 0:
        print("berdaya: --days cannot be negative.", file=sys.stderr)
        return 2
    try:
        db = open_database(args.db, create=False)
    except DatabaseError as exc:
        print(f"berdaya: {exc}", file=sys.stderr)
        return 2
    try:
        report = simulate(db, days=args.days, seed=args.seed, start=args.start)
    except SimulationError as exc:
        print(f"berdaya: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    print(report.text())
    if report.created or report.edited or report.deleted:
        print(report.tables())
    return 0
