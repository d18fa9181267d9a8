"""Stage 5, implementation: progress logged per activity (date, percent, actual cost,
attendance, problems met), contributions of money, labour and materials, and evidence."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import ContributionKind, FundingSource, PartyKind, Stage
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import Activity, Contribution, Program, ProgressLog
from desktop.core.stages import guards
from desktop.core.stages.base import Flow, Step, Upstream
from desktop.core.stages.formalisation_reads import activities_of
from desktop.core.stages.guards import Party

DONE = 100


@dataclass(frozen=True)
class ContributionInput:
    """Money, labour days or materials given, valued in whole Rupiah."""

    source: FundingSource
    kind: ContributionKind
    value: int
    quantity: float = 1.0  # labour days, sacks, metres
    unit: str | None = None
    contributor_person_id: uuid.UUID | None = None
    contributor_group_id: uuid.UUID | None = None
    contributor_name: str | None = None
    description: str | None = None
    given_on: dt.date | None = None  # None: the day of the progress log


def logs_of(session: Session, activity_id: uuid.UUID) -> list[ProgressLog]:
    return guards.live_rows(
        session,
        ProgressLog,
        ProgressLog.activity_id == activity_id,
        ProgressLog.logged_on,
        ProgressLog.created_at,
        ProgressLog.id,
    )


def _check_contribution(
    session: Session,
    issues: list[Issue],
    program: Program,
    item: ContributionInput,
    given_on: dt.date,
    *,
    field: str | None = None,
) -> None:
    """A contribution as given with a progress log or on its own, or as corrected. Each issue
    names its input (``value``, ``quantity``, ``given_on``, ``contributor``), or all of them
    ``field`` when the contributions are one input of a larger form."""
    guards.rupiah(issues, field or "value", item.value, "value of a contribution")
    guards.positive_number(issues, field or "quantity", item.quantity, "quantity")
    guards.date_in_program(issues, field or "given_on", program, given_on, "contribution date")
    guards.person(session, issues, field or "contributor", item.contributor_person_id)
    guards.group(session, issues, field or "contributor", item.contributor_group_id)


def _unit(kind: ContributionKind, unit: str | None) -> str | None:
    """Labour is counted in days unless another unit is given."""
    measure = guards.optional_text(unit)
    if measure is None and kind is ContributionKind.LABOUR:
        return "days"
    return measure


def _contribution_row(
    program: Program,
    activity: Activity,
    item: ContributionInput,
    given_on: dt.date,
    log_id: uuid.UUID | None,
) -> Contribution:
    kind = ContributionKind(item.kind)
    return Contribution(
        id=new_id(),
        village_code=program.village_code,
        activity_id=activity.id,
        progress_log_id=log_id,
        source=FundingSource(item.source),
        kind=kind,
        contributor_person_id=item.contributor_person_id,
        contributor_group_id=item.contributor_group_id,
        contributor_name=guards.optional_text(item.contributor_name),
        given_on=given_on,
        quantity=item.quantity,
        unit=_unit(kind, item.unit),
        value=item.value,
        description=guards.optional_text(item.description),
    )


def log_progress(
    session: Session,
    *,
    activity_id: uuid.UUID,
    logged_on: dt.date,
    progress: int,
    party: Party,
    actual_cost: int = 0,
    women_present: int = 0,
    men_present: int = 0,
    problems_met: str | None = None,
    notes: str | None = None,
    contributions: Sequence[ContributionInput] = (),
) -> Changes:
    """A visit's report on an activity; ``party`` is who carried the work that day.

    Progress never goes back in time: it cannot be below an earlier log's nor above a later
    one's. The activity takes the latest log's progress; it started on the first log above 0%
    and ended on the first log at 100%."""
    activity = guards.live(session, Activity, activity_id, "activity", "activity")
    program = guards.writable_program(session, activity.program_id)
    issues: list[Issue] = []
    guards.percent(issues, "progress", progress)
    guards.rupiah(issues, "actual_cost", actual_cost, "actual cost")
    guards.count(issues, "women_present", women_present, "women present")
    guards.count(issues, "men_present", men_present, "men present")
    guards.date_in_program(issues, "logged_on", program, logged_on, "log date")
    if logged_on < activity.planned_start:
        issues.append(
            issue(
                "logged_on",
                "The log date ({day}) is before “{title}” starts ({start}).",
                day=logged_on,
                title=activity.title,
                start=activity.planned_start,
            )
        )
    party.check(session, issues)
    present_ok = all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0
        for n in (women_present, men_present)
    )
    if party.kind is PartyKind.COMMUNITY_GROUP and party.group_id is not None and present_ok:
        size = guards.group_size(session, party.group_id, logged_on)
        present = women_present + men_present
        if size and present > size:
            issues.append(
                issue(
                    "attendance",
                    "Attendance ({present}) is larger than the group ({size} members).",
                    present=present,
                    size=size,
                )
            )
    earlier = logs_of(session, activity.id)
    if isinstance(progress, int) and not isinstance(progress, bool):
        before = [log for log in earlier if log.logged_on <= logged_on]
        after = [log for log in earlier if log.logged_on > logged_on]
        high = max(before, key=lambda log: log.progress, default=None)
        low = min(after, key=lambda log: log.progress, default=None)
        if high is not None and progress < high.progress:
            issues.append(
                issue(
                    "progress",
                    "Progress cannot go back: “{title}” was already at {was}% on {day}.",
                    title=activity.title,
                    was=high.progress,
                    day=high.logged_on,
                )
            )
        elif low is not None and progress > low.progress:
            issues.append(
                issue(
                    "progress",
                    "“{title}” was only at {was}% later, on {day}.",
                    title=activity.title,
                    was=low.progress,
                    day=low.logged_on,
                )
            )
    for item in contributions:
        given_on = item.given_on or logged_on
        _check_contribution(session, issues, program, item, given_on, field="contributions")
    refuse_if(issues)
    log = ProgressLog(
        id=new_id(),
        village_code=program.village_code,
        activity_id=activity.id,
        logged_on=logged_on,
        progress=progress,
        actual_cost=actual_cost,
        women_present=women_present,
        men_present=men_present,
        problems_met=guards.optional_text(problems_met),
        notes=guards.optional_text(notes),
    )
    party.apply(log)
    session.add(log)
    created = [log.id]
    for item in contributions:
        row = _contribution_row(program, activity, item, item.given_on or logged_on, log.id)
        session.add(row)
        created.append(row.id)
    _follow_logs(activity, [*earlier, log])
    session.flush()
    return guards.changed(program, {"progress_logs", "activities", "contributions"}, created)


def follow_activity(session: Session, activity_id: uuid.UUID) -> set[str]:
    """After a log is removed or brought back: the activity's progress and actual dates follow
    its live logs again (none left: back to 0% and not started). Returns the tables touched."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        return set()
    session.flush()
    _follow_logs(activity, logs_of(session, activity.id))
    return {"activities"}


