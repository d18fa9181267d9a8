"""the office's cache of each program's figures (local: never synced, dumped or exported)

Revision ID: berdaya_0007
Revises: berdaya_0006
Create Date: 2026-12-08 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "berdaya_0007"
down_revision: str | None = "berdaya_0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "office_figures",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("thresholds_key", sa.String(length=64), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.Column("format", sa.String(length=100), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("program_id", "thresholds_key", name=op.f("pk_office_figures")),
    )
    with op.batch_alter_table("office_figures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_office_figures_village_code"), ["village_code"], unique=False
        )
    op.create_table(
        "office_figures_knowledge",
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("max_counter", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("origin_id", name=op.f("pk_office_figures_knowledge")),
    )
    op.create_table(
        "office_figures_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("generation", sa.BigInteger(), nullable=False),
        sa.Column("held_count", sa.BigInteger(), nullable=False),
        sa.Column("held_sum", sa.BigInteger(), nullable=False),
        sa.Column("held_villages", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_figures_state")),
    )


def downgrade() -> None:
    op.drop_table("office_figures_state")
    op.drop_table("office_figures_knowledge")
    with op.batch_alter_table("office_figures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_figures_village_code"))
    op.drop_table("office_figures")
