"""Wizard drafts stay on this machine; people are added from a wizard; records are removed
by tombstone and brought back."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop.core import stages as st
from desktop.core.database import open_database
from desktop.core.db import Database
from desktop.core.domain import Sex, Stage
from desktop.core.drafts import clear_drafts, drafts_for, save_draft
from desktop.core.dump import dump
from desktop.core.errors import ProgramClosed, ValidationError
from desktop.core.models import Facilitator, Person, Program
from desktop.core.models.base import synced_tables
from desktop.core.people import add_person, people_choices
from desktop.core.programs import create_program
from desktop.core.records import set_record_deleted

VILLAGE = "53.10.05.2003"


def _dump(database: Database) -> str:
    out = io.StringIO()
    with database.session() as session:
        dump(session, out)
    return out.getvalue()


@pytest.fixture
def world(db_url: str) -> Iterator[tuple[Database, uuid.UUID]]:
    database = open_database(db_url)
    with database.session() as session, session.begin():
        changes = create_program(
            session,
            village_code=VILLAGE,
            name="Air bersih",
            start_date=dt.date(2026, 1, 5),
            end_date=dt.date(2026, 12, 31),
        )
    yield database, changes.created[0]
    database.dispose()


def test_a_draft_is_kept_replaced_and_cleared(world: tuple[Database, uuid.UUID]) -> None:
    database, program_id = world
    key = {"program_id": program_id, "stage": Stage.PREPARATION}
    with database.session() as session, session.begin():
        save_draft(session, **key, step="entry_plan", field="text", value="Sowan ke kepala")
        save_draft(session, **key, step="entry_plan", field="text", value="Sowan ke kepala desa")
        save_draft(session, **key, step="team", field="role", value="pendamping")
        save_draft(
            session, program_id=program_id, stage="pengkajian", step="a", field="b", value="x"
        )
    with database.session() as session:
        assert drafts_for(session, **key) == {
            ("entry_plan", "text"): "Sowan ke kepala desa",
            ("team", "role"): "pendamping",
        }
    with database.session() as session, session.begin():
        clear_drafts(session, **key, step="team", field="role")
    with database.session() as session:
        assert drafts_for(session, **key) == {("entry_plan", "text"): "Sowan ke kepala desa"}
    with database.session() as session, session.begin():
        save_draft(session, **key, step="entry_plan", field="text", value="")  # emptied: gone
        clear_drafts(session, program_id=program_id, stage=Stage.ASSESSMENT)
    with database.session() as session:
        assert drafts_for(session, **key) == {}
        assert drafts_for(session, program_id=program_id, stage=Stage.ASSESSMENT) == {}


def test_drafts_are_local_never_synced_nor_dumped(world: tuple[Database, uuid.UUID]) -> None:
    database, program_id = world
    assert "wizard_drafts" not in synced_tables()
    before = _dump(database)
    with database.session() as session, session.begin():
        save_draft(
            session,
            program_id=program_id,
            stage=Stage.PREPARATION,
            step="entry_plan",
            field="text",
            value="rahasia setengah jadi",
        )
    after = _dump(database)
    assert after == before
    assert "rahasia setengah jadi" not in after


def test_a_person_is_added_to_the_programs_village(world: tuple[Database, uuid.UUID]) -> None:
    database, program_id = world
    with database.session() as session, session.begin():
        changes = add_person(
            session, program_id=program_id, name="  Siti Aminah ", sex="female", occupation="Guru"
        )
    with database.session() as session:
        person = session.get(Person, changes.created[0])
        assert person is not None
        assert (person.name, person.sex, person.village_code) == (
            "Siti Aminah",
            Sex.FEMALE,
            VILLAGE,
        )
        assert [c.label for c in people_choices(session, VILLAGE)] == ["Siti Aminah"]
    with database.session() as session, session.begin(), pytest.raises(ValidationError) as refused:
        add_person(session, program_id=program_id, name=" ", sex=None)
    assert {i.field for i in refused.value.issues} == {"name", "sex"}


def test_a_record_is_removed_and_brought_back(world: tuple[Database, uuid.UUID]) -> None:
    database, program_id = world
    with database.session() as session, session.begin():
        person_id = add_person(session, program_id=program_id, name="Budi", sex="male").created[0]
        row_id = st.assign_facilitator(
            session, program_id=program_id, person_id=person_id, role="Pendamping desa"
        ).created[0]
    for deleted in (True, False):
        with database.session() as session, session.begin():
            set_record_deleted(session, table="facilitators", row_id=row_id, deleted=deleted)
        with database.session() as session:
            live = session.scalars(select(Facilitator.id).where(Facilitator.deleted.is_(False)))
            assert list(live) == ([] if deleted else [row_id])
    with database.session() as session, session.begin(), pytest.raises(ValidationError):
        set_record_deleted(session, table="people", row_id=person_id, deleted=True)
    with database.session() as session, session.begin():
        program = session.get(Program, program_id)
        assert program is not None
        program.closed_on = dt.date(2026, 12, 1)
    with database.session() as session, session.begin(), pytest.raises(ProgramClosed):
        set_record_deleted(session, table="facilitators", row_id=row_id, deleted=True)
