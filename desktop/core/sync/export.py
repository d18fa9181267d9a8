"""Exporting a bundle: what the receiver lacks (by its acknowledgements), or everything.

The winning field versions are the source: a value overwritten here never needs to travel, and
an origin's range ``first..last`` means "with this you have all of that device's changes up to
``last`` that still matter". Rows are streamed from the database into zip members chunk by chunk.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from desktop.core.db import Database
from desktop.core.ids import new_id, utcnow
from desktop.core.models import Blob, Device, DeviceScope, Knowledge, PeerKnowledge, Place
from desktop.core.sync import bundle as fmt
from desktop.core.sync.capture import backfill
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

    def line(self) -> str:
        return (
            f"{self.path.name}: {self.changes} changes, {self.blobs} attachments, "
            f"for {self.receiver}"
        )


def sender_place_names(session: Session, codes: Iterable[str]) -> list[str]:
    """The names of the places a bundle is sent from, in ``codes``' order (a code not in the
    region table stands for itself)."""
    return [session.scalar(select(Place.name).where(Place.code == code)) or code for code in codes]


def _hex(value: Any) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value)


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
) -> ExportResult:
    """Write a signed bundle to ``out`` (atomically: a partial file never takes its name).

    ``progress(fraction 0..1, text)`` is called at the start and after each batch of changes;
    an exception it raises (a cancel) removes the half-written file and propagates."""
    with database.engine.connect() as conn, conn.begin():
        if not is_sqlite(conn):
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        result = _export(conn, out, full=full, to=to, progress=progress)
    kind = "everything" if full else "what is new" if to is None else "what one device lacks"
    log.info("exported %s: %d changes, %d attachments", kind, result.changes, result.blobs)
    return result


def _base(conn: Connection, *, full: bool, to: str | None) -> tuple[dict[str, int], str]:
    """Per origin device, the highest counter the receiver is known to have."""
    if full:
        return {}, "anyone (everything)"
    if to is not None:
        try:
            peer = uuid.UUID(to)
        except ValueError as exc:
            raise SyncError("“{device}” is not a device id.", device=to) from exc
        label = conn.execute(select(Device.label).where(Device.id == peer)).scalar_one_or_none()
        if label is None:
            raise SyncError(
                "No device {device} is known here; use --full for a device never heard from.",
                device=to,
            )
        acks = conn.execute(
            select(PeerKnowledge.origin_id, PeerKnowledge.max_counter).where(
                PeerKnowledge.peer_id == peer
            )
        ).all()
        return {o.hex: int(n) for o, n in acks}, f"device “{label}”"
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
    conn: Connection, out: Path, *, full: bool, to: str | None, progress: Progress | None
) -> ExportResult:
    tell: Progress = progress or (lambda _fraction, _what: None)
    tell(0.0, f"Writing {out.name}")
    identity = local_identity(conn)
    backfill(conn)
    base, receiver = _base(conn, full=full, to=to)
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
    scope = sorted(
        conn.execute(
            select(DeviceScope.code).where(DeviceScope.device_id == identity.device_id)
        ).scalars()
    )
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
            "scope": scope,
            # a laptop restored from a backup tells the office which device it succeeds
            **({"predecessor": device.predecessor_id.hex} if device.predecessor_id else {}),
        },
        "to": uuid.UUID(to).hex if to else None,
        "full": full,
        "ranges": [{"device": r.device_id, "first": r.first, "last": r.last} for r in ranges],
        "knowledge": dict(sorted(knowledge.items())),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = fmt.BundleWriter(out, header)
    hashes: set[str] = set()
    try:
        expected = max(_count_changes(conn, ranges), 1)
        for written, line in enumerate(_changes(conn, ranges), start=1):
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
    )


def _count_changes(conn: Connection, ranges: tuple[fmt.Range, ...]) -> int:
    """How many versions ``_changes`` will stream (for the progress bar)."""
    ids = "?" if is_sqlite(conn) else "%s"
    total = 0
    for carried in ranges:
        origin: Any = carried.device_id if is_sqlite(conn) else uuid.UUID(hex=carried.device_id)
        total += int(
            conn.exec_driver_sql(
                f"SELECT COUNT(*) FROM field_versions WHERE device_id = {ids} AND counter >= {ids}",
                (origin, carried.first),
            ).scalar_one()
        )
    return total


def _changes(conn: Connection, ranges: tuple[fmt.Range, ...]) -> Any:
    """The winning versions the receiver lacks, streamed, in origin and counter order."""
    if not ranges:
        return
    ids = "?" if is_sqlite(conn) else "%s"
    for carried in ranges:
        origin: Any = carried.device_id if is_sqlite(conn) else uuid.UUID(hex=carried.device_id)
        result = conn.execution_options(stream_results=True, yield_per=2000).exec_driver_sql(
            "SELECT table_name, row_id, column_name, hlc, device_id, counter, value, village_code "
            f"FROM field_versions WHERE device_id = {ids} AND counter >= {ids} "
            "ORDER BY counter",
            (origin, carried.first),
        )
        for table_name, row_id, column, hlc, device_id, counter, value, village in result:
            yield [
                table_name,
                _hex(row_id),
                column,
                int(hlc),
                _hex(device_id),
                int(counter),
                value,
                village,
            ]


__all__ = ["ExportResult", "export_bundle"]
