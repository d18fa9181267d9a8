"""local bookkeeping: places, devices, settings and attachment bytes

Revision ID: berdaya_0002
Revises: berdaya_0001
Create Date: 2026-11-27 18:39:39.192953
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "berdaya_0002"
down_revision: str | None = "berdaya_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("content_hash", name=op.f("pk_blobs")),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("village", "office", name="devicekind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("public_key", sa.Text(), nullable=True),
        sa.Column("key_fingerprint", sa.String(length=64), nullable=True),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_table(
        "local_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_settings")),
    )
    op.create_table(
        "places",
        sa.Column("code", sa.String(length=13), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "province",
                "regency",
                "district",
                "village",
                name="placelevel",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("parent_code", sa.String(length=13), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_places")),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_places_parent_code"), ["parent_code"], unique=False)

    op.create_table(
        "device_scopes",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=13), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_device_scopes_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("device_id", "code", name=op.f("pk_device_scopes")),
    )


def downgrade() -> None:
    op.drop_table("device_scopes")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_places_parent_code"))

    op.drop_table("places")
    op.drop_table("local_settings")
    op.drop_table("devices")
    op.drop_table("blobs")
