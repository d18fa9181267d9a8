"""The program overview's key figures for every program of an area at once: a handful of
grouped queries instead of ``programs.overview`` per program, counting exactly what it counts."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.core.domain import FundingSource, Sex, Stage, StageStatus
from desktop.core.models import (
    Activity,
    Attendance,
    BudgetLine,
    Contribution,
    Meeting,
    Person,
    Program,
    StageState,
)


def in_area(column: InstrumentedAttribute[str], area: str | None) -> ColumnElement[bool]:
    """A place code column inside ``area`` (itself or below it); everything for None."""
    if area is None:
        return true()
    return or_(column == area, column.like(f"{area}.%"))


@dataclass(frozen=True)
class ProgramRow:
    id: uuid.UUID
    name: str
    village_code: str
    closed_on: dt.date | None


@dataclass(frozen=True)
class CurrentStage:
    """The first stage not done (the last stage when all are done)."""

    stage: Stage
    status: StageStatus
    started_on: dt.date | None


@dataclass
class Tally:
    """One program's counts, as the program overview shows them."""

    meetings: int = 0
    women: int = 0
    men: int = 0
    budget_community: int = 0
    budget_outside: int = 0
    given_community: int = 0
    given_outside: int = 0


def live_programs(session: Session, area: str | None) -> list[ProgramRow]:
    """The area's programs that are not deleted, by village code, start and name."""
    return [
        ProgramRow(*row)
        for row in session.execute(
            select(Program.id, Program.name, Program.village_code, Program.closed_on)
            .where(Program.deleted.is_(False), in_area(Program.village_code, area))
            .order_by(Program.village_code, Program.start_date, Program.name, Program.id)
        )
    ]


def current_stages(session: Session, area: str | None) -> dict[uuid.UUID, CurrentStage]:
    """Each program's current stage, from its live stage states in their order."""
    found: dict[uuid.UUID, CurrentStage] = {}
    settled: set[uuid.UUID] = set()
    for program_id, stage, status, started_on in session.execute(
        select(StageState.program_id, StageState.stage, StageState.status, StageState.started_on)
        .join(Program, Program.id == StageState.program_id)
        .where(StageState.deleted.is_(False), in_area(Program.village_code, area))
        .order_by(StageState.program_id, StageState.position)
    ):
        if program_id in settled:
            continue
        found[program_id] = CurrentStage(stage, status, started_on)  # the last one, so far
        if status is not StageStatus.DONE:
            settled.add(program_id)
    return found


def tallies(session: Session, area: str | None) -> dict[uuid.UUID, Tally]:
    """Meetings, attendance by sex, budget and contributions by source, per program; a program
    with none of them has no entry."""
    found: dict[uuid.UUID, Tally] = defaultdict(Tally)
    for program_id, meetings, women, men in session.execute(
        select(
            Meeting.program_id,
            func.count(),
            func.coalesce(func.sum(Meeting.unnamed_women), 0),
            func.coalesce(func.sum(Meeting.unnamed_men), 0),
        )
        .join(Program, Program.id == Meeting.program_id)
        .where(Meeting.deleted.is_(False), in_area(Program.village_code, area))
        .group_by(Meeting.program_id)
    ):
        tally = found[program_id]
        tally.meetings, tally.women, tally.men = int(meetings), int(women), int(men)
    for program_id, sex, count in session.execute(
        select(Meeting.program_id, Person.sex, func.count())
        .select_from(Attendance)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .join(Person, Person.id == Attendance.person_id)
        .join(Program, Program.id == Meeting.program_id)
        .where(
            Attendance.deleted.is_(False),
            Meeting.deleted.is_(False),
            in_area(Program.village_code, area),
        )
        .group_by(Meeting.program_id, Person.sex)
    ):
        if sex is Sex.FEMALE:
            found[program_id].women += int(count)
        elif sex is Sex.MALE:
            found[program_id].men += int(count)
    for program_id, source, amount in _money(session, area, BudgetLine, BudgetLine.amount):
        if source is FundingSource.COMMUNITY:
            found[program_id].budget_community += amount
        elif source is FundingSource.OUTSIDE:
            found[program_id].budget_outside += amount
    for program_id, source, amount in _money(session, area, Contribution, Contribution.value):
        if source is FundingSource.COMMUNITY:
            found[program_id].given_community += amount
        elif source is FundingSource.OUTSIDE:
            found[program_id].given_outside += amount
    return dict(found)


def _money(
    session: Session,
    area: str | None,
    model: type[BudgetLine] | type[Contribution],
    amount: InstrumentedAttribute[int],
) -> list[tuple[uuid.UUID, FundingSource, int]]:
    """Rupiah by program and source of the live rows of live activities."""
    return [
        (program_id, source, int(total))
        for program_id, source, total in session.execute(
            select(Activity.program_id, model.source, func.coalesce(func.sum(amount), 0))
            .select_from(model)
            .join(Activity, Activity.id == model.activity_id)
            .join(Program, Program.id == Activity.program_id)
            .where(
                model.deleted.is_(False),
                Activity.deleted.is_(False),
                in_area(Program.village_code, area),
            )
            .group_by(Activity.program_id, model.source)
        )
    ]
