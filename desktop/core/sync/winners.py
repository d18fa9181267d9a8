"""Last writer wins, in SQL: the staged changes compared with the versions here, concurrent
losers kept as conflicts, the winners stored in ``sync_versions`` (compactly: a row arriving
whole gets one base entry) and copied into the synced tables."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, insert, text

from desktop.core.ids import utcnow
from desktop.core.models import Base
from desktop.core.models.base import synced_tables
from desktop.core.sync.errors import BundleRefused
from desktop.core.sync.fresh import merge_fresh
from desktop.core.sync.outcome import Summary
from desktop.core.sync.rows import apply_rows
from desktop.core.sync.sql import is_sqlite
from desktop.core.sync.staging import (
    FRESH,
    LINES,
    LOSES,
    NEW,
    STAGE,
    WINS,
    key_lines,
    refuse_repeats,
)
from desktop.core.sync.versions import fields_of, live_values, same_value

_NO_CONFLICT_COLUMNS = ("created_at", "updated_at")


def merge_stage(
    conn: Connection,
    summary: Summary,
    bundle_uuid: uuid.UUID,
    *,
    refuse: str,
    sender: str,
    rows: Mapping[str, int] | None = None,
) -> None:
    """Merge what the stage holds (made by ``create_stage``, filled by the caller, with
    ``sync_acks`` holding what the sender had seen): last writer wins per field, losers kept as
    conflicts, winners copied into the synced tables. ``refuse`` and ``sender`` name the bundle
    and its sender in a refusal; ``rows``, when the caller counted them, how many distinct rows
    of each table the stage holds. On PostgreSQL the caller's lines are in the unkeyed
    ``LINES``: stored from there in one statement when none of their rows is known here
    (``fresh``), else keyed into ``sync_stage`` first (lines the merge puts into ``sync_stage``
    itself, as releasing held changes does, are merged from there)."""
    if not is_sqlite(conn):
        if rows is not None and not _any_known(conn, LINES):
            # none of the staged rows known here (an office's first bundle of a village, say):
            # stored straight from the lines, in one statement
            refuse_repeats(conn, refuse)
            kept, made = merge_fresh(conn, rows)
            for table, came in rows.items():
                summary.new_rows += made.get(table, 0)
                summary.waiting += came - made.get(table, 0)
            if kept:
                _drop_values_of_rows_in_place(conn, LINES)
            return
        key_lines(conn, refuse)
    known = _mark_winners(conn)
    if known and _any_compared(conn):  # changes of fields with a version here: maybe lost
        _check_villages_of_rows(conn, refuse, sender)
        summary.conflicts += _record_conflicts(conn, bundle_uuid)
    kept = _store_versions(conn, known=known)
    # none of the staged rows known here: each staged row is new, none of them an update
    apply_rows(conn, summary, fresh_rows=None if known or rows is None else rows)
    if kept:
        _drop_values_of_rows_in_place(conn, STAGE)


def _check_villages_of_rows(conn: Connection, name: str, sender: str) -> None:
    """A change must carry the village of the row it changes (no reaching into other villages
    by naming a foreign row under one's own village code)."""
    rows = conn.execute(
        text(
            f"SELECT s.table_name, s.row_id FROM sync_stage s WHERE s.wins < {NEW} AND EXISTS "
            "(SELECT 1 FROM sync_versions f WHERE f.table_name = s.table_name "
            "AND f.row_id = s.row_id AND f.village_code <> s.village_code) LIMIT 5"
        )
    ).all()
    if rows:
        names = ", ".join(f"{t} {_hex(r)[:12]}…" for t, r in rows)
        raise BundleRefused(
            "“{file}” was refused because {sender} changes rows that "
            "belong to another village: {rows}.",
            file=name,
            sender=sender,
            rows=names,
        )


def _hex(value: Any) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value)


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


def _any_known(conn: Connection, table: str) -> bool:
    """Whether any row of the staged lines (in ``table``) has versions here: looked up once
    per row, in the bookkeeping's key."""
    return (
        conn.execute(
            text(
                f"SELECT 1 FROM (SELECT DISTINCT table_name, row_id FROM {table}) r "
                "WHERE (SELECT 1 FROM sync_versions f WHERE f.table_name = r.table_name "
                "AND f.row_id = r.row_id LIMIT 1) IS NOT NULL LIMIT 1"
            )
        ).first()
        is not None
    )


