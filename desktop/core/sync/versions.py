"""Reading the compact sync bookkeeping (``SyncVersion``): the winning version of one field,
and the changes of a device's counter range as bundle lines, values read from the rows.

A row made whole in one write has a base entry standing for each of its fields without an entry
of its own; its fields travel under the base's clock and counter (one counter for the row, as
one write made it), their values read from the row in its table. Values are kept beside the
entries only for rows not yet in their table.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Connection, Table, Uuid, and_, func, select

from desktop.core.models import Base
from desktop.core.models.base import UTCDateTime
from desktop.core.models.sync import BASE_COLUMN
from desktop.core.sync.codec import decode, encode
from desktop.core.sync.sql import is_sqlite

# [table, row id hex, column, hlc, device id hex, counter, JSON value, village code]
Line = list[Any]
_CHUNK = 2000  # entries read, then their rows, at a time


@cache
def fields_of(table_name: str) -> tuple[str, ...]:
    """The columns a change of ``table_name`` may name (all but the id), in table order."""
    return tuple(c.name for c in Base.metadata.tables[table_name].columns if c.name != "id")


def _versions() -> Table:
    return Base.metadata.tables["sync_versions"]


@dataclass(frozen=True)
class Current:
    """The winning write of one field here."""

    value: str  # canonical JSON
    hlc: int
    device_id: uuid.UUID
    counter: int


def current(conn: Connection, table_name: str, row_id: uuid.UUID, column: str) -> Current | None:
    """The winning write of one field: its own entry, else its row's base entry (None: no
    version here)."""
    versions = _versions()
    found = conn.execute(
        select(
            versions.c.column_name,
            versions.c.hlc,
            versions.c.device_id,
            versions.c.counter,
            versions.c.value,
        )
        .where(
            versions.c.table_name == table_name,
            versions.c.row_id == row_id,
            versions.c.column_name.in_((column, BASE_COLUMN)),
        )
        .order_by(versions.c.column_name.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    value = found.value
    if value is None:
        values = live_values(conn, table_name, [row_id]).get(row_id)
        if values is None:
            return None
        value = values[column]
    return Current(value, int(found.hlc), found.device_id, int(found.counter))


def row_fields(conn: Connection, table_name: str, row_id: uuid.UUID) -> dict[str, Current]:
    """The winning write of every field of one row that has a version here, by column."""
    versions = _versions()
    entries = {
        entry.column_name: entry
        for entry in conn.execute(
            select(versions).where(versions.c.table_name == table_name, versions.c.row_id == row_id)
        )
    }
    live = live_values(conn, table_name, [row_id]).get(row_id, {})
    base = entries.get(BASE_COLUMN)
    found: dict[str, Current] = {}
    for name in fields_of(table_name):
        entry = entries.get(name, base)
        if entry is None:
            continue
        value = entry.value if entry.value is not None else live.get(name)
        if value is not None:
            found[name] = Current(value, int(entry.hlc), entry.device_id, int(entry.counter))
    return found


def live_values(
    conn: Connection, table_name: str, row_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[str, str]]:
    """The rows of ``row_ids`` in their table, each field as canonical JSON (as it travels)."""
    if is_sqlite(conn):
        return _sqlite_values(conn, table_name, row_ids)
    table = Base.metadata.tables[table_name]
    names = fields_of(table_name)
    found: dict[uuid.UUID, dict[str, str]] = {}
    for start in range(0, len(row_ids), 500):
        for row in conn.execute(select(table).where(table.c.id.in_(row_ids[start : start + 500]))):
            mapping = row._mapping
            found[mapping["id"]] = {name: encode(mapping[name]) for name in names}
    return found


def _sqlite_values(
    conn: Connection, table_name: str, row_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[str, str]]:
    """``live_values`` on SQLite, from the stored text straight to JSON: what SQLAlchemy's
    types would read and ``encode`` write back (a test holds the two equal), at a third of the
    cost (an export reads every row it sends)."""
    names = fields_of(table_name)
    writers = _sqlite_writers(table_name)
    found: dict[uuid.UUID, dict[str, str]] = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = conn.exec_driver_sql(
            f"SELECT id, {', '.join(names)} FROM {table_name} WHERE id IN ({marks})",
            tuple(row_id.hex for row_id in chunk),
        )
        for row_hex, *values in rows:
            found[uuid.UUID(hex=row_hex)] = {
                name: "null" if value is None else write(value)
                for name, write, value in zip(names, writers, values, strict=True)
            }
    return found


def _uuid_text(stored: str) -> str:
    h = stored
    return f'"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"'


def _utc_text(stored: str) -> str:
    # stored naive in UTC as 2026-01-31 08:00:00.000000
    whole = stored if len(stored) > 19 else stored + ".000000"
    return f'"{whole[:10]}T{whole[11:26]}+00:00"'


def _bool_text(stored: int) -> str:
    return "true" if stored else "false"


@cache
def _sqlite_writers(table_name: str) -> tuple[Callable[[Any], str], ...]:
    """Per field of ``table_name``, from its stored SQLite value to its JSON text."""
    table = Base.metadata.tables[table_name]
    writers: list[Callable[[Any], str]] = []
    for name in fields_of(table_name):
        kind = table.c[name].type
        if isinstance(kind, Uuid):
            writers.append(_uuid_text)
        elif isinstance(kind, UTCDateTime):
            writers.append(_utc_text)
        elif isinstance(kind, Boolean):
            writers.append(_bool_text)
        else:  # text, enum values, numbers and dates (stored as their ISO text)
            writers.append(encode)
    return tuple(writers)


def same_value(table_name: str, column: str, first: str, second: str) -> bool:
    """Whether two JSON texts of one field mean the same value (``5`` and ``5.0`` in a real
    column, say)."""
    if first == second:
        return True
    try:
        return bool(decode(table_name, column, first) == decode(table_name, column, second))
    except (ValueError, TypeError, json.JSONDecodeError):
        return False


def changes(
    conn: Connection,
    device: uuid.UUID,
    first: int,
    condition: Any = None,
    *,
    last: int | None = None,
) -> Iterator[Line]:
    """The winning changes of ``device`` from counter ``first`` on (to ``last``, if given), as
    bundle lines in counter order; ``condition`` (a SQLAlchemy condition on the versions table,
    such as the places kept) narrows them."""
    versions = _versions()
    query = (
        select(
            versions.c.table_name,
            versions.c.row_id,
            versions.c.column_name,
            versions.c.hlc,
            versions.c.counter,
            versions.c.value,
            versions.c.village_code,
        )
        .where(versions.c.device_id == device, versions.c.counter >= first)
        .order_by(versions.c.counter, versions.c.table_name, versions.c.row_id)
    )
    if condition is not None:
        query = query.where(condition)
    if last is not None:
        query = query.where(versions.c.counter <= last)
    result = conn.execution_options(stream_results=True, yield_per=_CHUNK).execute(query)
    device_hex = device.hex
    for chunk in result.partitions(_CHUNK):
        yield from _lines(conn, chunk, device_hex)


def _lines(conn: Connection, chunk: Sequence[Any], device_hex: str) -> Iterator[Line]:
    """One chunk of entries as lines: base entries spread over their fields (less those with
    an entry of their own), values from the entry or else from the row."""
    rows_of: dict[str, set[uuid.UUID]] = {}
    based: dict[str, list[uuid.UUID]] = {}
    for entry in chunk:
        if entry.value is None:
            rows_of.setdefault(entry.table_name, set()).add(entry.row_id)
        if entry.column_name == BASE_COLUMN:
            based.setdefault(entry.table_name, []).append(entry.row_id)
    live = {name: live_values(conn, name, sorted(ids)) for name, ids in rows_of.items()}
    own = {name: _own_fields(conn, name, ids) for name, ids in based.items()}
    for table, row_id, column, hlc, counter, value, village in chunk:
        row_hex = row_id.hex
        values = live.get(table, {}).get(row_id, {})
        if column != BASE_COLUMN:
            text = value if value is not None else values.get(column)
            if text is not None:
                yield [table, row_hex, column, int(hlc), device_hex, int(counter), text, village]
            continue
        skip = own[table].get(row_id, frozenset())
        for name in fields_of(table):
            if name not in skip and name in values:
                yield [
                    table,
                    row_hex,
                    name,
                    int(hlc),
                    device_hex,
                    int(counter),
                    values[name],
                    village,
                ]


def _own_fields(
    conn: Connection, table_name: str, row_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, frozenset[str]]:
    """Per row of ``row_ids``, the fields with an entry of their own (written after the row)."""
    versions = _versions()
    found: dict[uuid.UUID, set[str]] = {}
    for start in range(0, len(row_ids), 500):
        for row_id, column in conn.execute(
            select(versions.c.row_id, versions.c.column_name).where(
                and_(
                    versions.c.table_name == table_name,
                    versions.c.row_id.in_(row_ids[start : start + 500]),
                    versions.c.column_name != BASE_COLUMN,
                )
            )
        ):
            found.setdefault(row_id, set()).add(column)
    return {row_id: frozenset(columns) for row_id, columns in found.items()}


def count_changes(conn: Connection, device: uuid.UUID, first: int, condition: Any = None) -> int:
    """About how many lines ``changes`` yields (a base entry counted as all of its fields):
    for a progress bar."""
    versions = _versions()
    query = (
        select(versions.c.table_name, versions.c.column_name, func.count())
        .where(versions.c.device_id == device, versions.c.counter >= first)
        .group_by(versions.c.table_name, versions.c.column_name)
    )
    if condition is not None:
        query = query.where(condition)
    return sum(
        int(n) * (len(fields_of(table)) if column == BASE_COLUMN else 1)
        for table, column, n in conn.execute(query)
    )
