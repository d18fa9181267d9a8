"""Change capture: every write of a synced row becomes versions in the same transaction, stamped
with this device's hybrid logical clock and change counter: a row made, one base entry for all
of its fields; a field changed, an entry of its own (``SyncVersion``).

Installed on the session factory by ``desktop.core.database.open_database``. Rows are never erased
(``session.delete`` of a synced row raises); bulk ORM statements on synced tables, which would
slip past capture, raise too. The merge writes with Core on the connection, so it is not captured.

Rows with a natural key (a unique constraint such as attendance's meeting and person) get an id
derived from that key instead of a random one: two devices recording "the same" row make one row,
whose fields then merge last-writer-wins like any other, instead of two rows that no database
could hold both of. The derived id is still a version-7 UUID: its time is the time of the row it
belongs to (the meeting, the program: the first uuid7 in the key), its other bits a hash of the
table and the key, so ids keep sorting by time and every synced key stays a uuid7.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    UniqueConstraint,
    delete,
    event,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from desktop.core.ids import new_id, utcnow
from desktop.core.models import Base, LocalSetting
from desktop.core.models.base import Synced, synced_tables
from desktop.core.models.sync import BASE_COLUMN
from desktop.core.sync import clock
from desktop.core.sync.errors import HardDeleteRefused, SyncError
from desktop.core.sync.identity import local_identity
from desktop.core.sync.sql import uuid_param

# (table, row id, column, village code); the column BASE_COLUMN for a row made in this write:
# one entry stands for all of its fields (``SyncVersion``)
Change = tuple[str, uuid.UUID, str, str]

BACKFILL_KEY = "sync_backfilled"
_INSTALLED = "berdaya_capture"
# never change: the ids of rows with a natural key are derived from it
NATURAL_NAMESPACE = uuid.UUID("5b0e8c1e-3f0a-4c47-9d0a-6b6572646179")


@cache
def synced_names() -> frozenset[str]:
    return frozenset(synced_tables())


@cache
def natural_keys() -> dict[str, tuple[str, ...]]:
    """Per synced table with a unique constraint besides its id, that constraint's columns."""
    keys: dict[str, tuple[str, ...]] = {}
    for name in synced_tables():
        constraints = [
            c for c in Base.metadata.tables[name].constraints if isinstance(c, UniqueConstraint)
        ]
        if constraints:
            first = min(constraints, key=lambda c: str(c.name))
            keys[name] = tuple(column.name for column in first.columns)
    return keys


def _key_text(value: Any) -> str:
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(getattr(value, "value", value))  # an enum by its stored value