def _follow_logs(activity: Activity, logs: Sequence[ProgressLog]) -> None:
    ordered = sorted(logs, key=lambda log: log.logged_on)  # stable: entry order within a day
    activity.progress = ordered[-1].progress if ordered else 0
    started = [log.logged_on for log in ordered if log.progress > 0]
    finished = [log.logged_on for log in ordered if log.progress >= DONE]
    activity.actual_start = started[0] if started else None
    activity.actual_end = finished[0] if finished else None


def add_contribution(
    session: Session,
    *,
    activity_id: uuid.UUID,
    source: FundingSource,
    kind: ContributionKind,
    value: int,
    given_on: dt.date,
    quantity: float = 1.0,
    unit: str | None = None,
    contributor_person_id: uuid.UUID | None = None,
    contributor_group_id: uuid.UUID | None = None,
    contributor_name: str | None = None,
    description: str | None = None,
    progress_log_id: uuid.UUID | None = None,
) -> Changes:
    """Money, labour days or materials given to an activity, valued in whole Rupiah."""
    activity = guards.live(session, Activity, activity_id, "activity", "activity")
    program = guards.writable_program(session, activity.program_id)
    item = ContributionInput(
        source=source,
        kind=kind,
        value=value,
        quantity=quantity,
        unit=unit,
        contributor_person_id=contributor_person_id,
        contributor_group_id=contributor_group_id,
        contributor_name=contributor_name,
        description=description,
    )
    issues: list[Issue] = []
    _check_contribution(session, issues, program, item, given_on, field="contributions")
    if progress_log_id is not None:
        log = session.get(ProgressLog, progress_log_id)
        if log is None or log.deleted or log.activity_id != activity.id:
            issues.append(issue("progress_log", "That progress log is not one of this activity's."))
    refuse_if(issues)
    row = _contribution_row(program, activity, item, given_on, progress_log_id)
    return guards.insert(session, program, row, "contributions")


