"""wizard drafts (local), meeting group, signatory sex, exit item key

Revision ID: berdaya_0004
Revises: berdaya_0003
Create Date: 2026-11-27 21:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "berdaya_0004"
down_revision: str | None = "berdaya_0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wizard_drafts",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("stage", sa.String(length=24), nullable=False),
        sa.Column("step", sa.String(length=60), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint(
            "program_id", "stage", "step", "field", name=op.f("pk_wizard_drafts")
        ),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_meetings_group_id"), ["group_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_meetings_group_id_community_groups"),
            "community_groups",
            ["group_id"],
            ["id"],
            deferrable=True,
            initially="DEFERRED",
        )
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "sex",
                sa.Enum("female", "male", name="sex", native_enum=False, length=24),
                nullable=True,
            )
        )
    with op.batch_alter_table("exit_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exit_items", schema=None) as batch_op:
        batch_op.drop_column("key")
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.drop_column("sex")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_meetings_group_id_community_groups"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_meetings_group_id"))
        batch_op.drop_column("group_id")
    op.drop_table("wizard_drafts")
