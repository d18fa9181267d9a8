"""``berdaya sync``: one round through the transfer folder, headless, for scripts and schedulers:
take in what arrived for this device, write what is new for each receiver, say what happened."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "sync",
        help="one round through the transfer folder: import what arrived, write what is new",
        description="Import the bundles that arrived in this device's inbox of the transfer "
        "folder (each once it has stopped growing) and write a bundle for each known device "
        "that lacks something, as the window does after work.",
    )
    parser.add_argument("--db", required=True, help="database file or SQLAlchemy URL")
    parser.add_argument(
        "--folder", help="the transfer folder (default: the one chosen in the settings)"
    )
    parser.add_argument(
        "--accept-new",
        action="store_true",
        help="accept bundles from devices never seen before (otherwise they wait for a person)",
    )


def run(args: argparse.Namespace) -> int:
    from desktop.core.database import open_database
    from desktop.core.sync.errors import SyncError
    from desktop.core.sync.folder import SETTLE_SECONDS, sync_round
    from desktop.core.sync.folder_state import transfer_folder

    db = open_database(args.db, create=False)  # a database that is not one: said by main
    try:
        if args.folder:
            folder = Path(args.folder)
        else:
            with db.reading() as session:
                chosen = transfer_folder(session)
            if chosen is None:
                print(
                    "berdaya: no transfer folder is set for this database; give --folder.",
                    file=sys.stderr,
                )
                return 2
            folder = chosen
        done = sync_round(db, folder, accept_new=args.accept_new, send=False)
        if done.arriving:
            # files seen for the first time are looked at again once they had time to settle
            time.sleep(SETTLE_SECONDS)
            later = sync_round(db, folder, accept_new=args.accept_new, send=False)
            later.received[:0] = done.received
            done = later
        out = sync_round(db, folder, receive=False)  # after the imports: their news goes too
        done.sent, done.last_sent = out.sent, out.last_sent
        done.problems += out.problems
    except SyncError as exc:
        print(f"berdaya: {exc}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    lines = done.lines()
    for line in lines or ["nothing to send, nothing arrived"]:
        print(line)
    return 1 if done.of("refused", "undecided") else 0
