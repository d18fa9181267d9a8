"""the domain: places of work, people, programs and their seven stages

Revision ID: berdaya_0001
Revises: (none)
Create Date: 2026-11-27 18:39:39.056462
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "berdaya_0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("owner_table", sa.String(length=40), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=500), nullable=True),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachments_content_hash"), ["content_hash"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachments_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attachments_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "people",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "sex",
            sa.Enum("female", "male", name="sex", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("hamlet", sa.String(length=100), nullable=True),
        sa.Column("occupation", sa.String(length=100), nullable=True),
        sa.Column("is_resident", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_village_code"), ["village_code"], unique=False)

    op.create_table(
        "programs",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("entry_plan", sa.Text(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("final_report", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programs")),
    )
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programs_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "community_groups",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "farmers",
                "fishers",
                "women",
                "youth",
                "savings",
                "village_enterprise",
                "village_council",
                "religious",
                "business",
                "other",
                name="groupkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("is_formal", sa.Boolean(), nullable=False),
        sa.Column("contact_person_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.String(length=2000), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["people.id"],
            name=op.f("fk_community_groups_contact_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_groups")),
    )
    with op.batch_alter_table("community_groups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_community_groups_contact_person_id"), ["contact_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_community_groups_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "criteria",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_criteria_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criteria")),
    )
    with op.batch_alter_table("criteria", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criteria_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_criteria_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "exit_items",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_exit_items_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exit_items")),
    )
    with op.batch_alter_table("exit_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exit_items_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_exit_items_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "facilitators",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("is_community", sa.Boolean(), nullable=False),
        sa.Column("assigned_on", sa.Date(), nullable=True),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_facilitators_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_facilitators_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilitators")),
    )
    with op.batch_alter_table("facilitators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_facilitators_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_facilitators_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_facilitators_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "field_notes",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "persiapan",
                "pengkajian",
                "perencanaan",
                "formalisasi",
                "pelaksanaan",
                "evaluasi",
                "terminasi",
                name="stage",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["people.id"],
            name=op.f("fk_field_notes_author_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_field_notes_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_notes")),
    )
    with op.batch_alter_table("field_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_field_notes_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_field_notes_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "indicators",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column(
            "goal",
            sa.Enum(
                "kelembagaan",
                "usaha",
                "pendapatan",
                "lingkungan",
                "kehidupan",
                "masyarakat",
                name="goal",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "increase", "decrease", name="indicatordirection", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("baseline_value", sa.Double(), nullable=False),
        sa.Column("baseline_on", sa.Date(), nullable=True),
        sa.Column("target_value", sa.Double(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("means_of_verification", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_indicators_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
    )
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicators_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_indicators_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "monitoring_members",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_monitoring_members_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_monitoring_members_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_members")),
    )
    with op.batch_alter_table("monitoring_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_monitoring_members_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_monitoring_members_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_monitoring_members_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "stage_states",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "persiapan",
                "pengkajian",
                "perencanaan",
                "formalisasi",
                "pelaksanaan",
                "evaluasi",
                "terminasi",
                name="stage",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                name="stagestatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("current_step", sa.String(length=60), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_stage_states_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_states")),
        sa.UniqueConstraint("program_id", "stage", name=op.f("uq_stage_states_program_id")),
    )
    with op.batch_alter_table("stage_states", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_states_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stage_states_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "group_memberships",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=60), nullable=False),
        sa.Column("is_decision_role", sa.Boolean(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["community_groups.id"],
            name=op.f("fk_group_memberships_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_group_memberships_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_memberships")),
    )
    with op.batch_alter_table("group_memberships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_memberships_group_id"), ["group_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_memberships_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_memberships_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "handovers",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("role", "asset", "record", name="handoverkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("to_group_id", sa.Uuid(), nullable=True),
        sa.Column("to_person_id", sa.Uuid(), nullable=True),
        sa.Column("handed_on", sa.Date(), nullable=True),
        sa.Column("value", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_handovers_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["to_group_id"],
            ["community_groups.id"],
            name=op.f("fk_handovers_to_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["to_person_id"],
            ["people.id"],
            name=op.f("fk_handovers_to_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handovers")),
    )
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handovers_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_handovers_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "key_contacts",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["community_groups.id"],
            name=op.f("fk_key_contacts_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_key_contacts_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_key_contacts_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_contacts")),
    )
    with op.batch_alter_table("key_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_key_contacts_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_key_contacts_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_key_contacts_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_key_contacts_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "measurements",
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column(
            "party_kind",
            sa.Enum(
                "community_member",
                "community_group",
                "facilitator",
                "outside_agency",
                name="partykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("party_person_id", sa.Uuid(), nullable=True),
        sa.Column("party_group_id", sa.Uuid(), nullable=True),
        sa.Column("party_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_measurements_indicator_id_indicators"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["party_group_id"],
            ["community_groups.id"],
            name=op.f("fk_measurements_party_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["party_person_id"],
            ["people.id"],
            name=op.f("fk_measurements_party_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurements")),
    )
    with op.batch_alter_table("measurements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measurements_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_measurements_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "meetings",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "persiapan",
                "pengkajian",
                "perencanaan",
                "formalisasi",
                "pelaksanaan",
                "evaluasi",
                "terminasi",
                name="stage",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "deliberation",
                "focus_group",
                "transect",
                "training",
                "monitoring",
                "evaluation",
                "other",
                name="meetingkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("unnamed_women", sa.Integer(), nullable=False),
        sa.Column("unnamed_men", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=True),
        sa.Column(
            "party_kind",
            sa.Enum(
                "community_member",
                "community_group",
                "facilitator",
                "outside_agency",
                name="partykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("party_person_id", sa.Uuid(), nullable=True),
        sa.Column("party_group_id", sa.Uuid(), nullable=True),
        sa.Column("party_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["party_group_id"],
            ["community_groups.id"],
            name=op.f("fk_meetings_party_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["party_person_id"],
            ["people.id"],
            name=op.f("fk_meetings_party_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_meetings_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meetings_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "resources",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "human",
                "natural",
                "financial",
                "social",
                "physical",
                name="resourcekind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("quantity", sa.Double(), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("estimated_value", sa.BigInteger(), nullable=True),
        sa.Column("held_by_group_id", sa.Uuid(), nullable=True),
        sa.Column("raised_by_person_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["held_by_group_id"],
            ["community_groups.id"],
            name=op.f("fk_resources_held_by_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_resources_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_person_id"],
            ["people.id"],
            name=op.f("fk_resources_raised_by_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resources")),
    )
    with op.batch_alter_table("resources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resources_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_resources_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("spoke", sa.Boolean(), nullable=False),
        sa.Column("decision_role", sa.String(length=60), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_attendance_meeting_id_meetings"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_attendance_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "person_id", name=op.f("uq_attendance_meeting_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attendance_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "findings",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "success",
                "problem",
                "lesson",
                "recommendation",
                name="findingkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "goal",
            sa.Enum(
                "kelembagaan",
                "usaha",
                "pendapatan",
                "lingkungan",
                "kehidupan",
                "masyarakat",
                name="goal",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.Text(), nullable=True),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column(
            "party_kind",
            sa.Enum(
                "community_member",
                "community_group",
                "facilitator",
                "outside_agency",
                name="partykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("party_person_id", sa.Uuid(), nullable=True),
        sa.Column("party_group_id", sa.Uuid(), nullable=True),
        sa.Column("party_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_findings_meeting_id_meetings"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["party_group_id"],
            ["community_groups.id"],
            name=op.f("fk_findings_party_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["party_person_id"],
            ["people.id"],
            name=op.f("fk_findings_party_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_findings_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
    )
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_findings_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_findings_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_findings_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "problems",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum("problem", "need", name="needkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("raised_by_person_id", sa.Uuid(), nullable=True),
        sa.Column("raised_by_group_id", sa.Uuid(), nullable=True),
        sa.Column("affected_households", sa.Integer(), nullable=True),
        sa.Column("priority_rank", sa.Integer(), nullable=True),
        sa.Column("is_prioritised", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_problems_meeting_id_meetings"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_problems_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_group_id"],
            ["community_groups.id"],
            name=op.f("fk_problems_raised_by_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_person_id"],
            ["people.id"],
            name=op.f("fk_problems_raised_by_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problems")),
    )
    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_problems_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_problems_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_problems_raised_by_group_id"), ["raised_by_group_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_problems_raised_by_person_id"), ["raised_by_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_problems_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "alternatives",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("problem_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("proposed_by_person_id", sa.Uuid(), nullable=True),
        sa.Column("proposed_by_group_id", sa.Uuid(), nullable=True),
        sa.Column("estimated_cost", sa.BigInteger(), nullable=True),
        sa.Column("chosen", sa.Boolean(), nullable=False),
        sa.Column("decided_at_meeting_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decided_at_meeting_id"],
            ["meetings.id"],
            name=op.f("fk_alternatives_decided_at_meeting_id_meetings"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.id"],
            name=op.f("fk_alternatives_problem_id_problems"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_alternatives_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_group_id"],
            ["community_groups.id"],
            name=op.f("fk_alternatives_proposed_by_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_person_id"],
            ["people.id"],
            name=op.f("fk_alternatives_proposed_by_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alternatives")),
    )
    with op.batch_alter_table("alternatives", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_alternatives_problem_id"), ["problem_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_alternatives_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_alternatives_proposed_by_person_id"),
            ["proposed_by_person_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_alternatives_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "need_votes",
        sa.Column("problem_id", sa.Uuid(), nullable=False),
        sa.Column("voter_person_id", sa.Uuid(), nullable=True),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("cast_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.id"],
            name=op.f("fk_need_votes_problem_id_problems"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["voter_person_id"],
            ["people.id"],
            name=op.f("fk_need_votes_voter_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need_votes")),
    )
    with op.batch_alter_table("need_votes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_need_votes_problem_id"), ["problem_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_need_votes_village_code"), ["village_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_need_votes_voter_person_id"), ["voter_person_id"], unique=False
        )

    op.create_table(
        "pairwise_choices",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("first_id", sa.Uuid(), nullable=False),
        sa.Column("second_id", sa.Uuid(), nullable=False),
        sa.Column("winner_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["first_id"],
            ["problems.id"],
            name=op.f("fk_pairwise_choices_first_id_problems"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_pairwise_choices_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["second_id"],
            ["problems.id"],
            name=op.f("fk_pairwise_choices_second_id_problems"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["winner_id"],
            ["problems.id"],
            name=op.f("fk_pairwise_choices_winner_id_problems"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairwise_choices")),
    )
    with op.batch_alter_table("pairwise_choices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pairwise_choices_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pairwise_choices_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "action_plans",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("alternative_id", sa.Uuid(), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alternative_id"],
            ["alternatives.id"],
            name=op.f("fk_action_plans_alternative_id_alternatives"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["community_groups.id"],
            name=op.f("fk_action_plans_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_action_plans_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plans")),
    )
    with op.batch_alter_table("action_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_plans_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_plans_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "alternative_scores",
        sa.Column("alternative_id", sa.Uuid(), nullable=False),
        sa.Column("criterion_id", sa.Uuid(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alternative_id"],
            ["alternatives.id"],
            name=op.f("fk_alternative_scores_alternative_id_alternatives"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criteria.id"],
            name=op.f("fk_alternative_scores_criterion_id_criteria"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alternative_scores")),
        sa.UniqueConstraint(
            "alternative_id", "criterion_id", name=op.f("uq_alternative_scores_alternative_id")
        ),
    )
    with op.batch_alter_table("alternative_scores", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_alternative_scores_alternative_id"), ["alternative_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_alternative_scores_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_alternative_scores_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "alternative_votes",
        sa.Column("alternative_id", sa.Uuid(), nullable=False),
        sa.Column("voter_person_id", sa.Uuid(), nullable=True),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alternative_id"],
            ["alternatives.id"],
            name=op.f("fk_alternative_votes_alternative_id_alternatives"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["voter_person_id"],
            ["people.id"],
            name=op.f("fk_alternative_votes_voter_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alternative_votes")),
    )
    with op.batch_alter_table("alternative_votes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_alternative_votes_alternative_id"), ["alternative_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_alternative_votes_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "activities",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("action_plan_id", sa.Uuid(), nullable=True),
        sa.Column(
            "stage",
            sa.Enum(
                "persiapan",
                "pengkajian",
                "perencanaan",
                "formalisasi",
                "pelaksanaan",
                "evaluasi",
                "terminasi",
                name="stage",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("planned_start", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=False),
        sa.Column("baseline_start", sa.Date(), nullable=True),
        sa.Column("baseline_end", sa.Date(), nullable=True),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("is_milestone", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "party_kind",
            sa.Enum(
                "community_member",
                "community_group",
                "facilitator",
                "outside_agency",
                name="partykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("party_person_id", sa.Uuid(), nullable=True),
        sa.Column("party_group_id", sa.Uuid(), nullable=True),
        sa.Column("party_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_plan_id"],
            ["action_plans.id"],
            name=op.f("fk_activities_action_plan_id_action_plans"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["party_group_id"],
            ["community_groups.id"],
            name=op.f("fk_activities_party_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["party_person_id"],
            ["people.id"],
            name=op.f("fk_activities_party_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_activities_program_id_programs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activities_action_plan_id"), ["action_plan_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activities_program_id"), ["program_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activities_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "agreements",
        sa.Column("action_plan_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_plan_id"],
            ["action_plans.id"],
            name=op.f("fk_agreements_action_plan_id_action_plans"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_agreements_meeting_id_meetings"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreements_action_plan_id"), ["action_plan_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreements_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "budget_lines",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column(
            "source",
            sa.Enum("community", "outside", name="fundingsource", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("source_name", sa.String(length=200), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "money", "labour", "material", name="contributionkind", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Double(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("unit_value", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_budget_lines_activity_id_activities"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_lines")),
    )
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_lines_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_lines_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "dependencies",
        sa.Column("predecessor_id", sa.Uuid(), nullable=False),
        sa.Column("successor_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("FS", "SS", "FF", name="dependencykind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("lag_days", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["predecessor_id"],
            ["activities.id"],
            name=op.f("fk_dependencies_predecessor_id_activities"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["successor_id"],
            ["activities.id"],
            name=op.f("fk_dependencies_successor_id_activities"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dependencies")),
        sa.UniqueConstraint(
            "predecessor_id", "successor_id", name=op.f("uq_dependencies_predecessor_id")
        ),
    )
    with op.batch_alter_table("dependencies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dependencies_predecessor_id"), ["predecessor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dependencies_successor_id"), ["successor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dependencies_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "progress_logs",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("logged_on", sa.Date(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("actual_cost", sa.BigInteger(), nullable=False),
        sa.Column("women_present", sa.Integer(), nullable=False),
        sa.Column("men_present", sa.Integer(), nullable=False),
        sa.Column("problems_met", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "party_kind",
            sa.Enum(
                "community_member",
                "community_group",
                "facilitator",
                "outside_agency",
                name="partykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("party_person_id", sa.Uuid(), nullable=True),
        sa.Column("party_group_id", sa.Uuid(), nullable=True),
        sa.Column("party_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_progress_logs_activity_id_activities"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["party_group_id"],
            ["community_groups.id"],
            name=op.f("fk_progress_logs_party_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["party_person_id"],
            ["people.id"],
            name=op.f("fk_progress_logs_party_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_logs")),
    )
    with op.batch_alter_table("progress_logs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_progress_logs_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_progress_logs_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "signatories",
        sa.Column("agreement_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_signatories_agreement_id_agreements"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_signatories_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatories")),
    )
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signatories_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_signatories_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "contributions",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("progress_log_id", sa.Uuid(), nullable=True),
        sa.Column(
            "source",
            sa.Enum("community", "outside", name="fundingsource", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "money", "labour", "material", name="contributionkind", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("contributor_person_id", sa.Uuid(), nullable=True),
        sa.Column("contributor_group_id", sa.Uuid(), nullable=True),
        sa.Column("contributor_name", sa.String(length=200), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Double(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_contributions_activity_id_activities"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["contributor_group_id"],
            ["community_groups.id"],
            name=op.f("fk_contributions_contributor_group_id_community_groups"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["contributor_person_id"],
            ["people.id"],
            name=op.f("fk_contributions_contributor_person_id_people"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["progress_log_id"],
            ["progress_logs.id"],
            name=op.f("fk_contributions_progress_log_id_progress_logs"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributions")),
    )
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contributions_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contributions_village_code"), ["village_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contributions_village_code"))
        batch_op.drop_index(batch_op.f("ix_contributions_activity_id"))

    op.drop_table("contributions")
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatories_village_code"))
        batch_op.drop_index(batch_op.f("ix_signatories_agreement_id"))

    op.drop_table("signatories")
    with op.batch_alter_table("progress_logs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_logs_village_code"))
        batch_op.drop_index(batch_op.f("ix_progress_logs_activity_id"))

    op.drop_table("progress_logs")
    with op.batch_alter_table("dependencies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dependencies_village_code"))
        batch_op.drop_index(batch_op.f("ix_dependencies_successor_id"))
        batch_op.drop_index(batch_op.f("ix_dependencies_predecessor_id"))

    op.drop_table("dependencies")
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_lines_village_code"))
        batch_op.drop_index(batch_op.f("ix_budget_lines_activity_id"))

    op.drop_table("budget_lines")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_village_code"))
        batch_op.drop_index(batch_op.f("ix_agreements_action_plan_id"))

    op.drop_table("agreements")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_village_code"))
        batch_op.drop_index(batch_op.f("ix_activities_program_id"))
        batch_op.drop_index(batch_op.f("ix_activities_action_plan_id"))

    op.drop_table("activities")
    with op.batch_alter_table("alternative_votes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alternative_votes_village_code"))
        batch_op.drop_index(batch_op.f("ix_alternative_votes_alternative_id"))

    op.drop_table("alternative_votes")
    with op.batch_alter_table("alternative_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alternative_scores_village_code"))
        batch_op.drop_index(batch_op.f("ix_alternative_scores_criterion_id"))
        batch_op.drop_index(batch_op.f("ix_alternative_scores_alternative_id"))

    op.drop_table("alternative_scores")
    with op.batch_alter_table("action_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_plans_village_code"))
        batch_op.drop_index(batch_op.f("ix_action_plans_program_id"))

    op.drop_table("action_plans")
    with op.batch_alter_table("pairwise_choices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pairwise_choices_village_code"))
        batch_op.drop_index(batch_op.f("ix_pairwise_choices_program_id"))

    op.drop_table("pairwise_choices")
    with op.batch_alter_table("need_votes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_votes_voter_person_id"))
        batch_op.drop_index(batch_op.f("ix_need_votes_village_code"))
        batch_op.drop_index(batch_op.f("ix_need_votes_problem_id"))

    op.drop_table("need_votes")
    with op.batch_alter_table("alternatives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alternatives_village_code"))
        batch_op.drop_index(batch_op.f("ix_alternatives_proposed_by_person_id"))
        batch_op.drop_index(batch_op.f("ix_alternatives_program_id"))
        batch_op.drop_index(batch_op.f("ix_alternatives_problem_id"))

    op.drop_table("alternatives")
    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_problems_village_code"))
        batch_op.drop_index(batch_op.f("ix_problems_raised_by_person_id"))
        batch_op.drop_index(batch_op.f("ix_problems_raised_by_group_id"))
        batch_op.drop_index(batch_op.f("ix_problems_program_id"))
        batch_op.drop_index(batch_op.f("ix_problems_meeting_id"))

    op.drop_table("problems")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_findings_village_code"))
        batch_op.drop_index(batch_op.f("ix_findings_program_id"))
        batch_op.drop_index(batch_op.f("ix_findings_meeting_id"))

    op.drop_table("findings")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_village_code"))
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("resources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resources_village_code"))
        batch_op.drop_index(batch_op.f("ix_resources_program_id"))

    op.drop_table("resources")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_village_code"))
        batch_op.drop_index(batch_op.f("ix_meetings_program_id"))

    op.drop_table("meetings")
    with op.batch_alter_table("measurements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measurements_village_code"))
        batch_op.drop_index(batch_op.f("ix_measurements_indicator_id"))

    op.drop_table("measurements")
    with op.batch_alter_table("key_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_key_contacts_village_code"))
        batch_op.drop_index(batch_op.f("ix_key_contacts_program_id"))
        batch_op.drop_index(batch_op.f("ix_key_contacts_person_id"))
        batch_op.drop_index(batch_op.f("ix_key_contacts_group_id"))

    op.drop_table("key_contacts")
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handovers_village_code"))
        batch_op.drop_index(batch_op.f("ix_handovers_program_id"))

    op.drop_table("handovers")
    with op.batch_alter_table("group_memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_memberships_village_code"))
        batch_op.drop_index(batch_op.f("ix_group_memberships_person_id"))
        batch_op.drop_index(batch_op.f("ix_group_memberships_group_id"))

    op.drop_table("group_memberships")
    with op.batch_alter_table("stage_states", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_states_village_code"))
        batch_op.drop_index(batch_op.f("ix_stage_states_program_id"))

    op.drop_table("stage_states")
    with op.batch_alter_table("monitoring_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monitoring_members_village_code"))
        batch_op.drop_index(batch_op.f("ix_monitoring_members_program_id"))
        batch_op.drop_index(batch_op.f("ix_monitoring_members_person_id"))

    op.drop_table("monitoring_members")
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicators_village_code"))
        batch_op.drop_index(batch_op.f("ix_indicators_program_id"))

    op.drop_table("indicators")
    with op.batch_alter_table("field_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_field_notes_village_code"))
        batch_op.drop_index(batch_op.f("ix_field_notes_program_id"))

    op.drop_table("field_notes")
    with op.batch_alter_table("facilitators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_facilitators_village_code"))
        batch_op.drop_index(batch_op.f("ix_facilitators_program_id"))
        batch_op.drop_index(batch_op.f("ix_facilitators_person_id"))

    op.drop_table("facilitators")
    with op.batch_alter_table("exit_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exit_items_village_code"))
        batch_op.drop_index(batch_op.f("ix_exit_items_program_id"))

    op.drop_table("exit_items")
    with op.batch_alter_table("criteria", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criteria_village_code"))
        batch_op.drop_index(batch_op.f("ix_criteria_program_id"))

    op.drop_table("criteria")
    with op.batch_alter_table("community_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_community_groups_village_code"))
        batch_op.drop_index(batch_op.f("ix_community_groups_contact_person_id"))

    op.drop_table("community_groups")
    with op.batch_alter_table("programs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programs_village_code"))

    op.drop_table("programs")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_village_code"))

    op.drop_table("people")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_village_code"))
        batch_op.drop_index(batch_op.f("ix_attachments_owner_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_content_hash"))

    op.drop_table("attachments")