def _mark_winners(conn: Connection) -> bool:
    """Every staged change starts FRESH; only those of rows with versions here are looked at
    again, found once per row, not per field (in a cold import: none, and nothing is
    rewritten). A tie of clock and device is the same write: the version here stays. Returns
    whether any staged change is of a row with versions here."""
    marked = conn.execute(
        text(
            # the field's version here: its own entry, else its row's base entry
            "UPDATE sync_stage SET wins = COALESCE((SELECT CASE WHEN (v.hlc, v.device_id) >= "
            f"(sync_stage.hlc, sync_stage.device_id) THEN {LOSES} ELSE {WINS} END "
            "FROM sync_versions v WHERE v.table_name = sync_stage.table_name "
            "AND v.row_id = sync_stage.row_id AND v.column_name IN (sync_stage.column_name, '') "
            f"ORDER BY v.column_name DESC LIMIT 1), {NEW}) "
            "WHERE (table_name, row_id) IN (SELECT r.table_name, r.row_id FROM (SELECT DISTINCT "
            # one index look-up per staged row (PostgreSQL would rather read all of EXISTS's
            # table, whose statistics lag behind a cold import)
            "table_name, row_id FROM sync_stage) r WHERE (SELECT 1 FROM sync_versions f "
            "WHERE f.table_name = r.table_name AND f.row_id = r.row_id LIMIT 1) IS NOT NULL)"
        )
    ).rowcount
    return marked > 0


def _any_compared(conn: Connection) -> bool:
    """Whether any staged change is of a field that has a version here."""
    return (
        conn.execute(text(f"SELECT 1 FROM sync_stage WHERE wins < {NEW} LIMIT 1")).first()
        is not None
    )


def _record_conflicts(conn: Connection, bundle_uuid: uuid.UUID) -> int:
    """Keep the losing side of concurrent edits: an incoming change older than ours, or ours
    overwritten by a sender that had not seen it; not when both wrote the same value."""
    skip = ", ".join(f"'{name}'" for name in _NO_CONFLICT_COLUMNS)
    candidates = conn.execute(
        text(
            "SELECT s.table_name, s.row_id, s.column_name, s.village_code, s.value, s.hlc, "
            "s.device_id, s.wins, v.hlc, v.device_id, v.value FROM sync_stage s "
            "JOIN sync_versions v ON v.table_name = s.table_name AND v.row_id = s.row_id "
            "AND v.column_name = COALESCE((SELECT o.column_name FROM sync_versions o "
            "WHERE o.table_name = s.table_name AND o.row_id = s.row_id "
            "AND o.column_name = s.column_name), '') "
            f"WHERE s.wins < {NEW} AND s.column_name NOT IN ({skip}) "
            f"AND v.device_id <> s.device_id AND (s.wins = {LOSES} OR NOT EXISTS (SELECT 1 "
            "FROM sync_acks a WHERE a.origin_id = v.device_id AND a.max_counter >= v.counter))"
        )
    ).all()
    if not candidates:
        return 0
    live: dict[str, dict[uuid.UUID, dict[str, str]]] = {}
    for table in {c[0] for c in candidates}:
        wanted = sorted({_uuid(c[1]) for c in candidates if c[0] == table and c[10] is None})
        live[table] = live_values(conn, table, wanted)
    now = utcnow()
    found: list[dict[str, Any]] = []
    for (
        table,
        row,
        column,
        village,
        value,
        hlc,
        device,
        wins,
        here_hlc,
        here_device,
        kept,
    ) in candidates:
        row_id = _uuid(row)
        here = kept if kept is not None else live[table].get(row_id, {}).get(column)
        if here is None or same_value(table, column, here, value):
            continue
        theirs = (value, int(hlc), _uuid(device))
        ours = (here, int(here_hlc), _uuid(here_device))
        winner, loser = (ours, theirs) if wins == LOSES else (theirs, ours)
        found.append(
            {
                "table_name": table,
                "row_id": row_id,
                "column_name": column,
                "village_code": village,
                "winner_value": winner[0],
                "winner_hlc": winner[1],
                "winner_device": winner[2],
                "loser_value": loser[0],
                "loser_hlc": loser[1],
                "loser_device": loser[2],
                "bundle_id": bundle_uuid,
                "detected_at": now,
                "resolved": False,
            }
        )
    if found:
        conn.execute(insert(Base.metadata.tables["conflicts"]), found)
    return len(found)


