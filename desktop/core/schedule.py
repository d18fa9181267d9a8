"""Scheduling the action plan in the database: moving and resizing activities, the one rule for
links (whichever screen makes them: the formalisation wizard or the timeline), shifting
successors, the baseline and the critical path, all in Indonesian working days.

The arithmetic on plain values lives in :mod:`desktop.core.schedule_math`. Operations follow the
house rule ``(session, *, ...) -> Changes``; they flush but never commit (whoever runs the action
owns the transaction). Rows are tombstoned, never erased, and deleted rows are ignored. A closed
program (``Program.closed_on`` set) is read-only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict, deque
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import ScalarSelect, Select, func, select
from sqlalchemy.orm import Session, aliased

from desktop.core import errors as rules
from desktop.core.calendar_id import WorkingCalendar, default_calendar
from desktop.core.changes import Changes
from desktop.core.domain import DependencyKind
from desktop.core.models import Activity, Dependency, Program, ProgressLog
from desktop.core.schedule_math import (
    CriticalPath,
    DateShift,
    Link,
    Task,
    Variance,
    compute_critical_path,
    find_loop,
    propose_shifts,
    span_dates,
    variance_of,
    working_duration,
)

MAX_LAG = 260  # working days, about a year either way


class ScheduleError(rules.ValidationError):
    """An edit of the schedule that cannot be made; its issues say why, for the user (the
    window translates each English template in the ``Issues`` context)."""


class ProgramClosed(ScheduleError, rules.ProgramClosed):
    """The program was formally closed at termination, so its timeline is read-only."""


def _refused(template: str, *, field: str = "schedule", **values: object) -> ScheduleError:
    return ScheduleError([rules.issue(field, template, **values)])


# --- reading the database --------------------------------------------------------------------


def live_links(
    programs: Collection[uuid.UUID] | ScalarSelect[Any],
) -> Select[uuid.UUID, uuid.UUID, uuid.UUID, DependencyKind, int, uuid.UUID]:
    """The query of the live links between live activities of these programs (ids, or a query
    of ids): the link's id, predecessor, successor, kind, lag and program."""
    pred = aliased(Activity)
    succ = aliased(Activity)
    return (
        select(
            Dependency.id,
            Dependency.predecessor_id,
            Dependency.successor_id,
            Dependency.kind,
            Dependency.lag_days,
            pred.program_id,
        )
        .join(pred, pred.id == Dependency.predecessor_id)
        .join(succ, succ.id == Dependency.successor_id)
        .where(
            Dependency.deleted.is_(False),
            pred.program_id.in_(programs),
            pred.deleted.is_(False),
            succ.deleted.is_(False),
        )
        .order_by(Dependency.predecessor_id, Dependency.successor_id)
    )


def program_graph(
    session: Session, program_id: uuid.UUID
) -> tuple[dict[uuid.UUID, Task], list[Link]]:
    """The live activities of a program and the live links between them: two queries."""
    tasks = {
        row.id: Task(row.id, row.planned_start, row.planned_end, row.is_milestone, row.title)
        for row in session.execute(
            select(
                Activity.id,
                Activity.planned_start,
                Activity.planned_end,
                Activity.is_milestone,
                Activity.title,
            ).where(Activity.program_id == program_id, Activity.deleted.is_(False))
        )
    }
    links = [
        Link(row.predecessor_id, row.successor_id, row.kind, row.lag_days)
        for row in session.execute(live_links([program_id]))
    ]
    return tasks, links


