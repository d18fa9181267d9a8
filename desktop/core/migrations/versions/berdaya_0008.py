"""stage_reviews: the office's verdicts on a village's stages (synced); devices.recipient: the
age recipient bundles for a device are encrypted to

Revision ID: berdaya_0008
Revises: berdaya_0007
Create Date: 2026-12-06 04:56:41.823571
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "berdaya_0008"
down_revision: str | None = "berdaya_0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stage_reviews",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column(
            "verdict",
            sa.Enum(
                "accepted", "needs_changes", name="reviewverdict", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("stage_version", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_stage_reviews_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_reviews")),
    )
    with op.batch_alter_table("stage_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_reviews_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stage_reviews_village_code"), ["village_code"], unique=False
        )

    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recipient", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("recipient")

    with op.batch_alter_table("stage_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_reviews_village_code"))
        batch_op.drop_index(batch_op.f("ix_stage_reviews_program_id"))

    op.drop_table("stage_reviews")
