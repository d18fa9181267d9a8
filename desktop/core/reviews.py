"""The office's verdicts on a program's stages: recorded by an office, read wherever they travel.

A verdict is a synced :class:`StageReview` row of the program's village, written by the office's
device (its area covers the village), so the office's next bundle carries it back. It remembers
the newest change (hybrid clock) among the stage's records the office had seen; a later change
to those records means the village amended the stage after the verdict.

Which records make a stage is what its flow's steps capture (the stage's own bookkeeping,
``stage_states``, aside). A table several stages write is split by column: the columns a later
stage writes (an activity's progress) count for that stage, the rest for the first stage that
captures the table, so logging progress does not make the action plan look amended.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Integer, Select, and_, func, literal_column, select, union_all
from sqlalchemy.orm import Session, aliased

from desktop.core import places
from desktop.core.changes import Changes
from desktop.core.device import local_device, own_scope
from desktop.core.domain import PlaceLevel, ReviewVerdict, Stage
from desktop.core.errors import Issue, ValidationError, issue, refuse_if
from desktop.core.ids import utcnow
from desktop.core.models import Place, StageReview, SyncVersion
from desktop.core.models.sync import BASE_COLUMN
from desktop.core.stages import guards
from desktop.core.stages.registry import FLOWS
from desktop.core.stages.step_marks import program_rows

NOTE_MAX = guards.NOTE_MAX
_BY_NUMBER = {stage.number: stage for stage in Stage}
_CREATED = aliased(SyncVersion)
# Written with every change of a row: never a change of the stage's content by itself.
_EVERY_WRITE = frozenset({"updated_at"})
# Bookkeeping of the stage itself (status, the page the wizard was left on), not its records.
_BOOKKEEPING = frozenset({"stage_states"})
# Columns of a table shared by several stages that a later stage writes.
_LATER_COLUMNS: dict[str, dict[str, Stage]] = {
    "activities": {
        "progress": Stage.IMPLEMENTATION,
        "actual_start": Stage.IMPLEMENTATION,
        "actual_end": Stage.IMPLEMENTATION,
    },
    "programs": {"final_report": Stage.TERMINATION, "closed_on": Stage.TERMINATION},
    "facilitators": {"released_on": Stage.TERMINATION},
}


@dataclass(frozen=True)
class VerdictView:
    """The newest verdict on one stage, as the facilitator and the office see it."""

    id: uuid.UUID
    stage: Stage
    verdict: ReviewVerdict
    note: str
    reviewer: str
    reviewed_at: dt.datetime
    amended: bool  # the stage's records changed after the verdict

    @property
    def accepted(self) -> bool:
        return self.verdict is ReviewVerdict.ACCEPTED


@cache
def stage_columns() -> dict[Stage, tuple[tuple[str, frozenset[str], bool], ...]]:
    """Per stage, its tables with the columns that count: ``(table, columns, only)``, where
    ``only`` says the columns are the only ones that count, else the ones that do not."""
    found: dict[Stage, list[tuple[str, frozenset[str], bool]]] = {}
    for stage, flow in FLOWS.items():
        tables = dict.fromkeys(t for step in flow.steps for t in step.captures)
        for table in tables:
            if table in _BOOKKEEPING:
                continue
            later = _LATER_COLUMNS.get(table, {})
            owner = next(s for s, f in FLOWS.items() if any(table in p.captures for p in f.steps))
            if stage is owner:
                entry = (table, frozenset(later) | _EVERY_WRITE, False)
            else:
                own = frozenset(column for column, by in later.items() if by is stage)
                if not own and later:
                    continue
                entry = (table, own, True) if own else (table, _EVERY_WRITE, False)
            found.setdefault(stage, []).append(entry)
    return {stage: tuple(entries) for stage, entries in found.items()}


def _versions_query(program_id: uuid.UUID, stages: tuple[Stage, ...]) -> Select[int, int] | None:
    parts: list[Select[int, int]] = []
    for stage in stages:
        for table, columns, only in stage_columns().get(stage, ()):
            rows = program_rows(program_id, stage, table, live=False)
            if rows is None:
                continue
            chosen = SyncVersion.column_name.in_(columns)
            part = select(
                literal_column(str(stage.number), Integer).label("stage"),
                SyncVersion.hlc.label("hlc"),
            ).where(
                SyncVersion.table_name == table,
                SyncVersion.row_id.in_(rows),
                chosen if only else ~chosen,
            )
            if only:  # a later stage's columns are written (empty) with the row: not its work
                part = part.join(
                    _CREATED,
                    and_(
                        _CREATED.table_name == SyncVersion.table_name,
                        _CREATED.row_id == SyncVersion.row_id,
                        # the row's making: its base entry, or else its created_at field's
                        _CREATED.column_name.in_((BASE_COLUMN, "created_at")),
                        _CREATED.hlc < SyncVersion.hlc,
                    ),
                )
            parts.append(part)
    if not parts:
        return None
    every = union_all(*parts).subquery()
    return select(every.c.stage, func.max(every.c.hlc)).group_by(every.c.stage)


def stage_versions(
    session: Session, program_id: uuid.UUID, stages: tuple[Stage, ...] = tuple(Stage)
) -> dict[int, int]:
    """Per stage number, the newest change (hybrid clock) among the stage's records here
    (a stage without records is left out). One query."""
    query = _versions_query(program_id, stages)
    if query is None:
        return {}
    return {int(stage): int(hlc) for stage, hlc in session.execute(query) if hlc is not None}


def _office_words(session: Session, scope: tuple[str, ...]) -> str:
    """The office as the village reads it: its laptop's name and its area."""
    name = local_device(session).label
    names = dict(session.execute(select(Place.code, Place.name).where(Place.code.in_(scope))).all())
    area = ", ".join(names.get(code, code) for code in scope)
    return f"{name} ({area})" if name and area not in name else name or area


