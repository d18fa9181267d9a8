"""applied bundles: when each bundle was made, from its manifest (the office's sending status)

Revision ID: berdaya_0006
Revises: berdaya_0005
Create Date: 2026-12-07 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "berdaya_0006"
down_revision: str | None = "berdaya_0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # bundles imported before this revision keep no creation time: readers fall back to
    # applied_at for them
    with op.batch_alter_table("applied_bundles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("applied_bundles", schema=None) as batch_op:
        batch_op.drop_column("created_at")