def natural_id(table_name: str, values: Sequence[Any]) -> uuid.UUID | None:
    """The id of the row of ``table_name`` whose natural key has ``values`` (None: incomplete):
    a uuid7 whose 48-bit time is that of the key's first uuid7 (its parent row), and whose
    74 other bits come from SHA-256 of the namespace, the table and the key."""
    if any(v is None for v in values):
        return None
    text = "/".join([NATURAL_NAMESPACE.hex, table_name, *map(_key_text, values)])
    digest = int.from_bytes(hashlib.sha256(text.encode()).digest()[:16], "big")
    parents = [v for v in values if isinstance(v, uuid.UUID) and v.version == 7]
    millis = parents[0].int >> 80 if parents else 0
    rand_a = (digest >> 64) & 0xFFF  # 12 bits
    rand_b = digest & ((1 << 62) - 1)  # 62 bits
    return uuid.UUID(int=(millis << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b)


def _natural_init(target: Any, _args: Any, kwargs: dict[str, Any]) -> None:
    """A row made with its natural key gets the id derived from it at once, replacing an
    id passed beside it (so the id an operation reports is the row's)."""
    table = getattr(target, "__tablename__", None)
    key = natural_keys().get(table) if isinstance(table, str) else None
    if key and all(k in kwargs for k in key):
        made = natural_id(str(table), [kwargs[k] for k in key])
        if made is not None:
            kwargs["id"] = made


def _natural_flush(obj: Synced) -> None:
    """The same for a new row given no id at all, whose key was set after it was made. An id
    assigned after construction is kept (the demo gives its one-device rows story-clock ids)."""
    if obj.id is not None:
        return
    table = inspect(obj).mapper.local_table.name
    key = natural_keys().get(table)
    if key:
        obj.id = natural_id(table, [getattr(obj, k) for k in key])


_CAPTURING = "_berdaya_capturing"


def install(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Capture changes on every session this factory makes (idempotent)."""
    if not event.contains(Base, "init", _natural_init):
        event.listen(Base, "init", _natural_init, propagate=True)
    if not event.contains(Base, "before_delete", _refuse_delete):
        # a mapper event too: a deleted object nobody references any more is gone from
        # ``session.deleted`` by flush time, but its row would still be erased
        event.listen(Base, "before_delete", _refuse_delete, propagate=True)
    # Marked on the factory itself: SQLAlchemy's event registry is keyed by object id, so
    # ``event.contains`` may answer for a collected factory whose id a new one reuses, and the
    # new factory's sessions would then go uncaptured.
    if not getattr(sessions, _CAPTURING, False):
        event.listen(sessions, "before_flush", _before_flush)
        event.listen(sessions, "after_flush", _after_flush)
        event.listen(sessions, "do_orm_execute", _refuse_bulk_writes)
        setattr(sessions, _CAPTURING, True)
    return sessions


def _refuse_delete(mapper: Any, _connection: Any, _target: Any) -> None:
    if issubclass(mapper.class_, Synced):
        raise HardDeleteRefused(
            f"A {mapper.class_.__name__} row cannot be erased; set deleted=True so that the "
            "deletion reaches the other devices."
        )


def _before_flush(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Synced):
            _refuse_delete(inspect(obj).mapper, None, obj)
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Synced):
            _natural_flush(obj)
            if obj.id is None:
                obj.id = new_id()
            if obj.created_at is None:
                obj.created_at = now
            if obj.updated_at is None:
                obj.updated_at = obj.created_at
            if obj.deleted is None:
                obj.deleted = False
    for obj in session.dirty:
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            state = inspect(obj)
            if not state.attrs["updated_at"].history.added:
                obj.updated_at = now


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    changes: list[Change] = []
    made: dict[str, list[uuid.UUID]] = {}
    for obj in session.new:
        if isinstance(obj, Synced):
            table_name = inspect(obj).mapper.local_table.name
            changes.append((table_name, obj.id, BASE_COLUMN, obj.village_code))
            if table_name in natural_keys():
                made.setdefault(table_name, []).append(obj.id)
    for obj in session.dirty:
        if isinstance(obj, Synced):
            changes.extend(_changed_fields(obj))
    if changes:
        conn = session.connection()
        _forget_older_fields(conn, made)
        record_local(conn, changes)


def _changed_fields(obj: Synced) -> Iterable[Change]:
    state = inspect(obj)
    table_name = state.mapper.local_table.name
    for attr in state.mapper.column_attrs:
        name = attr.columns[0].name
        if name != "id" and state.attrs[attr.key].history.added:
            yield (table_name, obj.id, name, obj.village_code)


def _forget_older_fields(conn: Connection, made: dict[str, list[uuid.UUID]]) -> None:
    """A row made here with a natural key may have been known in part before (fields of the
    same row from another device, waiting for the rest): this write is newer than all of them,
    and its base entry stands for every field."""
    versions = Base.metadata.tables["sync_versions"]
    for table_name, row_ids in made.items():
        conn.execute(
            delete(versions).where(
                versions.c.table_name == table_name,
                versions.c.row_id.in_(row_ids),
                versions.c.column_name != BASE_COLUMN,
            )
        )


def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) in synced_names():
        raise SyncError(
            f"Rows of {getattr(table, 'name', '?')} must be written as ORM objects so that "
            "their changes are recorded for sync."
        )


def record_local(conn: Connection, changes: Sequence[Change]) -> int:
    """Stamp ``changes`` as this device's newest and store them as the winning versions.

    One clock reading for the whole flush and one counter per change (a row made in it: one)."""
    identity = local_identity(conn)
    count = len(changes)
    last = conn.execute(
        text(
            "UPDATE knowledge SET max_counter = max_counter + :n "
            "WHERE origin_id = :device RETURNING max_counter"
        ),
        {"n": count, "device": uuid_param(conn, identity.device_id)},
    ).scalar_one()
    wall = clock.from_datetime(utcnow())
    hlc = conn.execute(
        text(
            "UPDATE sync_clock SET hlc = CASE WHEN hlc + 1 > :wall THEN hlc + 1 ELSE :wall END "
            "WHERE id = 1 RETURNING hlc"
        ),
        {"wall": wall},
    ).scalar_one()
    first = last - count + 1
    # last one wins inside one flush too (a row changed twice before the flush ends)
    unique: dict[tuple[str, uuid.UUID, str], dict[str, Any]] = {}
    for index, (table_name, row_id, column, village) in enumerate(changes):
        unique[(table_name, row_id, column)] = {
            "table_name": table_name,
            "row_id": row_id,
            "column_name": column,
            "hlc": hlc,
            "device_id": identity.device_id,
            "counter": first + index,
            "village_code": village,
        }
    conn.execute(_version_upsert(conn.dialect.name), list(unique.values()))
    return int(hlc)


@cache
def _version_upsert(dialect: str) -> Any:
    """The version upsert of one dialect, built once: every flush of an operation runs it."""
    table = Base.metadata.tables["sync_versions"]
    stmt = sqlite.insert(table) if dialect == "sqlite" else postgresql.insert(table)
    return stmt.on_conflict_do_update(
        index_elements=["table_name", "row_id", "column_name"],
        set_={
            **{name: stmt.excluded[name] for name in ("hlc", "device_id", "counter")},
            "village_code": stmt.excluded.village_code,
            "value": None,
        },
    )


def backfill(conn: Connection) -> int:
    """Record rows written before change capture existed (or by SQL behind its back) as this
    device's changes, once per database: one base entry per row. Returns how many rows."""
    done = conn.execute(
        select(LocalSetting.value).where(LocalSetting.key == BACKFILL_KEY)
    ).scalar_one_or_none()
    if done is not None:
        return 0
    recorded = 0
    versions = Base.metadata.tables["sync_versions"]
    for name in synced_tables():
        table = Base.metadata.tables[name]
        missing = select(table.c.id, table.c.village_code).where(
            ~select(versions.c.row_id)
            .where(versions.c.table_name == name, versions.c.row_id == table.c.id)
            .exists()
        )
        batch: list[Change] = []
        for row_id, village in conn.execute(missing):
            batch.append((name, row_id, BASE_COLUMN, village))
            if len(batch) >= 5000:
                record_local(conn, batch)
                recorded += len(batch)
                batch = []
        if batch:
            record_local(conn, batch)
            recorded += len(batch)
    conn.execute(insert(LocalSetting).values(key=BACKFILL_KEY, value="1"))
    return recorded
