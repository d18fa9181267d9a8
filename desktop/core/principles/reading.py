"""What every principle reads first: the program itself, its meetings, its live activities."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.core.domain import MeetingKind, PartyKind, Stage
from desktop.core.models import Activity, Meeting, Program


def live_program(session: Session, program_id: uuid.UUID) -> Program:
    program = session.get(Program, program_id)
    if program is None or program.deleted:
        raise LookupError("That program no longer exists.")
    return program


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    title: str
    stage: Stage
    kind: MeetingKind
    held_on: dt.date
    unnamed_women: int
    unnamed_men: int
    party: PartyKind


def program_meetings(session: Session, program_id: uuid.UUID) -> list[MeetingRow]:
    return [
        MeetingRow(*row)
        for row in session.execute(
            select(
                Meeting.id,
                Meeting.title,
                Meeting.stage,
                Meeting.kind,
                Meeting.held_on,
                Meeting.unnamed_women,
                Meeting.unnamed_men,
                Meeting.party_kind,
            )
            .where(Meeting.program_id == program_id, Meeting.deleted.is_(False))
            .order_by(Meeting.held_on, Meeting.id)
        )
    ]


def live_activities(program_id: uuid.UUID) -> Select[uuid.UUID]:
    return select(Activity.id).where(Activity.program_id == program_id, Activity.deleted.is_(False))
