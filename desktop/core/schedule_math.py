"""Scheduling arithmetic on plain values, without a database: working-day spans, the critical
path, the successors a move pushes later, loops of links and the slip against the baseline.

Durations are counted in working days (:mod:`desktop.core.calendar_id`); an activity keeps its
number of working days when it moves. Internally a date becomes the number of the first working
day on or after it, so every rule is integer arithmetic: an activity starts at ``S`` and
finishes before ``F = S + duration`` (half open; a milestone has ``F == S``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop.core.calendar_id import WorkingCalendar
from desktop.core.domain import DependencyKind


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
    """What scheduling needs of a dependency: the successor waits for the predecessor."""

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
    """The critical activities, every activity's slack and times, and the plan's finish."""

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


def span_dates(calendar: WorkingCalendar, start: int, duration: int) -> tuple[dt.date, dt.date]:
    """The first and last dates of ``duration`` working days from working day number ``start``."""
    first = calendar.day(start)
    return first, calendar.day(start + duration - 1) if duration > 0 else first


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
            es, ef = span_dates(calendar, early[k], d)
            ls, lf = span_dates(calendar, late_start, d)
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
            new_start, new_end = span_dates(calendar, required, duration)
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


def looped(ids: Iterable[uuid.UUID], links: Sequence[Link]) -> set[uuid.UUID]:
    """The activities caught in a loop of links, or waiting behind one (what no order can
    place): two devices may each add a link that is fine alone and a loop together."""
    return _topological(ids, links)[1]
