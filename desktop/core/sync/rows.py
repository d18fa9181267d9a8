"""Copying the stage's winning fields into the synced tables, set-based and batched per table:
changed fields of known rows updated, new rows pivoted whole from their changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Date, Float, Integer, Table, Uuid, text
from sqlalchemy.types import TypeEngine

from desktop.core.models import Base
from desktop.core.models.base import UTCDateTime, synced_tables
from desktop.core.sync.outcome import Summary
from desktop.core.sync.sql import is_sqlite
from desktop.core.sync.staging import FRESH, LOSES, NEW, WINS

# PostgreSQL: how a JSON scalar's text becomes what a column of each type stores (first match)
_POSTGRES_CASTS: tuple[tuple[type[TypeEngine[Any]], str], ...] = (
    (Uuid, "{}::uuid"),
    (UTCDateTime, "({}::timestamptz AT TIME ZONE 'UTC')"),
    (Date, "{}::date"),
    (Boolean, "{}::boolean"),
    (Integer, "{}::bigint"),
    (Float, "{}::double precision"),
)


def value_sql(conn: Connection, column: Column[Any], value: str) -> str:
    """SQL turning a JSON value text into what ``column`` stores, as the ORM would write it."""
    kind = column.type
    if is_sqlite(conn):
        scalar = f"json_extract({value}, '$')"
        if isinstance(kind, Uuid):
            return f"replace({scalar}, '-', '')"
        if isinstance(kind, UTCDateTime):  # always written as ...T..:..:..ffffff+00:00 (UTC)
            return f"replace(substr({scalar}, 1, 26), 'T', ' ')"
        return scalar
    scalar = f"(({value})::jsonb #>> '{{}}')"
    for stored, cast in _POSTGRES_CASTS:
        if isinstance(kind, stored):
            return cast.format(scalar)
    return scalar


def apply_rows(conn: Connection, summary: Summary, *, fresh_rows: Mapping[str, int] | None) -> None:
    """Copy the winning fields into the synced tables, set-based: existing rows get the fields
    that changed (one UPDATE per column), new rows are pivoted whole from their versions.
    ``fresh_rows``: when every staged row is new here, how many of each table the stage holds
    (else they are counted here)."""
    # per table: how many rows never seen before came, and how many changes of known rows
    if fresh_rows is not None:
        tables = {t: (came, 0) for t, came in fresh_rows.items()}
    else:
        tables = {
            t: (int(came), int(others))
            for t, came, others in conn.execute(
                text(
                    f"SELECT table_name, COUNT(DISTINCT CASE WHEN wins = {FRESH} THEN row_id "
                    f"END), COUNT(CASE WHEN wins IN ({WINS}, {NEW}) THEN 1 END) FROM sync_stage "
                    f"WHERE wins > {LOSES} GROUP BY table_name"
                )
            )
        }
    # parents before children: while a deferred reference is outstanding, SQLite checks every
    # row inserted into a parent table against its children (a scan where they have no index)
    for name in synced_tables():
        if name not in tables:  # only known table names are ever interpolated
            continue
        table = Base.metadata.tables[name]
        came, others = tables[name]
        if came:
            created = _insert_fresh_rows(conn, table)
            summary.new_rows += created
            summary.waiting += came - created
        if not others:
            continue
        touched, tombstoned, fresh = conn.execute(
            text(
                "SELECT COUNT(DISTINCT CASE WHEN e = 1 THEN row_id END), "
                "COUNT(CASE WHEN e = 1 AND column_name = 'deleted' AND value = 'true' THEN 1 END), "
                "COUNT(DISTINCT CASE WHEN e = 0 THEN row_id END) FROM (SELECT s.row_id, "
                "s.column_name, s.value, CASE WHEN EXISTS (SELECT 1 FROM "
                f"{name} d WHERE d.id = s.row_id) THEN 1 ELSE 0 END AS e FROM sync_stage s "
                f"WHERE s.wins IN ({WINS}, {NEW}) AND s.table_name = :t) AS x"
            ),
            {"t": name},
        ).one()
        summary.deleted += int(tombstoned)
        summary.updated += int(touched) - int(tombstoned)
        if touched:
            _update_rows(conn, table)
        if fresh:
            inserted = _insert_new_rows(conn, table)
            summary.new_rows += inserted
            summary.waiting += int(fresh) - inserted


def _update_rows(conn: Connection, table: Table) -> None:
    name = table.name
    columns = conn.execute(
        text(
            "SELECT DISTINCT s.column_name FROM sync_stage s "
            f"WHERE s.wins IN ({WINS}, {NEW}) AND s.table_name = :t "
            f"AND EXISTS (SELECT 1 FROM {name} d WHERE d.id = s.row_id)"
        ),
        {"t": name},
    ).scalars()
    for column_name in sorted(set(columns) & set(table.c.keys())):
        conn.execute(
            text(
                f"UPDATE {name} SET {column_name} = "
                f"{value_sql(conn, table.c[column_name], 's.value')} FROM sync_stage s "
                f"WHERE s.row_id = {name}.id AND s.wins IN ({WINS}, {NEW}) AND s.table_name = :t "
                "AND s.column_name = :c"
            ),
            {"t": name, "c": column_name},
        )


def _pivot(conn: Connection, table: Table, alias: str) -> tuple[str, str]:
    """The SELECT list turning one row's field versions (grouped) into the table's columns, and
    the HAVING condition that every required field is there."""
    columns = [c for c in table.columns if c.name != "id"]
    picks = ", ".join(
        value_sql(
            conn, c, f"MAX(CASE WHEN {alias}.column_name = '{c.name}' THEN {alias}.value END)"
        )
        for c in columns
    )
    required = [c.name for c in columns if not c.nullable]
    wanted = ", ".join(f"'{c}'" for c in required)
    having = f"COUNT(CASE WHEN {alias}.column_name IN ({wanted}) THEN 1 END) = {len(required)}"
    return picks, having


def _insert_fresh_rows(conn: Connection, table: Table) -> int:
    """Rows this database had never heard of, pivoted straight from the stage (which holds all
    their fields). Returns how many were made (a row missing a required field waits)."""
    name = table.name
    picks, having = _pivot(conn, table, "s")
    columns = ", ".join(c.name for c in table.columns if c.name != "id")
    made = conn.execute(
        text(
            f"INSERT INTO {name} (id, {columns}) SELECT s.row_id, {picks} FROM sync_stage s "
            f"WHERE s.wins = {FRESH} AND s.table_name = :t GROUP BY s.row_id HAVING {having} "
            f"AND NOT EXISTS (SELECT 1 FROM {name} d WHERE d.id = s.row_id)"  # per row, not field
        ),
        {"t": name},
    ).rowcount
    return int(made)


def _insert_new_rows(conn: Connection, table: Table) -> int:
    """Rows known before only in part (their creation was held, say) that this bundle
    completes: pivoted from their versions (which keep the values of a row not yet in its
    table); a row still missing a required field waits for it."""
    name = table.name
    picks, having = _pivot(conn, table, "f")
    columns = ", ".join(c.name for c in table.columns if c.name != "id")
    return int(
        conn.execute(
            text(
                f"INSERT INTO {name} (id, {columns}) SELECT f.row_id, {picks} "
                "FROM sync_versions f WHERE f.table_name = :t AND f.row_id IN (SELECT row_id "
                f"FROM sync_stage WHERE wins IN ({WINS}, {NEW}) AND table_name = :t) "
                f"AND NOT EXISTS (SELECT 1 FROM {name} d WHERE d.id = f.row_id) "
                f"GROUP BY f.row_id HAVING {having}"
            ),
            {"t": name},
        ).rowcount
    )
