"""Scheduling the action plan: moving and resizing activities, linking them, shifting
successors, the critical path and the slip against the baseline, all in Indonesian working days.

Durations are counted in working days (:mod:`desktop.core.calendar_id`); an activity keeps its
number of working days when it moves. Internally a date becomes the number of the first working
day on or after it, so every rule is integer arithmetic: an activity starts at ``S`` and
finishes before ``F = S + duration`` (half open; a milestone has ``F == S``).

Operations follow the house rule ``(session, *, ...) -> Changes``; they flush but never commit
(whoever runs the action owns the transaction). Rows are tombstoned, never erased, and deleted
rows are ignored. A closed program (``Program.closed_on`` set) is read-only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.core import errors as rules
from desktop.core.calendar_id import WorkingCalendar, default_calendar
from desktop.core.changes import Changes
from desktop.core.domain import DependencyKind
from desktop.core.models import Activity, Dependency, Program

MAX_LAG = 260  # working days, about a year either way


class ScheduleError(rules.ValidationError):
    """An edit of the schedule that cannot be made; the message says why, for the user.

    Like every refusal it carries one issue whose English template the window translates
    (the ``Issues`` context) with the values put back in."""

    def __init__(self, template: str, *, field: str = "schedule", **values: object) -> None:
        super().__init__([rules.issue(field, template, **values)])


class ProgramClosed(ScheduleError, rules.ProgramClosed):
    """The program was formally closed at termination, so its timeline is read-only."""


# --- plain values, usable without a database ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Task:
    """What scheduling needs of an activity."""

    id: uuid.UUID
    start: dt.date
    end: dt.date
    milestone: bool = False
    title: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    predecessor_id: uuid.UUID
    successor_id: uuid.UUID
    kind: DependencyKind = DependencyKind.FINISH_TO_START
    lag: int = 0  # working days; negative is a lead


@dataclass(frozen=True, slots=True)
class DateShift:
    """A proposed (or applied) change of one activity's planned dates."""

    activity_id: uuid.UUID
    title: str
    old_start: dt.date
    old_end: dt.date
    new_start: dt.date
    new_end: dt.date

    def reversed(self) -> DateShift:
        return DateShift(
            self.activity_id,
            self.title,
            self.new_start,
            self.new_end,
            self.old_start,
            self.old_end,
        )


@dataclass(frozen=True, slots=True)
class TaskTimes:
    """Early and late start/finish of one activity, as dates (finish = last day worked)."""

    early_start: dt.date
    early_finish: dt.date
    late_start: dt.date
    late_finish: dt.date
    slack: int  # working days the activity can slip without delaying the finish


@dataclass(frozen=True)
class CriticalPath:
    critical: frozenset[uuid.UUID]
    slack: Mapping[uuid.UUID, int]
    times: Mapping[uuid.UUID, TaskTimes]
    finish: dt.date | None  # the earliest the whole plan can finish
    in_loop: frozenset[uuid.UUID] = frozenset()  # left out: their links go round in a circle


@dataclass(frozen=True, slots=True)
class Variance:
    """How far the current plan has moved from the baseline (positive: later)."""

    activity_id: uuid.UUID
    start_days: int  # calendar days
    finish_days: int  # calendar days
    start_working_days: int
    finish_working_days: int


def working_duration(calendar: WorkingCalendar, start: dt.date, end: dt.date) -> int:
    """Working days an activity spans, both ends included; 0 for a milestone."""
    return calendar.working_days(start, end)


def _span(calendar: WorkingCalendar, task: Task) -> tuple[int, int]:
    """Start number and duration in working days."""
    duration = 0 if task.milestone else working_duration(calendar, task.start, task.end)
    return calendar.index(task.start), duration


def _dates(calendar: WorkingCalendar, start: int, duration: int) -> tuple[dt.date, dt.date]:
    first = calendar.day(start)
    return first, calendar.day(start + duration - 1) if duration > 0 else first


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
    return _dates(calendar, calendar.index(new_start), duration)


def _required_start(
    link: Link, pred: tuple[int, int], succ_duration: int
) -> int:  # the earliest start a link allows the successor
    start, duration = pred
    if link.kind is DependencyKind.START_TO_START:
        return start + link.lag
    if link.kind is DependencyKind.FINISH_TO_FINISH:
        return start + duration + link.lag - succ_duration
    return start + duration + link.lag


