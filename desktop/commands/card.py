"""``berdaya card``: write this office's card, for the village laptops to trust its keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "card",
        help="write this office's card (its name, area and keys) for the villages",
        description="The office card carries the office's name, area, signing key and "
        "encryption recipient; a facilitator imports it (berdaya trust add) and confirms the "
        "fingerprint by phone, and from then on the village's bundles are encrypted for the "
        "office.",
    )
    parser.add_argument("--db", required=True, help="the office's database file or URL")
    parser.add_argument("--out", required=True, help="card file to write (.berdaya-card)")


def run(args: argparse.Namespace) -> int:
    from desktop.core.database import open_database
    from desktop.core.device_names import grouped
    from desktop.core.sync.card import SUFFIX, write_card
    from desktop.core.sync.errors import SyncError

    out = Path(args.out)
    if not out.name.endswith(SUFFIX):
        out = out.with_name(out.name + SUFFIX)
    db = open_database(args.db, create=False)  # a database that is not one: said by main
    try:
        card = write_card(db, out)
    except SyncError as exc:
        print(f"berdaya: {exc}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(f"wrote the card of “{card.label}” for {card.area_names()} to {out}")
    print("fingerprint, to read out when a facilitator calls:")
    for line in grouped(card.fingerprint).splitlines():
        print(f"  {line}")
    return 0
