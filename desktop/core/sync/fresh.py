"""Rows never seen here, merged on PostgreSQL in one statement.

An office's first bundles of its villages bring rows this database has never heard of: nothing
to compare, only to store. On PostgreSQL that whole merge is one statement: the staged lines
(in ``staging.LINES``, unkeyed, checked for a field given twice before) are read and grouped by
row once (each row's fields gathered into one JSON object, with how many came and its
``created_at`` write), the versions are stored (a base entry for a row that came whole,
an entry for each of its fields written since, every field with its value for a row that came
in part) and every table's rows are inserted from the same grouping. It does what
``winners._store_versions`` and then ``rows.apply_rows`` do for such a stage, in one round trip
instead of some forty, each step reading what the one before it found rather than the stage
again. PostgreSQL checks references when the transaction commits, so the order in which the
tables are filled does not matter there (SQLite keeps the statement per table, parents first).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, text

from desktop.core.models import Base
from desktop.core.models.base import synced_tables
from desktop.core.sync.rows import value_sql
from desktop.core.sync.staging import FRESH, LINES
from desktop.core.sync.versions import fields_of

_VERSIONS = (
    "INSERT INTO sync_versions (table_name, row_id, column_name, hlc, device_id, counter, "
    "village_code, value) "
)


def merge_fresh(conn: Connection, rows: Mapping[str, int]) -> tuple[bool, dict[str, int]]:
    """Store the staged lines (unkeyed, no field given twice) when all are of rows never seen
    here (``rows``: how many of each table). Returns whether any version was stored with its
    value (a row that came in part), and how many rows each table got (a row missing a
    required field waits for it)."""
    tables = [Base.metadata.tables[name] for name in synced_tables() if rows.get(name)]
    width = " ".join(f"WHEN '{name}' THEN {len(fields_of(name))}" for name in synced_tables())
    steps = [
        # each fresh row once: its fields, how many, and the write that made it
        "grouped AS MATERIALIZED (SELECT s.table_name, s.row_id, COUNT(*) AS given, "
        "jsonb_object_agg(s.column_name, s.value::jsonb) AS fields, "
        "MAX(s.hlc) FILTER (WHERE s.column_name = 'created_at') AS hlc, "
        "(array_agg(s.device_id) FILTER (WHERE s.column_name = 'created_at'))[1] AS device_id, "
        "MAX(s.counter) FILTER (WHERE s.column_name = 'created_at') AS counter, "
        "MAX(s.village_code) FILTER (WHERE s.column_name = 'created_at') AS village_code "
        f"FROM {LINES} s WHERE s.wins = {FRESH} GROUP BY s.row_id, s.table_name)",
        # the rows that came whole (every field, and its creation among them) and the others
        "whole AS MATERIALIZED (SELECT table_name, row_id, hlc, device_id, counter, "
        "village_code, hlc IS NOT NULL AND given = CASE table_name "
        f"{width} END AS complete FROM grouped)",
        # a base entry for each row that came whole, standing for its fields
        "based AS (" + _VERSIONS + "SELECT table_name, row_id, '', hlc, device_id, counter, "
        "village_code, NULL FROM whole WHERE complete)",
        # an entry for each field of a whole row written since it was made (no value: the row
        # goes in), and for every field of a row that came in part (with its value, until the
        # row is whole)
        "kept AS (" + _VERSIONS + "SELECT s.table_name, s.row_id, s.column_name, s.hlc, "
        "s.device_id, s.counter, s.village_code, CASE WHEN w.complete THEN NULL "
        f"ELSE s.value END FROM whole w JOIN {LINES} s ON s.row_id = w.row_id "
        f"AND s.table_name = w.table_name WHERE s.wins = {FRESH} AND (NOT w.complete "
        "OR s.hlc <> w.hlc OR s.device_id <> w.device_id) RETURNING value IS NOT NULL AS valued)",
    ]
    counts = ["(SELECT COALESCE(bool_or(valued), FALSE) FROM kept)"]
    for number, table in enumerate(tables):  # only known table names are ever interpolated
        columns = [c for c in table.columns if c.name != "id"]
        picks = ", ".join(value_sql(conn, c, f"(g.fields -> '{c.name}')") for c in columns)
        required = ", ".join(f"'{c.name}'" for c in columns if not c.nullable)
        names = ", ".join(c.name for c in columns)
        steps.append(
            f"made{number} AS (INSERT INTO {table.name} (id, {names}) SELECT g.row_id, {picks} "
            f"FROM grouped g WHERE g.table_name = '{table.name}' "
            f"AND g.fields ?& ARRAY[{required}]::text[] "
            f"AND NOT EXISTS (SELECT 1 FROM {table.name} d WHERE d.id = g.row_id) RETURNING 1)"
        )
        counts.append(f"(SELECT COUNT(*) FROM made{number})")
    valued, *made = conn.execute(
        text("WITH " + ", ".join(steps) + " SELECT " + ", ".join(counts))
    ).one()
    return bool(valued), {t.name: int(n) for t, n in zip(tables, made, strict=True)}
