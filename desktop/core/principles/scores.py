"""All four principles of one program or many: what they read together, in a fixed number of
queries however many programs, and how the four are computed from it."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.principles.equality import EqualityRows, equality_of, read_equality
from desktop.core.principles.participation import participation_of
from desktop.core.principles.reading import MeetingRow, live_spans, one_program, read_meetings
from desktop.core.principles.records import (
    RaisedRows,
    ResponsibilityRows,
    raised_records,
    read_raised,
    read_responsibilities,
    responsibility_records,
)
from desktop.core.principles.results import PrincipleScores
from desktop.core.principles.self_reliance import (
    ResourceRows,
    read_resources,
    self_reliance_of,
)
from desktop.core.principles.shares import ProgramSpan, Thresholds
from desktop.core.principles.sustainability import sustainability_of


@dataclass(frozen=True)
class ProgramRows:
    """Everything the four principles read of one program."""

    span: ProgramSpan
    meetings: list[MeetingRow]
    equality: EqualityRows
    responsibilities: ResponsibilityRows
    raised: RaisedRows
    resources: ResourceRows


def read_rows(
    session: Session, program_ids: Collection[uuid.UUID] | None
) -> dict[uuid.UUID, ProgramRows]:
    """What the four principles read of the live programs among ``program_ids`` (None: every
    live program); deleted or unknown ids are left out."""
    spans = live_spans(session, program_ids)
    meetings = read_meetings(session, spans)
    equality = read_equality(session, spans)
    responsibilities = read_responsibilities(session, spans)
    raised = read_raised(session, spans)
    resources = read_resources(session, spans)
    return {
        program_id: ProgramRows(
            span,
            meetings[program_id],
            equality[program_id],
            responsibilities[program_id],
            raised[program_id],
            resources[program_id],
        )
        for program_id, span in spans.items()
    }


def scores_of(rows: ProgramRows, thresholds: Thresholds | None = None) -> PrincipleScores:
    """The four principles of one program, from its rows."""
    responsible = responsibility_records(rows.meetings, rows.responsibilities)
    raised = raised_records(rows.meetings, rows.raised)
    return PrincipleScores(
        equality_of(rows.span, rows.meetings, rows.equality, thresholds),
        participation_of(rows.span, responsible + raised, thresholds),
        sustainability_of(rows.span, responsible, thresholds),
        self_reliance_of(rows.span, rows.resources, thresholds),
    )


def scores(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> PrincipleScores:
    """The four principles of one program."""
    return scores_of(one_program(read_rows(session, [program_id]), program_id), thresholds)