def update_contribution(
    session: Session,
    *,
    contribution_id: uuid.UUID,
    source: FundingSource,
    kind: ContributionKind,
    value: int,
    given_on: dt.date,
    quantity: float = 1.0,
    unit: str | None = None,
    contributor_person_id: uuid.UUID | None = None,
    contributor_group_id: uuid.UUID | None = None,
    contributor_name: str | None = None,
    description: str | None = None,
    activity_id: uuid.UUID | None = None,
) -> Changes:
    """Correct a contribution, checked as when it was recorded; each refusal names its input
    (``value``, ``quantity``, ``given_on``, ``contributor``, ``activity``)."""
    row = guards.live(session, Contribution, contribution_id, "contributions", "contribution")
    owner = guards.live(session, Activity, row.activity_id, "activity", "activity")
    program = guards.writable_program(session, owner.program_id)
    item = ContributionInput(
        source=source,
        kind=kind,
        value=value,
        quantity=quantity,
        contributor_person_id=contributor_person_id,
        contributor_group_id=contributor_group_id,
    )
    issues: list[Issue] = []
    _check_contribution(session, issues, program, item, given_on)
    if activity_id is not None and activity_id != row.activity_id:
        guards.of_program(
            session,
            issues,
            "activity",
            Activity,
            activity_id,
            program,
            "That activity no longer exists.",
        )
    refuse_if(issues)
    kind = ContributionKind(kind)
    guards.assign(
        row,
        activity_id=activity_id or row.activity_id,
        source=FundingSource(source),
        kind=kind,
        value=value,
        quantity=quantity,
        unit=_unit(kind, unit),
        contributor_person_id=contributor_person_id,
        contributor_group_id=contributor_group_id,
        contributor_name=guards.optional_text(contributor_name),
        description=guards.optional_text(description),
        given_on=given_on,
    )
    session.flush()
    return guards.changed(program, {"contributions"})


# --- rules ---------------------------------------------------------------------------------


def _progress_logged(session: Session, program: Program) -> list[Issue]:
    activities = activities_of(session, program.id, planned_only=True)
    if not activities:
        return [issue("progress", "The action plan has no activities yet: formalise it first.")]
    ids = [a.id for a in activities]
    logged = session.scalar(
        select(ProgressLog.id).where(
            ProgressLog.activity_id.in_(ids), ProgressLog.deleted.is_(False)
        )
    )
    if logged is None:
        return [issue("progress", "Log the progress of at least one activity.")]
    return []


def _contributed(session: Session, program: Program) -> list[Issue]:
    ids = [a.id for a in activities_of(session, program.id)]
    found = (
        session.scalar(
            select(Contribution.id).where(
                Contribution.activity_id.in_(ids), Contribution.deleted.is_(False)
            )
        )
        if ids
        else None
    )
    if found is None:
        return [
            issue(
                "contributions",
                "Record what was contributed: money, labour days or materials.",
            )
        ]
    return []


def _all_finished(session: Session, program: Program) -> list[Issue]:
    return [
        issue(
            "progress",
            "“{title}” is at {progress}%: log its progress up to 100%.",
            title=a.title,
            progress=a.progress,
        )
        for a in activities_of(session, program.id, planned_only=True)
        if a.progress < DONE
    ]


def _planned_activities(session: Session, program: Program) -> list[Upstream]:
    return [
        Upstream("activities", a.id, a.title, f"{a.progress}%")
        for a in activities_of(session, program.id, planned_only=True)
    ]


FLOW = Flow(
    stage=Stage.IMPLEMENTATION,
    steps=(
        Step(
            "progress",
            "Progress of the activities",
            ("progress_logs", "activities"),
            (_progress_logged,),
        ),
        Step("contributions", "Contributions", ("contributions",), (_contributed,)),
        Step("evidence", "Photos and documents", ("attachments",), optional=True),
        Step("review", "Review", ("stage_states",), optional=True),
    ),
    builds_on=(Stage.FORMALISATION,),
    feed=_planned_activities,
    done_rules=(_all_finished,),
    summary="Progress logged, contributions recorded, and every activity of the action plan "
    "at 100%.",
)
