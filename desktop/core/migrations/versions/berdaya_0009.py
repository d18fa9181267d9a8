"""sync_versions: the sync bookkeeping kept compactly (one base entry per row made whole in one
write, an entry per field written since, values only for rows not yet in their table) instead
of field_versions (an entry and a copy of the value for every field of every row); held changes
keyed by field as well as counter

Revision ID: berdaya_0009
Revises: berdaya_0008
Create Date: 2026-12-06 08:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "berdaya_0009"
down_revision: str | None = "berdaya_0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_versions",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("column_name", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint(
            "table_name", "row_id", "column_name", name=op.f("pk_sync_versions")
        ),
        sqlite_with_rowid=False,
    )
    conn = op.get_bind()
    tables = set(sa.inspect(conn).get_table_names())
    named = [
        name
        for name in conn.execute(sa.text("SELECT DISTINCT table_name FROM field_versions"))
        .scalars()
        .all()
        if name in tables  # only names of this database's tables are ever interpolated
    ]
    for name in sorted(named):
        _compact(conn, name)
    op.create_index("ix_sync_versions_origin", "sync_versions", ["device_id", "counter"])
    op.drop_index("ix_field_versions_origin", table_name="field_versions")
    op.drop_table("field_versions")
    with op.batch_alter_table("held_changes", schema=None) as batch_op:
        batch_op.drop_constraint("pk_held_changes", type_="primary")
        batch_op.create_primary_key(
            "pk_held_changes", ["device_id", "counter", "table_name", "row_id", "column_name"]
        )


def _compact(conn: sa.Connection, name: str) -> None:
    """One table's field versions as base entries and entries of their own: a row in its table
    with a version of every column gets a base entry at its ``created_at`` write, and keeps an
    entry only for fields written since (a value only while the row is not in its table)."""
    width = len([c for c in sa.inspect(conn).get_columns(name) if c["name"] != "id"])
    conn.execute(
        sa.text(
            "INSERT INTO sync_versions (table_name, row_id, column_name, hlc, device_id, counter, "
            "village_code, value) SELECT c.table_name, c.row_id, '', c.hlc, c.device_id, "
            f"c.counter, c.village_code, NULL FROM field_versions c JOIN {name} d "
            "ON d.id = c.row_id WHERE c.table_name = :t AND c.column_name = 'created_at' "
            "AND (SELECT COUNT(*) FROM field_versions a WHERE a.table_name = :t "
            "AND a.row_id = c.row_id) = :width"
        ),
        {"t": name, "width": width},
    )
    conn.execute(
        sa.text(
            "INSERT INTO sync_versions (table_name, row_id, column_name, hlc, device_id, counter, "
            "village_code, value) SELECT f.table_name, f.row_id, f.column_name, f.hlc, "
            "f.device_id, f.counter, f.village_code, CASE WHEN EXISTS (SELECT 1 FROM "
            f"{name} d WHERE d.id = f.row_id) THEN NULL ELSE f.value END FROM field_versions f "
            "LEFT JOIN sync_versions b ON b.table_name = f.table_name AND b.row_id = f.row_id "
            "AND b.column_name = '' WHERE f.table_name = :t "
            "AND (b.row_id IS NULL OR f.hlc <> b.hlc OR f.device_id <> b.device_id)"
        ),
        {"t": name},
    )


def downgrade() -> None:
    """Back to field_versions, empty: the older program records every row again as this
    device's changes (its one-time backfill runs again), so the rows' clocks are not kept.
    To go back with them, restore the backup made before the upgrade."""
    with op.batch_alter_table("held_changes", schema=None) as batch_op:
        batch_op.drop_constraint("pk_held_changes", type_="primary")
        batch_op.create_primary_key("pk_held_changes", ["device_id", "counter"])
    op.create_table(
        "field_versions",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("column_name", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.PrimaryKeyConstraint(
            "table_name", "row_id", "column_name", name=op.f("pk_field_versions")
        ),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_field_versions_origin", "field_versions", ["device_id", "counter"])
    op.drop_index("ix_sync_versions_origin", table_name="sync_versions")
    op.drop_table("sync_versions")
    op.get_bind().execute(sa.text("DELETE FROM local_settings WHERE key = 'sync_backfilled'"))