def _topological(
    ids: Iterable[uuid.UUID], links: Sequence[Link]
) -> tuple[list[uuid.UUID], set[uuid.UUID]]:
    """Kahn's order over the links between ``ids``, and the ids left over in loops."""
    known = set(ids)
    indegree: dict[uuid.UUID, int] = dict.fromkeys(known, 0)
    after: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for link in links:
        if link.predecessor_id in known and link.successor_id in known:
            indegree[link.successor_id] += 1
            after[link.predecessor_id].append(link.successor_id)
    ready = deque(sorted(i for i, n in indegree.items() if n == 0))
    order: list[uuid.UUID] = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for nxt in after.get(node, ()):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return order, known - set(order)


_SS, _FF = DependencyKind.START_TO_START, DependencyKind.FINISH_TO_FINISH


def compute_critical_path(
    tasks: Iterable[Task],
    links: Sequence[Link],
    calendar: WorkingCalendar,
    *,
    with_times: bool = True,
) -> CriticalPath:
    """CPM: a forward pass from each task's planned start (as 'start no earlier than') through
    the links, then a backward pass from the plan's finish. Slack is in working days; critical
    tasks have none. Tasks caught in a loop (which a merge of two devices' links can make) are
    left out rather than failing the whole plan. ``with_times=False`` skips turning every
    early/late number back into dates when only the critical set and slack are wanted."""
    task_list = list(tasks)
    count = len(task_list)
    # list positions instead of uuids: hashing uuids would dominate the passes
    position = {t.id: k for k, t in enumerate(task_list)}
    incoming: list[list[tuple[int, DependencyKind, int]]] = [[] for _ in range(count)]
    outgoing: list[list[tuple[int, DependencyKind, int]]] = [[] for _ in range(count)]
    indegree = [0] * count
    for link in links:
        p = position.get(link.predecessor_id)
        q = position.get(link.successor_id)
        if p is None or q is None:
            continue
        incoming[q].append((p, link.kind, link.lag))
        outgoing[p].append((q, link.kind, link.lag))
        indegree[q] += 1
    ready = deque(k for k in range(count) if indegree[k] == 0)
    order: list[int] = []
    while ready:
        k = ready.popleft()
        order.append(k)
        for q, _kind, _lag in outgoing[k]:
            indegree[q] -= 1
            if indegree[q] == 0:
                ready.append(q)
    looped = [k for k in range(count) if indegree[k] > 0]
    in_loop = frozenset(task_list[k].id for k in looped)
    if not order:
        return CriticalPath(frozenset(), {}, {}, None, in_loop)
    skip = set(looped)

    early = [0] * count
    duration = [0] * count
    index = calendar.index
    for k in order:
        task = task_list[k]
        d = 0 if task.milestone else calendar.working_days(task.start, task.end)
        duration[k] = d
        start = index(task.start)
        for p, kind, lag in incoming[k]:
            if p in skip:
                continue
            if kind is _SS:
                need = early[p] + lag
            elif kind is _FF:
                need = early[p] + duration[p] + lag - d
            else:
                need = early[p] + duration[p] + lag
            if need > start:
                start = need
        early[k] = start
    finish = max(early[k] + duration[k] for k in order)

    late_finish = [0] * count
    for k in reversed(order):
        bound = finish
        d = duration[k]
        for q, kind, lag in outgoing[k]:
            if q in skip:
                continue
            if kind is _SS:
                allowed = late_finish[q] - duration[q] - lag + d
            elif kind is _FF:
                allowed = late_finish[q] - lag
            else:
                allowed = late_finish[q] - duration[q] - lag
            if allowed < bound:
                bound = allowed
        late_finish[k] = bound

    slack: dict[uuid.UUID, int] = {}
    critical: list[uuid.UUID] = []
    times: dict[uuid.UUID, TaskTimes] = {}
    last = max(early[k] + max(duration[k] - 1, 0) for k in order)
    for k in order:
        task_id = task_list[k].id
        d = duration[k]
        late_start = late_finish[k] - d
        free = late_start - early[k]
        slack[task_id] = free
        if free <= 0:
            critical.append(task_id)
        if with_times:
            es, ef = _dates(calendar, early[k], d)
            ls, lf = _dates(calendar, late_start, d)
            times[task_id] = TaskTimes(es, ef, ls, lf, free)
    return CriticalPath(frozenset(critical), slack, times, calendar.day(last), in_loop)