def successor_dates(
    session: Session, activity_id: uuid.UUID
) -> dict[uuid.UUID, tuple[dt.date, dt.date]]:
    """The planned dates of everything that follows an activity, directly or down the chain
    (what an edit of its dates may push later, and what undo puts back)."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        return {}
    tasks, links = program_graph(session, activity.program_id)
    after: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for link in links:
        after[link.predecessor_id].append(link.successor_id)
    found: dict[uuid.UUID, tuple[dt.date, dt.date]] = {}
    queue = deque(after.get(activity_id, ()))
    while queue:
        node = queue.popleft()
        if node in found or node == activity_id:
            continue
        found[node] = (tasks[node].start, tasks[node].end)
        queue.extend(after.get(node, ()))
    return found


def _activity(session: Session, activity_id: uuid.UUID) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted:
        raise _refused("That activity no longer exists.")
    return activity


def _writable_program(session: Session, program_id: uuid.UUID) -> Program:
    program = session.get(Program, program_id)
    if program is None or program.deleted:
        raise _refused("That program no longer exists.")
    if program.closed_on is not None:
        raise ProgramClosed(
            [
                rules.issue(
                    "schedule",
                    "The program “{name}” was closed on {day}; its timeline can no longer be "
                    "changed.",
                    name=program.name,
                    day=program.closed_on,
                )
            ]
        )
    return program


def _writable(session: Session, activity_id: uuid.UUID) -> Activity:
    activity = _activity(session, activity_id)
    _writable_program(session, activity.program_id)
    return activity


def _changed(table: str, *rows: Activity, created: tuple[uuid.UUID, ...] = ()) -> Changes:
    return Changes(
        tables=frozenset({table}),
        program_ids=frozenset(r.program_id for r in rows),
        village_codes=frozenset(r.village_code for r in rows),
        created=created,
    )


def _task(activity: Activity) -> Task:
    return Task(
        activity.id,
        activity.planned_start,
        activity.planned_end,
        activity.is_milestone,
        activity.title,
    )


def moved_dates(
    calendar: WorkingCalendar, task: Task, new_start: dt.date
) -> tuple[dt.date, dt.date]:
    """Where a task lands when its start is dragged to ``new_start``, keeping its working days.

    A milestone keeps the exact day. A task with no working day in it (a Sunday gotong royong)
    keeps its length in calendar days instead."""
    if task.milestone:
        return new_start, new_start
    duration = working_duration(calendar, task.start, task.end)
    if duration == 0:
        return new_start, new_start + (task.end - task.start)
    return span_dates(calendar, calendar.index(new_start), duration)


# --- moving activities ----------------------------------------------------------------------


def _put_dates(activity: Activity, start: dt.date, end: dt.date, session: Session) -> Changes:
    if end < start:
        raise _refused("“{title}” cannot end before it starts.", title=activity.title)
    if activity.is_milestone and end != start:
        raise _refused(
            "“{title}” is a milestone: it has one date, not a length.", title=activity.title
        )
    activity.planned_start, activity.planned_end = start, end
    session.flush()
    return _changed("activities", activity)


def set_activity_dates(
    session: Session, *, activity_id: uuid.UUID, start: dt.date, end: dt.date
) -> Changes:
    """Put an activity on exactly these planned dates (what undo uses)."""
    return _put_dates(_writable(session, activity_id), start, end, session)


def move_activity(
    session: Session,
    *,
    activity_id: uuid.UUID,
    start: dt.date,
    calendar: WorkingCalendar | None = None,
) -> Changes:
    """Move an activity so it starts on ``start`` (or the next working day), keeping its
    length in working days. Successors are not touched: see :func:`propose_successor_shifts`."""
    calendar = calendar or default_calendar()
    activity = _writable(session, activity_id)
    new_start, new_end = moved_dates(calendar, _task(activity), start)
    activity.planned_start, activity.planned_end = new_start, new_end
    session.flush()
    return _changed("activities", activity)


def progress_contradiction(
    session: Session, *, activity_id: uuid.UUID, start: dt.date
) -> rules.Issue | None:
    """What a planned start on ``start`` would contradict: work on the activity recorded (a
    progress log, or its actual start) before that day. None when nothing was recorded
    before it; a start moved earlier never contradicts the record. The screens ask before
    making such a move: the plan may be right and the log wrong, but not without a word."""
    activity = _activity(session, activity_id)
    logged = session.scalar(
        select(func.min(ProgressLog.logged_on)).where(
            ProgressLog.activity_id == activity_id,
            ProgressLog.deleted.is_(False),
            ProgressLog.progress > 0,
        )
    )
    recorded = [day for day in (logged, activity.actual_start) if day is not None]
    if not recorded or start <= min(recorded):
        return None
    return rules.issue(
        "schedule",
        "Work on “{title}” was already recorded on {day}: a start on {start} would put the "
        "plan after the work.",
        title=activity.title,
        day=min(recorded),
        start=start,
    )


def resize_activity(
    session: Session,
    *,
    activity_id: uuid.UUID,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Changes:
    """Change one or both ends of an activity (its length changes, the other end stays)."""
    activity = _writable(session, activity_id)
    if activity.is_milestone:
        raise _refused(
            "“{title}” is a milestone: it has one date, not a length.", title=activity.title
        )
    new_start = start if start is not None else activity.planned_start
    new_end = end if end is not None else activity.planned_end
    return _put_dates(activity, new_start, new_end, session)


# --- links: the one rule, for the wizard and the timeline alike ------------------------------


def _lag_form(lag_days: object) -> list[rules.Issue]:
    if isinstance(lag_days, int) and not isinstance(lag_days, bool):
        return []
    return [rules.issue("lag_days", "The lag must be a whole number of working days.")]


def lag_issues(
    pred: Activity,
    succ: Activity,
    kind: DependencyKind,
    lag_days: object,
    calendar: WorkingCalendar | None = None,
) -> list[rules.Issue]:
    """What is wrong with a link's lag: not a whole number of working days, more than a year
    either way, or a lead (negative lag) that would let the successor begin before its
    predecessor has begun."""
    if not isinstance(lag_days, int) or isinstance(lag_days, bool):
        return _lag_form(lag_days)
    if abs(lag_days) > MAX_LAG:
        return [
            rules.issue(
                "lag_days",
                "A lag of {days} working days is too long: at most {most} days either way.",
                days=lag_days,
                most=MAX_LAG,
            )
        ]
    if lag_days >= 0:
        return []
    if kind is DependencyKind.START_TO_START:
        return [
            rules.issue(
                "lag_days",
                "“{successor}” cannot start before “{predecessor}” starts: a start-to-start "
                "link takes no lead.",
                successor=succ.title,
                predecessor=pred.title,
            )
        ]
    calendar = calendar or default_calendar()
    length = (
        0 if pred.is_milestone else working_duration(calendar, pred.planned_start, pred.planned_end)
    )
    if -lag_days > length:
        return [
            rules.issue(
                "lag_days",
                "A lead of {days} working days is longer than “{predecessor}” itself "
                "({length} working days).",
                days=-lag_days,
                predecessor=pred.title,
                length=length,
            )
        ]
    return []


def check_link(
    session: Session, *, pred: Activity, succ: Activity, kind: DependencyKind, lag_days: object
) -> None:
    """Refuse a new link that no plan could mean: of an activity to itself, across programs,
    with an impossible lag, twice, or closing a loop (the refusal names the activities).
    Between two activities that cannot be linked at all, only the lag's form is checked."""
    if pred.id == succ.id or succ.program_id != pred.program_id:
        issues = _lag_form(lag_days)
        issues.append(
            rules.issue("successor", "“{title}” cannot depend on itself.", title=pred.title)
            if pred.id == succ.id
            else rules.issue(
                "successor",
                "“{a}” and “{b}” belong to different programs and cannot be linked.",
                a=pred.title,
                b=succ.title,
            )
        )
        raise ScheduleError(issues)
    issues = lag_issues(pred, succ, kind, lag_days)
    tasks, links = program_graph(session, pred.program_id)
    chain = find_loop(links, pred.id, succ.id)
    if any(lk.predecessor_id == pred.id and lk.successor_id == succ.id for lk in links):
        issues.append(
            rules.issue(
                "successor",
                "“{b}” already follows “{a}”.",
                a=pred.title,
                b=succ.title,
            )
        )
    elif chain is not None:
        issues.append(
            rules.issue(
                "successor",
                "“{b}” cannot follow “{a}”: that would make a loop, because {path} "
                "already leads back to it.",
                a=pred.title,
                b=succ.title,
                path=" → ".join(f"“{tasks[i].title}”" for i in chain),
            )
        )
    if issues:
        raise ScheduleError(issues)


