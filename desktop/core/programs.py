"""Programs: creating one in a village, and reading what the navigator and overview show."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.core import places
from desktop.core.changes import Changes
from desktop.core.device import own_scope
from desktop.core.domain import (
    ContributionKind,
    FundingSource,
    PlaceLevel,
    Sex,
    Stage,
    StageStatus,
)
from desktop.core.errors import Issue, ValidationError, issue, refuse_if
from desktop.core.models import (
    Activity,
    Attendance,
    BudgetLine,
    Contribution,
    Meeting,
    Person,
    Place,
    Program,
    StageState,
)
from desktop.core.navigation import ProgramEntry, VillageEntry, sort_villages
from desktop.core.overview_values import Overview, StageSummary
from desktop.core.stages import guards


class ProgramError(ValueError):
    """A program that cannot be made as asked; the message says why, for the user."""


def create_program(
    session: Session,
    *,
    village_code: str,
    name: str,
    start_date: dt.date,
    end_date: dt.date | None = None,
    description: str | None = None,
) -> Changes:
    """A new program in a village, with its seven stages not started.

    Only in the device's own places (for an office, inside its area): its bundles may carry no
    other village's rows. A device not yet bound to any place is not held back."""
    name = name.strip()
    if not name:
        raise ProgramError("A program needs a name.")
    refuse_if(guards.text_issues("name", name, limit=guards.NAME_MAX, one_line=True))
    if end_date is not None and end_date < start_date:
        raise ProgramError("The planned end comes before the start.")
    try:
        if places.level_of(village_code) is not PlaceLevel.VILLAGE:
            raise ProgramError(f"{village_code} is not a village code.")
        places.remember(session, village_code)
    except (places.UnknownPlace, KeyError) as exc:
        raise ProgramError(f"{village_code} is not an official village code.") from exc
    scope = own_scope(session)
    if scope and not places.covers(scope, village_code):
        raise ValidationError([outside_scope(session, village_code, scope)])
    program = Program(
        village_code=village_code,
        name=name,
        start_date=start_date,
        end_date=end_date,
        description=guards.optional_text(description, field="description"),
    )
    session.add(program)
    session.flush()
    for position, stage in enumerate(Stage, start=1):
        session.add(
            StageState(
                village_code=village_code,
                program_id=program.id,
                stage=stage,
                position=position,
                status=StageStatus.NOT_STARTED,
            )
        )
    session.flush()
    return Changes(
        tables=frozenset({"programs", "stage_states", "places"}),
        program_ids=frozenset({program.id}),
        village_codes=frozenset({village_code}),
        created=(program.id,),
    )


def outside_scope(session: Session, village_code: str, scope: tuple[str, ...]) -> Issue:
    """The refusal of a program in a village that is not one of the device's places."""

    def name(code: str) -> str:
        found = session.get(Place, code)
        return found.name if found is not None else code

    return issue(
        "village_code",
        "This laptop works for {places}, so a program can only be made there. To work in "
        "{village} too, add it to this laptop in Settings first.",
        places=", ".join(name(code) for code in scope),
        village=name(village_code),
    )


def set_program_deleted(session: Session, *, program_id: uuid.UUID, deleted: bool) -> Changes:
    """Tombstone a program (or bring it back): rows are never erased, so deletes can sync."""
    program = session.get(Program, program_id)
    if program is None:
        raise ProgramError("That program no longer exists.")
    program.deleted = deleted
    session.flush()
    return Changes(
        tables=frozenset({"programs"}),
        program_ids=frozenset({program_id}),
        village_codes=frozenset({program.village_code}),
    )


def navigator(session: Session) -> list[VillageEntry]:
    """Villages and their programs, for the navigator: two queries, whatever the size."""
    rows = session.execute(
        select(Program.id, Program.name, Program.village_code, Program.closed_on)
        .where(Program.deleted.is_(False))
        .order_by(Program.village_code, Program.start_date, Program.name)
    ).all()
    stage_rows = session.execute(
        select(StageState.program_id, StageState.stage, StageState.status)
        .join(Program, Program.id == StageState.program_id)
        .where(Program.deleted.is_(False), StageState.deleted.is_(False))
        .order_by(StageState.program_id, StageState.position)
    ).all()
    current: dict[uuid.UUID, Stage | None] = {}
    settled: set[uuid.UUID] = set()
    for program_id, stage, status in stage_rows:
        current.setdefault(program_id, None)
        if program_id not in settled and status is not StageStatus.DONE:
            current[program_id] = stage  # the first stage not yet done
            settled.add(program_id)
    codes = sorted({r.village_code for r in rows})
    names = _place_names(session, codes)
    villages: dict[str, list[ProgramEntry]] = {code: [] for code in codes}
    for r in rows:
        villages[r.village_code].append(
            ProgramEntry(r.id, r.name, current.get(r.id), r.closed_on is not None)
        )
    entries = []
    for code in codes:
        village, district, regency = names.get(code, (code, "", ""))
        entries.append(VillageEntry(code, village, district, regency, tuple(villages[code])))
    return sort_villages(entries)