def _refuse_unless_office(session: Session, village_code: str) -> tuple[str, ...]:
    scope = own_scope(session)
    if not _office_scope(scope):
        refuse_if(
            [
                issue(
                    "verdict",
                    "Only an office records a verdict on a stage: this laptop works for a "
                    "village, and the office reviews what the village sends.",
                )
            ]
        )
    if not places.covers(scope, village_code):
        refuse_if(
            [
                issue(
                    "verdict",
                    "This program's village ({village}) is outside this office's area.",
                    village=village_code,
                )
            ]
        )
    return scope


def record_verdict(
    session: Session,
    *,
    program_id: uuid.UUID,
    stage: Stage,
    verdict: ReviewVerdict,
    note: str | None = None,
) -> Changes:
    """The office's verdict on a stage of a program: accepted, or changes needed (with a note
    saying which). It notes the newest change of the stage it saw, so a later amendment shows."""
    program = guards.program_row(session, program_id)
    scope = _refuse_unless_office(session, program.village_code)
    stage, verdict = Stage(stage), ReviewVerdict(verdict)
    text = guards.optional_text(note, field="note", limit=NOTE_MAX) or ""
    found: list[Issue] = []
    if verdict is ReviewVerdict.NEEDS_CHANGES and not text:
        found.append(issue("note", "Say what needs to change, so the village knows what to fix."))
    if verdict is ReviewVerdict.NEEDS_CHANGES and program.closed_on is not None:
        found.append(
            issue(
                "verdict",
                "The program “{name}” was closed on {closed}; it can no longer be changed.",
                name=program.name,
                closed=program.closed_on,
            )
        )
    version = stage_versions(session, program.id, (stage,)).get(stage.number)
    if version is None:
        found.append(
            issue(
                "stage",
                "Nothing of the stage “{stage}” has reached this office yet: there is nothing "
                "to review.",
                stage=stage,
            )
        )
    refuse_if(found)
    review = StageReview(
        village_code=program.village_code,
        program_id=program.id,
        stage=stage.number,
        verdict=verdict,
        note=text,
        reviewed_at=utcnow(),
        reviewer=_office_words(session, scope),
        stage_version=version or 0,
    )
    session.add(review)
    session.flush()
    return guards.changed(program, {"stage_reviews"}, [review.id])


def withdraw_verdict(session: Session, *, review_id: uuid.UUID, withdrawn: bool = True) -> Changes:
    """Take a verdict back (undo), or bring it back: a tombstone, so the withdrawal travels too."""
    review = session.get(StageReview, review_id)
    if review is None:
        raise ValidationError([issue("verdict", "That verdict no longer exists.")])
    program = guards.program_row(session, review.program_id)
    _refuse_unless_office(session, program.village_code)
    review.deleted = withdrawn
    session.flush()
    return guards.changed(program, {"stage_reviews"})


def verdicts(
    session: Session, program_id: uuid.UUID, versions: dict[int, int] | None = None
) -> dict[int, VerdictView]:
    """Per stage number, the newest verdict on the stage, and whether the stage changed after
    it. Two queries, whatever the program's size (one, given every stage's ``versions``)."""
    reviews = session.scalars(
        select(StageReview)
        .where(StageReview.program_id == program_id, StageReview.deleted.is_(False))
        .order_by(StageReview.reviewed_at, StageReview.id)
    ).all()
    newest = {review.stage: review for review in reviews if review.stage in _BY_NUMBER}
    if not newest:
        return {}
    if versions is None:
        reviewed = tuple(_BY_NUMBER[n] for n in sorted(newest))
        versions = stage_versions(session, program_id, reviewed)
    return {
        number: VerdictView(
            id=review.id,
            stage=_BY_NUMBER[number],
            verdict=review.verdict,
            note=review.note,
            reviewer=review.reviewer,
            reviewed_at=review.reviewed_at,
            amended=versions.get(number, 0) > review.stage_version,
        )
        for number, review in sorted(newest.items())
    }


@dataclass(frozen=True)
class ReviewState:
    """What a program's overview shows of the office's reviews."""

    office: bool  # this database is an office's: it may record verdicts
    verdicts: dict[int, VerdictView]
    reported: tuple[Stage, ...]  # on an office, the stages holding records to review


def review_state(session: Session, program_id: uuid.UUID) -> ReviewState:
    """The verdicts on a program's stages, and on an office the stages it can review."""
    if not is_office(session):
        return ReviewState(False, verdicts(session, program_id), ())
    versions = stage_versions(session, program_id)
    reported = tuple(_BY_NUMBER[n] for n in sorted(versions))
    return ReviewState(True, verdicts(session, program_id, versions), reported)


def is_office(session: Session) -> bool:
    """Whether this database's device works for an office's area (not for villages)."""
    return _office_scope(own_scope(session))


def _office_scope(scope: tuple[str, ...]) -> bool:
    return bool(scope) and all(places.level_of(code) is not PlaceLevel.VILLAGE for code in scope)