def save_link(
    session: Session, *, pred: Activity, succ: Activity, kind: DependencyKind, lag_days: int
) -> tuple[Dependency, bool]:
    """Make ``succ`` wait for ``pred`` once :func:`check_link` allows it; the row and whether
    it is new. A link removed earlier between the same two comes back as itself (one row per
    pair keeps its identity for sync)."""
    check_link(session, pred=pred, succ=succ, kind=kind, lag_days=lag_days)
    row = session.scalars(
        select(Dependency).where(
            Dependency.predecessor_id == pred.id, Dependency.successor_id == succ.id
        )
    ).first()
    new = row is None
    if row is None:
        row = Dependency(
            village_code=pred.village_code, predecessor_id=pred.id, successor_id=succ.id
        )
        session.add(row)
    row.deleted = False
    row.kind = kind
    row.lag_days = lag_days
    session.flush()
    return row, new


def link(
    session: Session,
    *,
    predecessor_id: uuid.UUID,
    successor_id: uuid.UUID,
    kind: DependencyKind = DependencyKind.FINISH_TO_START,
    lag_days: int = 0,
) -> Changes:
    """Make ``successor`` wait for ``predecessor``, by :func:`save_link`'s rule. ``created``
    names the link even when an earlier one was brought back, so undo can remove it."""
    pred = _writable(session, predecessor_id)
    succ = _activity(session, successor_id)
    row, _new = save_link(session, pred=pred, succ=succ, kind=kind, lag_days=lag_days)
    return _changed("dependencies", pred, created=(row.id,))