def _place_names(session: Session, codes: list[str]) -> dict[str, tuple[str, str, str]]:
    wanted: set[str] = set()
    for code in codes:
        parts = code.split(".")
        wanted.update({code, ".".join(parts[:3]), ".".join(parts[:2])})
    known = dict(
        session.execute(select(Place.code, Place.name).where(Place.code.in_(wanted))).all()
    )
    out = {}
    for code in codes:
        parts = code.split(".")
        out[code] = (
            known.get(code, code),
            known.get(".".join(parts[:3]), ""),
            known.get(".".join(parts[:2]), ""),
        )
    return out


def overview(session: Session, program_id: uuid.UUID) -> Overview:
    program = session.get(Program, program_id)
    if program is None or program.deleted:
        raise ProgramError("That program no longer exists.")
    stages = tuple(
        StageSummary(s.stage, s.status, s.started_on, s.completed_on)
        for s in session.scalars(
            select(StageState)
            .where(StageState.program_id == program_id, StageState.deleted.is_(False))
            .order_by(StageState.position)
        )
    )
    live_meetings = select(Meeting.id).where(
        Meeting.program_id == program_id, Meeting.deleted.is_(False)
    )
    meetings = session.scalar(select(func.count()).select_from(live_meetings.subquery())) or 0
    unnamed = session.execute(
        select(
            func.coalesce(func.sum(Meeting.unnamed_women), 0),
            func.coalesce(func.sum(Meeting.unnamed_men), 0),
        ).where(Meeting.program_id == program_id, Meeting.deleted.is_(False))
    ).one()
    named = dict(
        session.execute(
            select(Person.sex, func.count())
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.meeting_id.in_(live_meetings), Attendance.deleted.is_(False))
            .group_by(Person.sex)
        ).all()
    )
    acts = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((Activity.progress >= 100, 1), else_=0)), 0),
            func.coalesce(func.avg(Activity.progress), 0),
        ).where(Activity.program_id == program_id, Activity.deleted.is_(False))
    ).one()
    live_activities = select(Activity.id).where(
        Activity.program_id == program_id, Activity.deleted.is_(False)
    )
    budget = dict(
        session.execute(
            select(BudgetLine.source, func.coalesce(func.sum(BudgetLine.amount), 0))
            .where(BudgetLine.activity_id.in_(live_activities), BudgetLine.deleted.is_(False))
            .group_by(BudgetLine.source)
        ).all()
    )
    given = dict(
        session.execute(
            select(Contribution.source, func.coalesce(func.sum(Contribution.value), 0))
            .where(Contribution.activity_id.in_(live_activities), Contribution.deleted.is_(False))
            .group_by(Contribution.source)
        ).all()
    )
    labour = session.scalar(
        select(func.coalesce(func.sum(Contribution.quantity), 0)).where(
            Contribution.activity_id.in_(live_activities),
            Contribution.deleted.is_(False),
            Contribution.source == FundingSource.COMMUNITY,
            Contribution.kind == ContributionKind.LABOUR,
        )
    )
    village = session.get(Place, program.village_code)
    path = ", ".join(
        p.name
        for p in (session.get(Place, code) for code in _ancestor_codes(program.village_code))
        if p is not None
    )
    return Overview(
        id=program.id,
        name=program.name,
        description=program.description,
        village_code=program.village_code,
        village_name=village.name if village else program.village_code,
        place_path=path,
        start_date=program.start_date,
        end_date=program.end_date,
        closed_on=program.closed_on,
        stages=stages,
        meetings=int(meetings),
        attendance_women=int(unnamed[0]) + int(named.get(Sex.FEMALE, 0)),
        attendance_men=int(unnamed[1]) + int(named.get(Sex.MALE, 0)),
        activities=int(acts[0]),
        activities_done=int(acts[1]),
        progress_percent=float(acts[2]),
        budget_community=int(budget.get(FundingSource.COMMUNITY, 0)),
        budget_outside=int(budget.get(FundingSource.OUTSIDE, 0)),
        contributed_community=int(given.get(FundingSource.COMMUNITY, 0)),
        contributed_outside=int(given.get(FundingSource.OUTSIDE, 0)),
        labour_days_community=float(labour or 0),
    )


def _ancestor_codes(code: str) -> list[str]:
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(len(parts) - 1, 0, -1)]