def propose_shifts(
    tasks: Mapping[uuid.UUID, Task],
    links: Sequence[Link],
    moved: Mapping[uuid.UUID, tuple[dt.date, dt.date]],
    calendar: WorkingCalendar,
) -> list[DateShift]:
    """The successors that must move later once ``moved`` take their new dates, and where to.

    Each successor is pushed to the earliest start its links allow (over weekends, holidays and
    cuti bersama), keeping its working days; successors with room to spare stay put. The push
    runs on through their own successors, in dependency order."""
    current = dict(tasks)
    for task_id, (first, last) in moved.items():
        old = current[task_id]
        current[task_id] = Task(task_id, first, last, old.milestone, old.title)
    order, _loops = _topological(current, links)
    incoming: dict[uuid.UUID, list[Link]] = defaultdict(list)
    for link in links:
        if link.predecessor_id in current and link.successor_id in current:
            incoming[link.successor_id].append(link)
    spans = {i: _span(calendar, current[i]) for i in order}
    changed: set[uuid.UUID] = set(moved)
    shifts: list[DateShift] = []
    for node in order:
        if node in moved:
            continue
        preds = incoming.get(node, ())
        if not any(link.predecessor_id in changed for link in preds):
            continue
        start, duration = spans[node]
        required = max(
            _required_start(link, spans[link.predecessor_id], duration) for link in preds
        )
        if required <= start:
            continue
        task = current[node]
        if duration == 0 and not task.milestone:  # a day off activity: move by calendar days
            new_start = calendar.day(required)
            new_end = new_start + (task.end - task.start)
        else:
            new_start, new_end = _dates(calendar, required, duration)
        spans[node] = (required, duration)
        changed.add(node)
        shifts.append(DateShift(node, task.title, task.start, task.end, new_start, new_end))
    return shifts


def variance_of(
    calendar: WorkingCalendar,
    activity_id: uuid.UUID,
    planned: tuple[dt.date, dt.date],
    baseline: tuple[dt.date | None, dt.date | None],
) -> Variance | None:
    """The slip of the planned dates against the baseline, or None without a baseline."""
    base_start, base_end = baseline
    if base_start is None or base_end is None:
        return None
    return Variance(
        activity_id,
        (planned[0] - base_start).days,
        (planned[1] - base_end).days,
        calendar.working_days_signed(base_start, planned[0]),
        calendar.working_days_signed(base_end, planned[1]),
    )


def find_loop(
    links: Iterable[Link], predecessor_id: uuid.UUID, successor_id: uuid.UUID
) -> list[uuid.UUID] | None:
    """The chain successor -> ... -> predecessor that a new link would close, or None."""
    after: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for link in links:
        after[link.predecessor_id].append(link.successor_id)
    came_from: dict[uuid.UUID, uuid.UUID | None] = {successor_id: None}
    queue = deque([successor_id])
    while queue:
        node = queue.popleft()
        if node == predecessor_id:
            chain = [node]
            step = came_from[node]
            while step is not None:
                chain.append(step)
                step = came_from[step]
            return chain[::-1]
        for nxt in after.get(node, ()):
            if nxt not in came_from:
                came_from[nxt] = node
                queue.append(nxt)
    return None


# --- reading the database --------------------------------------------------------------------


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
    pred = aliased(Activity)
    succ = aliased(Activity)
    links = [
        Link(row.predecessor_id, row.successor_id, row.kind, row.lag_days)
        for row in session.execute(
            select(
                Dependency.predecessor_id,
                Dependency.successor_id,
                Dependency.kind,
                Dependency.lag_days,
            )
            .join(pred, pred.id == Dependency.predecessor_id)
            .join(succ, succ.id == Dependency.successor_id)
            .where(
                Dependency.deleted.is_(False),
                pred.program_id == program_id,
                pred.deleted.is_(False),
                succ.deleted.is_(False),
            )
            .order_by(Dependency.predecessor_id, Dependency.successor_id)
        )
    ]
    return tasks, links


def _activity(session: Session, activity_id: uuid.UUID) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted:
        raise ScheduleError("That activity no longer exists.")
    return activity


