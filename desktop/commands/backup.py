"""``berdaya backup`` and ``berdaya restore``: the window's backups, headless (SQLite files only;
a server database is backed up by its server)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def keep_option(parser: argparse.ArgumentParser) -> None:
    """``--keep N``: how many backups the database keeps (also remembered for imports)."""
    parser.add_argument(
        "--keep",
        type=_at_least_one,
        metavar="N",
        help="how many backups of the database to keep (default: as last chosen, else 10)",
    )


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("keep at least 1 backup")
    return value


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser(
        "backup",
        help="back a database up (SQLite's online backup), into its backups folder or a file",
        description="Back the database up with SQLite's online backup API, safe while the "
        "window has it open. Without --out the backup goes to the backups folder beside the "
        "database, which is then pruned to the newest backups.",
    )
    backup.add_argument("--db", required=True, help="the SQLite database file")
    backup.add_argument("--out", help="write the backup to this file instead (a USB stick)")
    keep_option(backup)

    restore = sub.add_parser(
        "restore",
        help="put a backup in place of a database (the current file is kept as a backup)",
        description="Restore a backup: the current database is backed up first (reason "
        "before-restore), then the backup's content is written into it. Close the window first.",
    )
    restore.add_argument("--db", required=True, help="the SQLite database file to restore into")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    keep_option(restore)


def run(args: argparse.Namespace) -> int:
    from desktop.core import backups
    from desktop.core.errors import ValidationError

    try:
        path = backups.database_file(args.db)
        if args.command == "backup":
            backups.remember_keep(path, args.keep)
            if args.out:
                made = backups.copy_to(path, Path(args.out).expanduser())
            else:
                made = backups.make_backup(path, reason="manual", keep=args.keep)
            print(f"Backed up {path.name} to {made}.")
            return 0
        backups.remember_keep(path, args.keep)
        safety = backups.restore(path, Path(args.file).expanduser(), keep=args.keep)
    except ValidationError as exc:
        print(f"berdaya: {exc}", file=sys.stderr)
        return 2
    kept = f"; the database as it was is kept in {safety}" if safety is not None else ""
    print(f"Restored {path.name} from {Path(args.file).name}{kept}.")
    return 0
