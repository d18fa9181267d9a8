"""Last writer wins, in SQL: the staged changes compared with the versions here, concurrent
losers kept as conflicts, the winners upserted into ``field_versions`` and copied into the
synced tables."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import BindParameter, Connection, Uuid, bindparam, text

from desktop.core.ids import utcnow
from desktop.core.models.base import UTCDateTime
from desktop.core.sync.errors import BundleRefused
from desktop.core.sync.outcome import Summary
from desktop.core.sync.rows import apply_rows
from desktop.core.sync.sql import is_sqlite
from desktop.core.sync.staging import LOSES, NEW, WINS

_NO_CONFLICT_COLUMNS = ("created_at", "updated_at")


def merge_stage(
    conn: Connection, summary: Summary, bundle_uuid: uuid.UUID, *, refuse: str, sender: str
) -> None:
    """Merge what ``sync_stage`` holds (made by ``create_stage``, filled by the caller, with
    ``sync_acks`` holding what the sender had seen): last writer wins per field, losers kept as
    conflicts, winners copied into the synced tables. ``refuse`` and ``sender`` name the bundle
    and its sender in a refusal."""
    if _mark_winners(conn):  # changes of fields with a version here: compared, maybe lost
        _check_villages_of_rows(conn, refuse, sender)
        summary.conflicts += _record_conflicts(conn, bundle_uuid)
    _upsert_versions(conn)
    apply_rows(conn, summary)


def _collate(conn: Connection) -> str:
    # the tie-break on values must order the same everywhere: bytewise, as SQLite does
    return "" if is_sqlite(conn) else ' COLLATE "C"'


def _check_villages_of_rows(conn: Connection, name: str, sender: str) -> None:
    """A change must carry the village of the row it changes (no reaching into other villages
    by naming a foreign row under one's own village code)."""
    rows = conn.execute(
        text(
            "SELECT s.table_name, s.row_id FROM sync_stage s JOIN field_versions f "
            f"ON s.wins < {NEW} AND f.table_name = s.table_name AND f.row_id = s.row_id "
            "AND f.column_name = s.column_name WHERE f.village_code <> s.village_code LIMIT 5"
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


def _mark_winners(conn: Connection) -> bool:
    """Every staged change starts FRESH; only those of rows with versions here are looked at
    again, found once per row, not per field (in a cold import: none, and nothing is
    rewritten). Returns whether any staged change is of a field that has a version here."""
    c = _collate(conn)
    known = conn.execute(
        text(
            "UPDATE sync_stage SET wins = COALESCE((SELECT CASE WHEN "
            f"(f.hlc, f.device_id, f.value{c}) >= "
            f"(sync_stage.hlc, sync_stage.device_id, sync_stage.value{c}) THEN {LOSES} "
            f"ELSE {WINS} END FROM field_versions f "
            "WHERE f.table_name = sync_stage.table_name AND f.row_id = sync_stage.row_id "
            f"AND f.column_name = sync_stage.column_name), {NEW}) "
            "WHERE (table_name, row_id) IN (SELECT r.table_name, r.row_id FROM (SELECT DISTINCT "
            "table_name, row_id FROM sync_stage) r WHERE EXISTS (SELECT 1 FROM field_versions f "
            "WHERE f.table_name = r.table_name AND f.row_id = r.row_id))"
        )
    ).rowcount
    if not known:
        return False
    return (
        conn.execute(text(f"SELECT 1 FROM sync_stage WHERE wins < {NEW} LIMIT 1")).first()
        is not None
    )


def _record_conflicts(conn: Connection, bundle_uuid: uuid.UUID) -> int:
    """Keep the losing side of concurrent edits: an incoming change older than ours, or ours
    overwritten by a sender that had not seen it."""
    skip = ", ".join(f"'{name}'" for name in _NO_CONFLICT_COLUMNS)
    common = (
        "INSERT INTO conflicts (table_name, row_id, column_name, village_code, winner_value, "
        "winner_hlc, winner_device, loser_value, loser_hlc, loser_device, bundle_id, "
        "detected_at, resolved) SELECT s.table_name, s.row_id, s.column_name, s.village_code, "
    )
    join = (
        f" FROM sync_stage s JOIN field_versions f ON s.wins < {NEW} "
        "AND f.table_name = s.table_name AND f.row_id = s.row_id AND f.column_name = s.column_name "
        f"WHERE f.device_id <> s.device_id AND f.value <> s.value AND s.column_name NOT IN ({skip})"
    )
    params: list[BindParameter[Any]] = [
        bindparam("bundle", bundle_uuid, type_=Uuid()),
        bindparam("now", utcnow(), type_=UTCDateTime()),
    ]
    false = "0" if is_sqlite(conn) else "false"
    lost = conn.execute(
        text(
            common + "f.value, f.hlc, f.device_id, s.value, s.hlc, s.device_id, :bundle, :now, "
            f"{false}" + join + f" AND s.wins = {LOSES}"
        ).bindparams(*params)
    ).rowcount
    overwritten = conn.execute(
        text(
            common + "s.value, s.hlc, s.device_id, f.value, f.hlc, f.device_id, :bundle, :now, "
            f"{false}" + join + f" AND s.wins = {WINS} AND NOT EXISTS (SELECT 1 FROM sync_acks a "
            "WHERE a.origin_id = f.device_id AND a.max_counter >= f.counter)"
        ).bindparams(*params)
    ).rowcount
    return int(lost) + int(overwritten)


def _upsert_versions(conn: Connection) -> None:
    c = _collate(conn)
    conn.execute(
        text(
            "INSERT INTO field_versions (table_name, row_id, column_name, hlc, device_id, counter, "
            "value, village_code) SELECT table_name, row_id, column_name, hlc, device_id, counter, "
            f"value, village_code FROM sync_stage WHERE wins > {LOSES} "
            "ON CONFLICT (table_name, row_id, column_name) DO UPDATE SET hlc = excluded.hlc, "
            "device_id = excluded.device_id, counter = excluded.counter, value = excluded.value, "
            "village_code = excluded.village_code "
            f"WHERE (excluded.hlc, excluded.device_id, excluded.value{c}) > "
            f"(field_versions.hlc, field_versions.device_id, field_versions.value{c})"
        )
    )
