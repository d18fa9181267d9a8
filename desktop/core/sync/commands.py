"""The sync commands of the headless CLI: init, export, import, verify, trust, held.

Each prints one line per outcome for a person (refusals are one sentence) and returns the exit
status: 0 done, 1 something refused, 2 the command could not run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from desktop.core.domain import PlaceLevel
from desktop.core.sync.errors import SyncError


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        if args.command == "init":
            return _init(args, out, err)
        if args.command == "export":
            return _export(args, out)
        if args.command == "import":
            return _import(args, out)
        if args.command == "verify":
            return _verify(args, out)
        if args.command == "trust":
            return _trust(args, out, err)
        if args.command == "held":
            return _held(args, out)
    except SyncError as exc:
        print(f"berdaya: {exc}", file=err)
        return 1
    raise AssertionError(args.command)


def check_codes(villages: list[str] | None, area: str | None) -> list[str]:
    """The official codes to bind to; raises SyncError naming a code that is not one."""
    from desktop.core import places

    wanted = list(villages or []) if area is None else [area]
    for code in wanted:
        try:
            level = places.level_of(code)
            places.place(code)
        except (KeyError, places.UnknownPlace) as exc:
            raise SyncError(f"{code} is not an official Kemendagri place code.") from exc
        if area is None and level is not PlaceLevel.VILLAGE:
            raise SyncError(f"{code} is not a village code; an office binds with --area.")
        if area is not None and level is PlaceLevel.VILLAGE:
            raise SyncError(f"{code} is a village; use --village for a village laptop.")
    return sorted(set(wanted))


def _init(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from desktop.core import device
    from desktop.core.database import open_database
    from desktop.core.db import sqlite_path, to_url
    from desktop.core.models import Device

    codes = check_codes(args.village, args.area)
    url = to_url(args.db)
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        print(f"berdaya: “{path.name}” already exists; init makes a new database.", file=err)
        return 2
    db = open_database(args.db)
    try:
        with db.writing() as session, session.begin():
            info = device.local_device(session)
            if info.scope:
                print(
                    f"berdaya: this database is already bound to {', '.join(info.scope)}.",
                    file=err,
                )
                return 2
            info = device.bind(session, codes)
            if args.label:
                found = session.get(Device, info.id)
                assert found is not None
                found.label = args.label
    finally:
        db.dispose()
    print(f"device {info.id}", file=out)
    print(f"fingerprint {info.fingerprint}", file=out)
    print(f"bound to {', '.join(info.scope)} ({info.kind.value})", file=out)
    return 0


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.database import open_database
    from desktop.core.sync.export import export_bundle

    db = open_database(args.db, create=False)
    try:
        result = export_bundle(db, Path(args.out), full=args.full, to=args.to)
    finally:
        db.dispose()
    print(result.line(), file=out)
    return 0


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.database import open_database
    from desktop.core.sync.merge import import_files, waiting_notice

    paths = [Path(f) for f in args.files]
    db = open_database(args.db, create=False)
    try:
        results = import_files(db, paths, dry_run=args.dry_run, progress=waiting_notice(sys.stderr))
        claims = {s.claim.device: s.claim for s in results if s.claim is not None}
        if claims and args.accept_new:
            # again with the newcomers accepted: their bundles, and those that build on them
            # (a dry run left nothing behind, so all of them)
            again = [i for i, s in enumerate(results) if args.dry_run or s.status == "refused"]
            redone = import_files(
                db, [paths[i] for i in again], dry_run=args.dry_run, accept=claims
            )
            for index, summary in zip(again, redone, strict=True):
                results[index] = summary
    finally:
        db.dispose()
    prefix = "(dry run, nothing written) " if args.dry_run else ""
    for summary in results:
        print(prefix + summary.line(), file=out)
    if claims and not args.accept_new:
        print(
            "Nothing was imported from a device not trusted here for those places. Ask its "
            "owner to read the fingerprint out to you; if every group matches and the places "
            "are right, run the same import again with --accept-new.",
            file=out,
        )
    for claim in claims.values() if args.accept_new else ():
        verb = "would accept" if args.dry_run else "accepted"
        places = ", ".join(p.text() for p in claim.places)
        print(
            f"{verb} device “{claim.label}” for {places}, fingerprint {claim.grouped_fingerprint}",
            file=out,
        )
    return 1 if any(s.status == "refused" for s in results) else 0


def _verify(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.sync.checks import verify_file
    from desktop.core.sync.errors import BundleRefused
    from desktop.core.sync.sealed import machine_opener

    failed = 0
    for name in args.files:
        try:
            with machine_opener() as opener:  # a sealed file opens with a key of this machine
                found = verify_file(opener.plain(Path(name)))
        except BundleRefused as exc:
            failed += 1
            print(f"REFUSED {exc}", file=out)
            continue
        print(
            f"ok {Path(name).name}: {found.change_count} changes, {len(found.blob_members)} "
            f"attachments, from {found.sender_text()} for {', '.join(found.scope) or '-'}",
            file=out,
        )
    return 1 if failed else 0


def _trust(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from desktop.core.database import open_database
    from desktop.core.sync import card, trust

    if args.action in ("add", "revoke", "allow") and not args.target:
        what = "a bundle or a card" if args.action == "add" else "a device id or fingerprint"
        print(f"berdaya: trust {args.action} needs {what}.", file=err)
        return 2
    db = open_database(args.db, create=False)
    try:
        with db.writing() as session, session.begin():
            if args.action == "list":
                for entry in trust.list_devices(session):
                    print(entry.line(), file=out)
            elif args.action == "add" and card.is_card(Path(args.target)):
                found = card.read_card(Path(args.target))
                card.trust_card(session, found, again=args.again)
                print("\n".join(card.trusted_lines(found, args.db)), file=out)
            elif args.action == "add":
                print(
                    "trusted " + trust.add_from_bundle(session, Path(args.target)).line(), file=out
                )
            elif args.action == "allow":
                print("allowed " + trust.allow(session, args.target).line(), file=out)
            else:
                print("revoked " + trust.revoke(session, args.target).line(), file=out)
    finally:
        db.dispose()
    return 0


def _held(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.core.database import open_database
    from desktop.core.sync import held

    wanted = list(args.bundles) or None
    db = open_database(args.db, create=False)
    try:
        if args.action == "list":
            with db.reading() as session:
                groups = held.list_held(session)
            for group in groups:
                print(group.line(), file=out)
            if not groups:
                print("no held changes", file=out)
        elif args.action == "release":
            summaries = held.release_held(db, bundles=wanted, accept=args.accept)
            for summary in summaries:
                print(summary.line(), file=out)
            if not summaries:
                print(
                    "nothing released: no held changes"
                    + ("" if args.accept else " that are no longer in the future (see --accept)"),
                    file=out,
                )
        else:
            print(f"discarded {held.discard_held(db, bundles=wanted)} held changes", file=out)
    finally:
        db.dispose()
    return 0