def _store_versions(conn: Connection, *, known: bool) -> bool:
    """The winners as versions: a row never seen before that arrives whole gets a base entry
    (at its ``created_at`` write) and entries only for its fields written since; other changes
    get (or replace) an entry each, with the value until the row is in its table. Returns
    whether any entry was stored with its value. Every statement reads the stage and what it
    found, never the whole bookkeeping (a cold import makes it grow with every bundle);
    ``known``: whether any staged change is of a row with versions here."""
    _find_whole_rows(conn)
    columns = (
        "INSERT INTO sync_versions (table_name, row_id, column_name, hlc, device_id, counter, "
        "village_code, value) "
    )
    conn.execute(
        text(
            columns + "SELECT table_name, row_id, '', hlc, device_id, counter, village_code, "
            "NULL FROM sync_whole"
        )
    )
    # the fields of rows never seen before: none for a row arriving whole and unchanged since
    # it was made (its base entry stands for them); a field written since gets an entry (the
    # row is going in: no value); a row arriving in part keeps every field's value until it is
    # in its table
    kept = any(
        conn.execute(
            text(
                columns + "SELECT s.table_name, s.row_id, s.column_name, s.hlc, s.device_id, "
                "s.counter, s.village_code, CASE WHEN w.row_id IS NULL THEN s.value END "
                "FROM sync_stage s LEFT JOIN sync_whole w ON w.table_name = s.table_name "
                f"AND w.row_id = s.row_id WHERE s.wins = {FRESH} AND (w.row_id IS NULL "
                "OR s.hlc <> w.hlc OR s.device_id <> w.device_id) RETURNING value IS NOT NULL"
            )
        )
        .scalars()
        .all()
    )
    if not known:
        return kept
    kept |= (
        conn.execute(
            text(
                columns + "SELECT table_name, row_id, column_name, hlc, device_id, counter, "
                f"village_code, value FROM sync_stage WHERE wins IN ({NEW}, {WINS}) "
                "ON CONFLICT (table_name, row_id, column_name) DO UPDATE SET hlc = excluded.hlc, "
                "device_id = excluded.device_id, counter = excluded.counter, "
                "village_code = excluded.village_code, value = excluded.value "
                "WHERE (excluded.hlc, excluded.device_id) > "
                "(sync_versions.hlc, sync_versions.device_id)"
            )
        ).rowcount
        > 0
    )
    return kept


def _find_whole_rows(conn: Connection) -> None:
    """``sync_whole``: the staged rows never seen before that hold every field, each with its
    ``created_at`` write (the base entry it gets)."""
    if is_sqlite(conn):
        ident, suffix = "CHAR(32)", " WITHOUT ROWID"
    else:  # kept for the connection's life, emptied by each commit
        ident, suffix = "UUID", " ON COMMIT DELETE ROWS"
    conn.execute(
        text(
            "CREATE TEMP TABLE IF NOT EXISTS sync_whole (table_name VARCHAR(40) NOT NULL, "
            f"row_id {ident} NOT NULL, hlc BIGINT NOT NULL, device_id {ident} NOT NULL, "
            "counter BIGINT NOT NULL, village_code VARCHAR(13) NOT NULL, "
            f"PRIMARY KEY (table_name, row_id)){suffix}"
        )
    )
    conn.execute(text("DELETE FROM sync_whole"))
    width = " ".join(f"WHEN '{name}' THEN {len(fields_of(name))}" for name in synced_tables())
    conn.execute(
        text(
            "INSERT INTO sync_whole (table_name, row_id, hlc, device_id, counter, village_code) "
            "SELECT c.table_name, c.row_id, c.hlc, c.device_id, c.counter, c.village_code "
            f"FROM sync_stage c WHERE c.wins = {FRESH} AND c.column_name = 'created_at' "
            # counted by the stage's key, row by row: no plan to go wrong without statistics
            "AND (SELECT COUNT(*) FROM sync_stage a WHERE a.table_name = c.table_name "
            f"AND a.row_id = c.row_id AND a.wins = {FRESH}) = CASE c.table_name {width} END"
        )
    )


def _drop_values_of_rows_in_place(conn: Connection, staged: str) -> None:
    """Values are kept only for rows not in their table: drop those of the rows staged (in
    ``staged``) that now are."""
    tables = set(
        conn.execute(text(f"SELECT DISTINCT table_name FROM {staged} WHERE wins > {LOSES}"))
        .scalars()
        .all()
    )
    for name in synced_tables():
        if name not in tables:  # only known table names are ever interpolated
            continue
        conn.execute(
            text(
                "UPDATE sync_versions SET value = NULL WHERE table_name = :t "
                f"AND value IS NOT NULL AND row_id IN (SELECT s.row_id FROM {staged} s "
                f"WHERE s.table_name = :t AND s.wins > {LOSES} "
                f"AND EXISTS (SELECT 1 FROM {name} d WHERE d.id = s.row_id))"
            ),
            {"t": name},
        )


__all__: Sequence[str] = ("merge_stage",)
