"""sync bookkeeping: field clocks, knowledge, conflicts, holds

Revision ID: berdaya_0003
Revises: berdaya_0002
Create Date: 2026-11-27 18:50:53.434402
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "berdaya_0003"
down_revision: str | None = "berdaya_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "applied_bundles",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("sender_id", sa.Uuid(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_applied_bundles")),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("column_name", sa.String(length=64), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("winner_value", sa.Text(), nullable=False),
        sa.Column("winner_hlc", sa.BigInteger(), nullable=False),
        sa.Column("winner_device", sa.Uuid(), nullable=False),
        sa.Column("loser_value", sa.Text(), nullable=False),
        sa.Column("loser_hlc", sa.BigInteger(), nullable=False),
        sa.Column("loser_device", sa.Uuid(), nullable=False),
        sa.Column("bundle_id", sa.Uuid(), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflicts_row_id"), ["row_id"], unique=False)

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
    with op.batch_alter_table("field_versions", schema=None) as batch_op:
        batch_op.create_index("ix_field_versions_origin", ["device_id", "counter"], unique=False)

    op.create_table(
        "held_changes",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("column_name", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "counter", name=op.f("pk_held_changes")),
    )
    op.create_table(
        "knowledge",
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("max_counter", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("origin_id", name=op.f("pk_knowledge")),
    )
    op.create_table(
        "peer_knowledge",
        sa.Column("peer_id", sa.Uuid(), nullable=False),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("max_counter", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", "origin_id", name=op.f("pk_peer_knowledge")),
    )
    op.create_table(
        "sync_clock",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clock")),
    )


def downgrade() -> None:
    op.drop_table("sync_clock")
    op.drop_table("peer_knowledge")
    op.drop_table("knowledge")
    op.drop_table("held_changes")
    with op.batch_alter_table("field_versions", schema=None) as batch_op:
        batch_op.drop_index("ix_field_versions_origin")

    op.drop_table("field_versions")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflicts_row_id"))

    op.drop_table("conflicts")
    op.drop_table("applied_bundles")
