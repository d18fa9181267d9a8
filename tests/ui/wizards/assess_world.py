"""Small programs for the assessment, planning and meeting wizard tests: a new program in a
demo village, walked headlessly through the stages before the one a test drives."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.core import stages as st
from desktop.core.database import open_database
from desktop.core.domain import GroupKind, MeetingKind, ResourceKind, Sex, Stage
from desktop.core.models import CommunityGroup, GroupMembership, Person
from desktop.core.programs import create_program

VILLAGE = "32.05.20.2002"  # a demo village (seed 1) with people to pick
START = dt.date(2026, 1, 5)
DAY = dt.date(2026, 2, 3)


def _people(session: Any) -> list[Person]:
    return list(
        session.scalars(
            select(Person)
            .where(Person.village_code == VILLAGE, Person.deleted.is_(False))
            .order_by(Person.name)
        )
    )


def new_program(path: Path, *, through: Stage | None = None) -> uuid.UUID:
    """A program whose preparation is complete (and the assessment too with ``through``);
    the village also gets a small group "Kelompok Uji Dua" of two members."""
    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            program_id = create_program(
                session,
                village_code=VILLAGE,
                name="Air bersih Dusun Kidul",
                start_date=START,
                end_date=dt.date(2027, 6, 30),
            ).created[0]
            people = _people(session)
            group = CommunityGroup(
                village_code=VILLAGE, name="Kelompok Uji Dua", kind=GroupKind.WOMEN
            )
            session.add(group)
            session.flush()
            for person in people[:2]:
                session.add(
                    GroupMembership(
                        village_code=VILLAGE, group_id=group.id, person_id=person.id, role="anggota"
                    )
                )
            kw: dict[str, Any] = {"program_id": program_id}
            st.start_stage(session, stage=Stage.PREPARATION, on=START, **kw)
            st.assign_facilitator(session, person_id=people[0].id, role="Pendamping desa", **kw)
            st.set_entry_plan(session, text="Sowan ke kepala desa.", **kw)
            st.add_key_contact(session, person_id=people[1].id, role="Kepala desa", **kw)
            st.add_field_note(session, text="Air jauh.", noted_on=DAY, **kw)
            st.complete_stage(session, stage=Stage.PREPARATION, on=DAY, **kw)
            if through is Stage.ASSESSMENT:
                _assess(session, program_id, people)
    finally:
        database.dispose()
    return program_id


def _assess(session: Any, program_id: uuid.UUID, people: list[Person]) -> None:
    kw: dict[str, Any] = {"program_id": program_id}
    st.start_stage(session, stage=Stage.ASSESSMENT, on=DAY, **kw)
    st.record_meeting(
        session,
        stage=Stage.ASSESSMENT,
        kind=MeetingKind.DELIBERATION,
        title="Musyawarah dusun",
        held_on=DAY,
        party=st.Party.facilitator(),
        unnamed_women=10,
        unnamed_men=8,
        **kw,
    )
    water = st.add_problem(
        session, title="Air bersih", raised_by_person_id=people[0].id, **kw
    ).created[0]
    st.add_problem(session, title="Jalan rusak", raised_by_person_id=people[1].id, **kw)
    st.add_resource(session, kind=ResourceKind.NATURAL, name="Mata air", **kw)
    st.record_need_votes(session, votes=[st.NeedVoteInput(water, 12)], **kw)
    st.rank_problems(session, top=1, **kw)
    st.complete_stage(session, stage=Stage.ASSESSMENT, on=DAY, **kw)


def person_sexes(path: Path) -> list[tuple[str, Sex]]:
    database = open_database(path)
    try:
        with database.session() as session:
            return [(p.name, p.sex) for p in _people(session)]
    finally:
        database.dispose()


def count(window: Any, table: str) -> int:
    """Live rows of a table, read through the window's database."""
    from sqlalchemy import text

    with window.workspace.database.session() as session:
        return int(session.scalar(text(f"select count(*) from {table} where deleted = 0")) or 0)


def stage_status(window: Any, program_id: uuid.UUID, stage: Stage) -> Any:
    from desktop.core.models import Program
    from desktop.core.stages import lifecycle

    with window.workspace.database.session() as session:
        state = lifecycle.existing_state(session, session.get(Program, program_id), stage)
        return state.status if state is not None else None