def _writable_program(session: Session, program_id: uuid.UUID) -> Program:
    program = session.get(Program, program_id)
    if program is None or program.deleted:
        raise ScheduleError("That program no longer exists.")
    if program.closed_on is not None:
        raise ProgramClosed(
            "The program “{name}” was closed on {day}; its timeline can no longer be changed.",
            name=program.name,
            day=program.closed_on,
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


# --- operations -----------------------------------------------------------------------------


def set_activity_dates(
    session: Session, *, activity_id: uuid.UUID, start: dt.date, end: dt.date
) -> Changes:
    """Put an activity on exactly these planned dates (what undo uses)."""
    activity = _writable(session, activity_id)
    if end < start:
        raise ScheduleError("“{title}” cannot end before it starts.", title=activity.title)
    if activity.is_milestone and end != start:
        raise ScheduleError(
            "“{title}” is a milestone: it has one date, not a length.", title=activity.title
        )
    activity.planned_start, activity.planned_end = start, end
    session.flush()
    return _changed("activities", activity)


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
        raise ScheduleError(
            "“{title}” is a milestone: it has one date, not a length.", title=activity.title
        )
    new_start = start if start is not None else activity.planned_start
    new_end = end if end is not None else activity.planned_end
    if new_end < new_start:
        raise ScheduleError("“{title}” cannot end before it starts.", title=activity.title)
    activity.planned_start, activity.planned_end = new_start, new_end
    session.flush()
    return _changed("activities", activity)


def link(
    session: Session,
    *,
    predecessor_id: uuid.UUID,
    successor_id: uuid.UUID,
    kind: DependencyKind = DependencyKind.FINISH_TO_START,
    lag_days: int = 0,
) -> Changes:
    """Make ``successor`` wait for ``predecessor``. A link to itself, across programs, or one
    that would close a loop is refused with a message naming the activities. A link removed
    earlier between the same two is brought back (its row keeps its identity for sync)."""
    pred = _writable(session, predecessor_id)
    succ = _activity(session, successor_id)
    if predecessor_id == successor_id:
        raise ScheduleError("“{title}” cannot depend on itself.", title=pred.title)
    if succ.program_id != pred.program_id:
        raise ScheduleError(
            "“{first}” and “{second}” belong to different programs and cannot be linked.",
            first=pred.title,
            second=succ.title,
        )
    check_lag(pred, succ, kind, lag_days)
    tasks, links = program_graph(session, pred.program_id)
    if any(lk.predecessor_id == predecessor_id and lk.successor_id == successor_id for lk in links):
        raise ScheduleError(
            "“{successor}” already follows “{predecessor}”.",
            successor=succ.title,
            predecessor=pred.title,
        )
    chain = find_loop(links, predecessor_id, successor_id)
    if chain is not None:
        names = " → ".join(f"“{tasks[i].title}”" for i in chain)
        raise ScheduleError(
            "“{successor}” cannot follow “{predecessor}”: that would make a loop, because "
            "{chain} already leads back to it.",
            successor=succ.title,
            predecessor=pred.title,
            chain=names,
        )
    existing = session.scalars(
        select(Dependency).where(
            Dependency.predecessor_id == predecessor_id,
            Dependency.successor_id == successor_id,
        )
    ).first()
    if existing is None:
        existing = Dependency(
            village_code=pred.village_code,
            predecessor_id=predecessor_id,
            successor_id=successor_id,
        )
        session.add(existing)
    existing.deleted = False
    existing.kind = kind
    existing.lag_days = lag_days
    session.flush()
    return _changed("dependencies", pred, created=(existing.id,))


def unlink(session: Session, *, dependency_id: uuid.UUID) -> Changes:
    """Remove a link (a tombstone, so the removal travels to other devices)."""
    dependency = session.get(Dependency, dependency_id)
    if dependency is None or dependency.deleted:
        raise ScheduleError("That link no longer exists.")
    pred = _writable(session, dependency.predecessor_id)
    dependency.deleted = True
    session.flush()
    return _changed("dependencies", pred)


def check_lag(
    pred: Activity,
    succ: Activity,
    kind: DependencyKind,
    lag_days: int,
    calendar: WorkingCalendar | None = None,
) -> None:
    """Refuse a lag no plan could mean: more than a year either way, or a lead (negative
    lag) that would let the successor begin before its predecessor has begun."""
    if abs(lag_days) > MAX_LAG:
        raise ScheduleError(
            "A lag of {days} working days is too long: at most {most} days either way.",
            field="lag_days",
            days=lag_days,
            most=MAX_LAG,
        )
    if lag_days >= 0:
        return
    if kind is DependencyKind.START_TO_START:
        raise ScheduleError(
            "“{successor}” cannot start before “{predecessor}” starts: a start-to-start "
            "link takes no lead.",
            field="lag_days",
            successor=succ.title,
            predecessor=pred.title,
        )
    calendar = calendar or default_calendar()
    length = (
        0 if pred.is_milestone else working_duration(calendar, pred.planned_start, pred.planned_end)
    )
    if -lag_days > length:
        raise ScheduleError(
            "A lead of {days} working days is longer than “{predecessor}” itself "
            "({length} working days).",
            field="lag_days",
            days=-lag_days,
            predecessor=pred.title,
            length=length,
        )


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
        raise ScheduleError("That link no longer exists.")
    pred = _writable(session, dependency.predecessor_id)
    succ = _activity(session, dependency.successor_id)
    check_lag(pred, succ, kind, lag_days)
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
