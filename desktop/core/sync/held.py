"""Held changes: what a bundle carried dated too far in this machine's future (a sender's clock
set wrong), kept aside at import instead of applied.

``release_held`` applies them through the same last-writer-wins merge as an import, once they
are no longer in the future, or at once when the user accepts them (``accept=True``: the user
trusts the sender's clock; this database's clock then moves up to them, so that its own later
edits still win over them). ``discard_held`` drops them for good: this database keeps counting
them as received, so they come back only in a full bundle's re-import elsewhere, never here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core.db import Database
from desktop.core.device_names import device_names
from desktop.core.ids import utcnow
from desktop.core.models import AppliedBundle, Base, HeldChange
from desktop.core.sync import clock
from desktop.core.sync.capture import backfill
from desktop.core.sync.errors import SyncError
from desktop.core.sync.outcome import Summary
from desktop.core.sync.sql import is_sqlite
from desktop.core.sync.staging import create_stage
from desktop.core.sync.winners import merge_stage


@dataclass(frozen=True)
class HeldGroup:
    """The held changes one bundle brought from one device."""

    bundle_id: uuid.UUID
    device_id: uuid.UUID
    device_label: str
    changes: int
    earliest: dt.datetime  # the dates the sender's clock gave them
    latest: dt.datetime
    releasable: bool  # no longer in the future: ``release_held`` applies them

    def line(self) -> str:
        when = "ready to apply" if self.releasable else "still in the future"
        return (
            f"{self.bundle_id.hex[:12]} {self.changes} changes from device "
            f"{self.device_label} dated "
            f"{self.earliest:%Y-%m-%d %H:%M} to {self.latest:%Y-%m-%d %H:%M} UTC, {when}"
        )


def list_held(session: Session) -> list[HeldGroup]:
    """The held changes, per bundle and sending device, oldest first."""
    limit = clock.future_limit(utcnow())
    rows = session.execute(
        select(
            HeldChange.bundle_id,
            HeldChange.device_id,
            func.count(),
            func.min(HeldChange.hlc),
            func.max(HeldChange.hlc),
        ).group_by(HeldChange.bundle_id, HeldChange.device_id)
    ).all()
    senders = sorted({row[1] for row in rows}, key=lambda d: d.hex)
    labels = device_names(session, senders)
    groups = [
        HeldGroup(
            bundle_id=bundle_id,
            device_id=device_id,
            device_label=labels.get(device_id, "unknown"),
            changes=int(count),
            earliest=clock.to_datetime(int(first)),
            latest=clock.to_datetime(int(last)),
            releasable=int(last) <= limit,
        )
        for bundle_id, device_id, count, first, last in rows
    ]
    return sorted(groups, key=lambda g: (g.earliest, g.bundle_id.hex, g.device_id.hex))


def _bundles(conn: Connection, wanted: Iterable[str] | None) -> list[uuid.UUID]:
    """The bundles holding changes, all or those named by (a prefix of) their id."""
    present = sorted(
        set(conn.execute(select(HeldChange.bundle_id).distinct()).scalars()), key=lambda b: b.hex
    )
    if wanted is None:
        return present
    chosen: list[uuid.UUID] = []
    for prefix in wanted:
        key = prefix.replace("-", "").lower()
        found = [b for b in present if b.hex.startswith(key)] if key else []
        if len(found) != 1:
            if not found:
                raise SyncError("No held changes come from a bundle “{bundle}”", bundle=prefix)
            raise SyncError(
                "“{bundle}” names more than one bundle; give more of its id.", bundle=prefix
            )
        chosen.extend(found)
    return chosen


def release_held(
    database: Database, *, bundles: Iterable[str] | None = None, accept: bool = False
) -> list[Summary]:
    """Apply held changes (of ``bundles``, by id or id prefix; default all): those no longer in
    the future, or all of them with ``accept``. One transaction; one summary per bundle."""
    summaries: list[Summary] = []
    with database.engine.connect() as conn, conn.begin():
        conn.execute(text("UPDATE sync_clock SET hlc = hlc WHERE id = 1"))  # the write lock
        backfill(conn)
        limit = None if accept else clock.future_limit(utcnow())
        for bundle_uuid in _bundles(conn, bundles):
            summary = _release_one(conn, bundle_uuid, limit)
            if summary.changes:
                summaries.append(summary)
        try:
            _check_references(conn)
        except IntegrityError as exc:
            raise SyncError(
                "The held changes could not be applied because they refer to records this "
                "database does not have; nothing was changed."
            ) from exc
    return summaries


def _check_references(conn: Connection) -> None:
    if is_sqlite(conn):
        if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
            raise IntegrityError("PRAGMA foreign_key_check", None, Exception("dangling reference"))
    else:
        conn.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")


def _release_one(conn: Connection, bundle_uuid: uuid.UUID, limit: int | None) -> Summary:
    label = bundle_uuid.hex[:12]
    summary = Summary(f"held changes of bundle {label}")
    held = Base.metadata.tables["held_changes"]
    where = [held.c.bundle_id == bundle_uuid]
    if limit is not None:
        where.append(held.c.hlc <= limit)
    rows = conn.execute(
        select(
            held.c.table_name,
            held.c.row_id,
            held.c.column_name,
            held.c.hlc,
            held.c.device_id,
            held.c.counter,
            held.c.value,
            held.c.village_code,
        ).where(*where)
    ).all()
    if not rows:
        return summary
    sender = conn.execute(
        select(AppliedBundle.sender_id).where(AppliedBundle.bundle_id == bundle_uuid)
    ).scalar_one_or_none()
    summary.sender = sender.hex[:12] if sender is not None else ""
    summary.changes = len(rows)
    create_stage(conn)
    hexed = is_sqlite(conn)
    mark = "?" if hexed else "%s"
    conn.exec_driver_sql(
        "INSERT INTO sync_stage (table_name, row_id, column_name, hlc, device_id, counter, "
        f"value, village_code) VALUES ({', '.join([mark] * 8)})",
        [
            (t, r.hex if hexed else r, c, h, d.hex if hexed else d, n, v, code)
            for t, r, c, h, d, n, v, code in rows
        ],
    )
    try:
        merge_stage(
            conn,
            summary,
            bundle_uuid,
            refuse=f"the held changes of bundle {label}",
            sender=f"device {summary.sender}",
        )
    except IntegrityError as exc:
        raise SyncError(
            "The held changes of bundle {bundle} clash with rows here; nothing was changed.",
            bundle=label,
        ) from exc
    highest = max(int(r[3]) for r in rows)
    conn.execute(
        text("UPDATE sync_clock SET hlc = CASE WHEN :m > hlc THEN :m ELSE hlc END WHERE id = 1"),
        {"m": highest},
    )
    conn.execute(delete(held).where(*where))
    return summary


def discard_held(database: Database, *, bundles: Iterable[str] | None = None) -> int:
    """Drop held changes (of ``bundles``, by id or id prefix; default all); how many."""
    with database.engine.connect() as conn, conn.begin():
        chosen = _bundles(conn, bundles)
        held = Base.metadata.tables["held_changes"]
        return int(conn.execute(delete(held).where(held.c.bundle_id.in_(chosen))).rowcount)


__all__ = ["HeldGroup", "discard_held", "list_held", "release_held"]
