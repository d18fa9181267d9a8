"""Exporting a bundle: what the receiver lacks (by its acknowledgements), or everything; cut
for its receiver, it holds the receiver's places alone.

The winning versions (``versions``) are the source: a value overwritten here never needs to
travel, and an origin's range ``first..last`` means "with this you have all of that device's
changes up to ``last`` that still matter, within the bundle's places" (this device's places, cut
to the receiver's: the manifest's ``filter``). An office always cuts for a receiver, except for
its own backup (``full`` without ``to``). Rows are streamed from the database into zip members
chunk by chunk.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, false, or_, select
from sqlalchemy.orm import Session

from desktop.core.db import Database
from desktop.core.device_names import device_name
from desktop.core.domain import DeviceKind
from desktop.core.ids import new_id, utcnow
from desktop.core.models import Base, Blob, Device, DeviceScope, Knowledge, PeerKnowledge, Place
from desktop.core.sync import bundle as fmt
from desktop.core.sync import sealed, versions
from desktop.core.sync.capture import backfill
from desktop.core.sync.checks import covers, overlap
from desktop.core.sync.errors import SyncError
from desktop.core.sync.identity import local_identity
from desktop.core.sync.sql import is_sqlite


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    changes: int
    blobs: int
    ranges: tuple[fmt.Range, ...]
    receiver: str  # who it was cut for, in words
    villages: tuple[str, ...] = ()  # the places it was cut to (its filter); empty: everything
    sealed_for: tuple[str, ...] = ()  # the devices it is encrypted for, by name
    unsealed_reason: str = ""  # why it is not encrypted, when it is not

    def line(self) -> str:
        held = f" (rows of {', '.join(self.villages)} only)" if self.villages else ""
        secrecy = (
            f"encrypted for {', '.join(self.sealed_for)}"
            if self.sealed_for
            else f"NOT encrypted: {self.unsealed_reason}"
        )
        return (
            f"{self.path.name}: {self.changes} changes, {self.blobs} attachments, "
            f"for {self.receiver}{held}, {secrecy}"
        )


def sender_place_names(session: Session, codes: Iterable[str]) -> list[str]:
    """The names of the places a bundle is sent from, in ``codes``' order (a code not in the
    region table stands for itself)."""
    return [session.scalar(select(Place.name).where(Place.code == code)) or code for code in codes]


Progress = Callable[[float, str], None]

_REPORT_EVERY = 2000  # changes written between two progress reports

log = logging.getLogger(__name__)


def export_bundle(
    database: Database,
    out: Path,
    *,
    full: bool = False,
    to: str | None = None,
    progress: Progress | None = None,
    encrypt: bool = True,
) -> ExportResult:
    """Write a signed bundle to ``out`` (atomically: a partial file never takes its name),
    encrypted for its receivers whose keys are known here (``sealed``; ``encrypt=False``: plain).

    ``to`` (a device id) cuts it for that device: only rows of its places, only what it lacks
    (everything of its places with ``full``). An office with neither gets its one known peer's
    cut, or a SyncError asking which receiver. ``progress(fraction 0..1, text)`` is called at the
    start and after each batch of changes; an exception it raises (a cancel) removes the
    half-written file and propagates."""
    with database.engine.connect() as conn, conn.begin():
        if not is_sqlite(conn):
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        sealing = sealed.recipients_for(conn, to=to, full=full)
        if not encrypt:
            sealing = sealed.Sealing((), "asked for a plain bundle")
        with sealed.sealed_output(out, database, sealing) as written:
            result = _export(
                conn, written, full=full, to=to, progress=progress, sealed_for=sealing.device_ids()
            )
            if sealing.receivers:
                out.parent.mkdir(parents=True, exist_ok=True)
                sealed.seal(
                    written, out, recipients=sealing.receivers, identity=local_identity(conn)
                )
        result = replace(
            result, path=out, sealed_for=sealing.names(), unsealed_reason=sealing.reason
        )
    kind = "everything" if full else "what is new" if to is None else "what one device lacks"
    log.info("exported %s: %d changes, %d attachments", kind, result.changes, result.blobs)
    return result


def bundle_places(session: Session, receiver: uuid.UUID | None) -> tuple[str, ...]:
    """The names of the places a bundle for ``receiver`` holds (None: this device's own
    backup, all of its places)."""
    conn = session.connection()
    cut = _cut(conn, receiver)
    codes = _places(conn, local_identity(conn).device_id) if cut is None else cut
    return tuple(sender_place_names(session, sorted(codes)))


def _cut(conn: Connection, receiver: uuid.UUID | None) -> frozenset[str] | None:
    """The places a bundle for ``receiver`` is cut to: the receiver's within this device's
    (maybe none); None when nothing is cut (no receiver, or its places hold all of this
    device's; or this device is bound to no place yet, and every receiver refuses its rows)."""
    if receiver is None:
        return None
    mine = _places(conn, local_identity(conn).device_id)
    theirs = _places(conn, receiver)
    return None if not mine or covers(theirs, mine) else overlap(theirs, mine)


def _places(conn: Connection, device: uuid.UUID) -> frozenset[str]:
    return frozenset(
        conn.execute(select(DeviceScope.code).where(DeviceScope.device_id == device)).scalars()
    )


def _receiver(conn: Connection, *, full: bool, to: str | None) -> uuid.UUID | None:
    """The device a bundle is cut for: ``to``, or an office's one known peer (None: no cut:
    a village's bundle, or an office's while no known device has narrower places than it)."""
    if to is not None:
        try:
            peer = uuid.UUID(to)
        except ValueError as exc:
            raise SyncError("“{device}” is not a device id.", device=to) from exc
        if conn.execute(select(Device.id).where(Device.id == peer)).first() is None:
            raise SyncError(
                "No device {device} is known here; use --full for a device never heard from.",
                device=to,
            )
        return peer
    me = local_identity(conn).device_id
    kind = conn.execute(select(Device.kind).where(Device.id == me)).scalar_one()
    if full or kind is not DeviceKind.OFFICE:
        return None
    peers = conn.execute(
        select(Device.id, Device.label, Device.key_fingerprint)
        .where(Device.id != me, Device.revoked.is_(False))
        .order_by(Device.label)
    ).all()
    if len(peers) == 1:
        return peers[0].id  # type: ignore[no-any-return]
    mine = _places(conn, me)
    if all(covers(_places(conn, peer.id), mine) for peer in peers):
        # nobody known yet, or only offices above this one: whoever receives it holds all of
        # this office's places, so nothing needs cutting
        return None
    raise SyncError(
        "An office's bundle is cut for the one device that receives it: choose it with --to "
        "({devices}), or use --full for the office's own backup.",
        devices="; ".join(
            f"{device_name(label, fingerprint)} {peer.hex}" for peer, label, fingerprint in peers
        ),
    )


def _base(conn: Connection, *, full: bool, peer: uuid.UUID | None) -> tuple[dict[str, int], str]:
    """Per origin device, the highest counter the receiver is known to have."""
    if peer is not None:
        label = conn.execute(select(Device.label).where(Device.id == peer)).scalar_one()
        if full:
            return {}, f"device “{label}” (everything of its places)"
        acks = conn.execute(
            select(PeerKnowledge.origin_id, PeerKnowledge.max_counter).where(
                PeerKnowledge.peer_id == peer
            )
        ).all()
        return {o.hex: int(n) for o, n in acks}, f"device “{label}”"
    if full:
        return {}, "anyone (everything)"
    rows = conn.execute(
        select(PeerKnowledge.peer_id, PeerKnowledge.origin_id, PeerKnowledge.max_counter)
    ).all()
    peers: dict[str, dict[str, int]] = {}
    for peer_id, origin_id, counter in rows:
        peers.setdefault(peer_id.hex, {})[origin_id.hex] = int(counter)
    if not peers:
        return {}, "anyone (no device has acknowledged anything yet)"
    origins = set().union(*peers.values())
    # what every known peer has: the bundle then serves whichever of them receives it
    return {
        o: min(acks.get(o, 0) for acks in peers.values()) for o in origins
    }, f"{len(peers)} known device(s)"


def _export(
    conn: Connection,
    out: Path,
    *,
    full: bool,
    to: str | None,
    progress: Progress | None,
    sealed_for: list[str],
) -> ExportResult:
    tell: Progress = progress or (lambda _fraction, _what: None)
    tell(0.0, f"Writing {out.name}")
    identity = local_identity(conn)
    backfill(conn)
    peer = _receiver(conn, full=full, to=to)
    base, receiver = _base(conn, full=full, peer=peer)
    cut = _cut(conn, peer)
    knowledge = {
        o.hex: int(n) for o, n in conn.execute(select(Knowledge.origin_id, Knowledge.max_counter))
    }
    ranges = tuple(
        fmt.Range(origin, base.get(origin, 0) + 1, last)
        for origin, last in sorted(knowledge.items())
        if last > base.get(origin, 0)
    )
    device = conn.execute(
        select(Device.label, Device.kind, Device.predecessor_id).where(
            Device.id == identity.device_id
        )
    ).one()
    bundle_id = new_id().hex
    header = {
        "format": fmt.FORMAT,
        "version": fmt.VERSION,
        "bundle_id": bundle_id,
        "created_at": utcnow().isoformat(timespec="seconds"),
        "sender": {
            "device_id": identity.device_id.hex,
            "label": device.label,
            "kind": str(device.kind.value),
            "public_key": identity.public_key,
            "fingerprint": identity.fingerprint,
            "recipient": identity.recipient,
            "scope": sorted(_places(conn, identity.device_id)),
            # a laptop restored from a backup tells the office which device it succeeds
            **({"predecessor": device.predecessor_id.hex} if device.predecessor_id else {}),
        },
        "to": peer.hex if peer else None,
        "sealed_for": sealed_for,
        "full": full,
        # the places the ranges speak for, when fewer than the sender's (null: all of them)
        "filter": None if cut is None else sorted(cut),
        "ranges": [{"device": r.device_id, "first": r.first, "last": r.last} for r in ranges],
        "knowledge": dict(sorted(knowledge.items())),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = fmt.BundleWriter(out, header)
    hashes: set[str] = set()
    try:
        expected = max(_count_changes(conn, ranges, cut), 1)
        for written, line in enumerate(_changes(conn, ranges, cut), start=1):
            writer.add_line(line)
            if line[0] == "attachments" and line[2] == "content_hash":
                hashes.add(str(line[6]).strip('"'))
            if written % _REPORT_EVERY == 0:
                tell(0.9 * min(written / expected, 1.0), "Writing changes…")
        tell(0.9, "Adding attachments…")
        for content_hash in sorted(hashes):
            data = conn.execute(
                select(Blob.data).where(Blob.content_hash == content_hash)
            ).scalar_one_or_none()
            if data is not None:
                writer.add_blob(content_hash, data)
        tell(0.95, "Signing the bundle…")
        manifest = writer.finish(identity.key)
    except BaseException:
        writer.abort()
        raise
    tell(1.0, "Done")
    return ExportResult(
        out,
        bundle_id,
        manifest["counts"]["changes"],
        manifest["counts"]["blobs"],
        ranges,
        receiver,
        tuple(sorted(cut or ())),
    )


def _where_places(places: frozenset[str] | None) -> Any:
    """The condition keeping the versions of rows of ``places``: a code and every village
    below it (None: every row)."""
    if places is None:
        return None
    village = Base.metadata.tables["sync_versions"].c.village_code
    if not places:
        return false()
    codes = sorted(places)
    below = [code for code in codes if code.count(".") < _VILLAGE_DOTS]
    return or_(village.in_(codes), *(village.like(f"{code}.%") for code in below))


_VILLAGE_DOTS = 3  # 32.01.06.2008: a village's code; a shorter one is an area with villages below


def _count_changes(
    conn: Connection, ranges: tuple[fmt.Range, ...], places: frozenset[str] | None
) -> int:
    """About how many changes ``_changes`` will stream (for the progress bar)."""
    condition = _where_places(places)
    return sum(
        versions.count_changes(conn, uuid.UUID(hex=r.device_id), r.first, condition) for r in ranges
    )


def _changes(
    conn: Connection, ranges: tuple[fmt.Range, ...], places: frozenset[str] | None
) -> Iterator[versions.Line]:
    """The winning versions the receiver lacks, of rows of ``places`` (None: all), streamed, in
    origin and counter order."""
    condition = _where_places(places)
    for carried in ranges:
        yield from versions.changes(
            conn, uuid.UUID(hex=carried.device_id), carried.first, condition
        )


__all__ = ["ExportResult", "bundle_places", "export_bundle"]