def unlink(session: Session, *, dependency_id: uuid.UUID) -> Changes:
    """Remove a link (a tombstone, so the removal travels to other devices)."""
    dependency = session.get(Dependency, dependency_id)
    if dependency is None or dependency.deleted:
        raise _refused("That link no longer exists.")
    pred = _writable(session, dependency.predecessor_id)
    dependency.deleted = True
    session.flush()
    return _changed("dependencies", pred)


def set_link(
    session: Session,
    *,
    dependency_id: uuid.UUID,
    kind: DependencyKind,
    lag_days: int,
) -> Changes:
    """Change a link's kind and lag (in working days; negative is a lead)."""
    dependency = session.get(Dependency, dependency_id)
    if dependency is None or dependency.deleted:
        raise _refused("That link no longer exists.")
    pred = _writable(session, dependency.predecessor_id)
    succ = _activity(session, dependency.successor_id)
    issues = lag_issues(pred, succ, kind, lag_days)
    if issues:
        raise ScheduleError(issues)
    dependency.kind = kind
    dependency.lag_days = lag_days
    session.flush()
    return _changed("dependencies", pred)


def find_dependency(
    session: Session, *, predecessor_id: uuid.UUID, successor_id: uuid.UUID
) -> uuid.UUID | None:
    """The live link between two activities, if any."""
    return session.scalar(
        select(Dependency.id).where(
            Dependency.predecessor_id == predecessor_id,
            Dependency.successor_id == successor_id,
            Dependency.deleted.is_(False),
        )
    )


# --- successors, baseline, critical path ----------------------------------------------------


def propose_successor_shifts(
    session: Session,
    *,
    activity_id: uuid.UUID,
    start: dt.date | None = None,
    end: dt.date | None = None,
    calendar: WorkingCalendar | None = None,
) -> list[DateShift]:
    """The successors to push later, if the activity has (or is about to have) these dates.

    Reads only: the UI offers the list, then applies it with :func:`shift_successors`."""
    calendar = calendar or default_calendar()
    activity = _activity(session, activity_id)
    tasks, links = program_graph(session, activity.program_id)
    new = (
        start if start is not None else activity.planned_start,
        end if end is not None else activity.planned_end,
    )
    return propose_shifts(tasks, links, {activity_id: new}, calendar)


def shift_successors(session: Session, *, shifts: Sequence[DateShift]) -> Changes:
    """Apply proposed shifts (or their reverse, to undo them)."""
    changes = Changes()
    for shift in shifts:
        changes = changes | set_activity_dates(
            session, activity_id=shift.activity_id, start=shift.new_start, end=shift.new_end
        )
    return changes


def set_baseline(session: Session, *, program_id: uuid.UUID, only_missing: bool = False) -> Changes:
    """Keep the current planned dates as the baseline the plan is later compared with."""
    program = _writable_program(session, program_id)
    rows = session.scalars(
        select(Activity).where(Activity.program_id == program_id, Activity.deleted.is_(False))
    ).all()
    for activity in rows:
        if only_missing and activity.baseline_start is not None:
            continue
        activity.baseline_start = activity.planned_start
        activity.baseline_end = activity.planned_end
    session.flush()
    return Changes(
        tables=frozenset({"activities"}),
        program_ids=frozenset({program_id}),
        village_codes=frozenset({program.village_code}),
    )


def critical_path(
    session: Session, *, program_id: uuid.UUID, calendar: WorkingCalendar | None = None
) -> CriticalPath:
    tasks, links = program_graph(session, program_id)
    return compute_critical_path(tasks.values(), links, calendar or default_calendar())


def variances(
    session: Session, *, program_id: uuid.UUID, calendar: WorkingCalendar | None = None
) -> dict[uuid.UUID, Variance]:
    """Baseline against current plan for each activity that has a baseline."""
    calendar = calendar or default_calendar()
    out: dict[uuid.UUID, Variance] = {}
    for row in session.execute(
        select(
            Activity.id,
            Activity.planned_start,
            Activity.planned_end,
            Activity.baseline_start,
            Activity.baseline_end,
        ).where(Activity.program_id == program_id, Activity.deleted.is_(False))
    ):
        found = variance_of(
            calendar,
            row.id,
            (row.planned_start, row.planned_end),
            (row.baseline_start, row.baseline_end),
        )
        if found is not None:
            out[row.id] = found
    return out
