"""devices: the device a restored or copied database's new device succeeds

Revision ID: berdaya_0005
Revises: berdaya_0004
Create Date: 2026-12-06 00:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "berdaya_0005"
down_revision: str | None = "berdaya_0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("predecessor_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("predecessor_id")
