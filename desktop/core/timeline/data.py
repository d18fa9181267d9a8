"""The timeline as plain values: programs, their seven stage groups, activities and milestones,
and the links between activities. Loaded with a handful of set-based queries (no ORM object per
row), so a district's ten thousand activities load in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from desktop.core.calendar_id import WorkingCalendar, default_calendar
from desktop.core.domain import DependencyKind, Stage, StageStatus
from desktop.core.gc_pause import collector_paused
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    Meeting,
    Program,
    StageState,
)
from desktop.core.schedule import live_links
from desktop.core.schedule_math import Link, Task, compute_critical_path


class ItemKind(StrEnum):
    ACTIVITY = "activity"
    MILESTONE = "milestone"  # an activity marked as a milestone
    MEETING = "meeting"  # a meeting, on the day it was held
    AGREEMENT = "agreement"  # the signed berita acara
    CLOSING = "closing"  # the program's formal closing date
    PLANNED_END = "planned_end"  # the program's planned end, while it is open


EDITABLE_KINDS = frozenset({ItemKind.ACTIVITY, ItemKind.MILESTONE})

# program-level milestones get stable ids derived from the program's own
_PROGRAM_MILESTONE_NS = uuid.UUID("0197a3c2-5c1e-7d1a-9f00-6265726461ff")


def program_milestone_id(program_id: uuid.UUID, kind: ItemKind) -> uuid.UUID:
    return uuid.uuid5(_PROGRAM_MILESTONE_NS, f"{program_id}/{kind.value}")


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One bar or diamond on the timeline."""

    id: uuid.UUID
    kind: ItemKind
    program_id: uuid.UUID
    stage: Stage
    title: str
    start: dt.date  # planned; a milestone's day
    end: dt.date  # planned, inclusive
    progress: int = 0  # percent
    baseline_start: dt.date | None = None
    baseline_end: dt.date | None = None
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    critical: bool = False
    slack: int | None = None  # working days
    position: int = 0
    detail: str | None = None  # a meeting's place, an agreement's number

    @property
    def is_milestone(self) -> bool:
        return self.kind is not ItemKind.ACTIVITY

    @property
    def editable(self) -> bool:
        return self.kind in EDITABLE_KINDS


@dataclass(frozen=True, slots=True)
class DependencyItem:
    id: uuid.UUID
    predecessor_id: uuid.UUID
    successor_id: uuid.UUID
    kind: DependencyKind
    lag_days: int


@dataclass(frozen=True, slots=True)
class StageGroup:
    program_id: uuid.UUID
    stage: Stage
    status: StageStatus
    started_on: dt.date | None
    completed_on: dt.date | None
    items: tuple[TimelineItem, ...]

    @property
    def start(self) -> dt.date | None:
        return min((i.start for i in self.items), default=None)

    @property
    def end(self) -> dt.date | None:
        return max((i.end for i in self.items), default=None)

    @property
    def progress(self) -> int:
        """Progress of the activities, weighted by their length in days."""
        total = done = 0
        for item in self.items:
            if item.kind is ItemKind.ACTIVITY:
                days = (item.end - item.start).days + 1
                total += days
                done += days * item.progress
        if total == 0:
            return 100 if self.status is StageStatus.DONE else 0
        return round(done / total)


@dataclass(frozen=True, slots=True)
class ProgramTimeline:
    id: uuid.UUID
    name: str
    village_code: str
    start_date: dt.date
    end_date: dt.date | None
    closed_on: dt.date | None
    stages: tuple[StageGroup, ...]
    dependencies: tuple[DependencyItem, ...]
    finish: dt.date | None = None  # the earliest the plan can finish (critical path)
    village_name: str = ""  # from the database's copy of the official places

    @property
    def read_only(self) -> bool:
        return self.closed_on is not None

    def items(self) -> Iterator[TimelineItem]:
        for group in self.stages:
            yield from group.items

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        starts = [self.start_date]
        ends = [self.end_date or self.start_date, self.closed_on or self.start_date]
        for item in self.items():
            starts.append(item.start)
            ends.append(item.end)
            if item.baseline_start is not None and item.baseline_end is not None:
                starts.append(item.baseline_start)
                ends.append(item.baseline_end)
            if item.actual_start is not None:
                starts.append(item.actual_start)
                ends.append(item.actual_end or item.actual_start)
        return min(starts), max(ends)


@dataclass(frozen=True)
class Timeline:
    programs: tuple[ProgramTimeline, ...]
    _items: dict[uuid.UUID, TimelineItem] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for program in self.programs:
            for item in program.items():
                self._items[item.id] = item

    def item(self, item_id: uuid.UUID) -> TimelineItem | None:
        return self._items.get(item_id)

    def program(self, program_id: uuid.UUID) -> ProgramTimeline | None:
        return next((p for p in self.programs if p.id == program_id), None)

    @property
    def dependencies(self) -> tuple[DependencyItem, ...]:
        return tuple(d for p in self.programs for d in p.dependencies)

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        if not self.programs:
            return None
        spans = [p.span for p in self.programs]
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True)
class TimelineFilter:
    """What a district view narrows the timeline to. None means no narrowing."""

    place_prefix: str | None = None  # a district (or regency) code: "32.01.01"
    stages: frozenset[Stage] | None = None
    statuses: frozenset[StageStatus] | None = None  # of the stage
    include_closed: bool = True


def _programs_query(program_ids: Sequence[uuid.UUID] | None, narrow: TimelineFilter) -> Select[Any]:
    query = select(Program.id).where(Program.deleted.is_(False))
    if program_ids is not None:
        query = query.where(Program.id.in_(list(program_ids)))
    if narrow.place_prefix:
        prefix = narrow.place_prefix.rstrip(".")
        query = query.where(
            or_(Program.village_code == prefix, Program.village_code.like(f"{prefix}.%"))
        )
    if not narrow.include_closed:
        query = query.where(Program.closed_on.is_(None))
    return query


def load_timeline(
    session: Session,
    *,
    program_ids: Iterable[uuid.UUID] | None = None,
    narrow: TimelineFilter | None = None,
    calendar: WorkingCalendar | None = None,
    with_critical_path: bool = True,
    progress: Callable[[int], None] | None = None,
) -> Timeline:
    """One or many programs' timelines (all programs when ``program_ids`` is None).

    ``progress`` hears the percent done between the queries (a job passes its report, and may
    raise there to stop)."""
    # tens of thousands of small objects are made at once; the cyclic collector would run over
    # all of them again and again (none of them form cycles), doubling the load time
    with collector_paused():
        return _load(
            session, program_ids, narrow, calendar, with_critical_path, progress or _silent
        )


def _silent(_percent: int) -> None:
    pass


def _load(
    session: Session,
    program_ids: Iterable[uuid.UUID] | None,
    narrow: TimelineFilter | None,
    calendar: WorkingCalendar | None,
    with_critical_path: bool,
    progress: Callable[[int], None],
) -> Timeline:
    narrow = narrow or TimelineFilter()
    calendar = calendar or default_calendar()
    wanted = _programs_query(
        None if program_ids is None else list(program_ids), narrow
    ).scalar_subquery()

    programs = session.execute(
        select(
            Program.id,
            Program.name,
            Program.village_code,
            Program.start_date,
            Program.end_date,
            Program.closed_on,
        )
        .where(Program.id.in_(wanted))
        .order_by(Program.village_code, Program.start_date, Program.name)
    ).all()
    if not programs:
        return Timeline(())
    progress(10)

    states: dict[tuple[uuid.UUID, Stage], tuple[StageStatus, dt.date | None, dt.date | None]] = {}
    for row in session.execute(
        select(
            StageState.program_id,
            StageState.stage,
            StageState.status,
            StageState.started_on,
            StageState.completed_on,
        ).where(StageState.program_id.in_(wanted), StageState.deleted.is_(False))
    ):
        states[(row[0], row[1])] = (row[2], row[3], row[4])

    items: dict[tuple[uuid.UUID, Stage], list[TimelineItem]] = defaultdict(list)
    tasks: dict[uuid.UUID, list[Task]] = defaultdict(list)
    rows = session.execute(
        select(
            Activity.id,
            Activity.program_id,
            Activity.stage,
            Activity.title,
            Activity.planned_start,
            Activity.planned_end,
            Activity.progress,
            Activity.baseline_start,
            Activity.baseline_end,
            Activity.actual_start,
            Activity.actual_end,
            Activity.is_milestone,
            Activity.position,
        ).where(Activity.program_id.in_(wanted), Activity.deleted.is_(False))
    ).all()

    progress(40)
    links: dict[uuid.UUID, list[DependencyItem]] = defaultdict(list)
    for d in session.execute(live_links(wanted)):
        links[d[5]].append(DependencyItem(d[0], d[1], d[2], d[3], d[4]))

    progress(55)
    for r in rows:
        tasks[r[1]].append(Task(r[0], r[4], r[5], r[11], r[3]))
    critical: set[uuid.UUID] = set()
    slack: dict[uuid.UUID, int] = {}
    finish: dict[uuid.UUID, dt.date | None] = {}
    if with_critical_path:
        for program_id, program_tasks in tasks.items():
            found = compute_critical_path(
                program_tasks,
                [
                    Link(d.predecessor_id, d.successor_id, d.kind, d.lag_days)
                    for d in links.get(program_id, ())
                ],
                calendar,
                with_times=False,
            )
            critical.update(found.critical)
            slack.update(found.slack)
            finish[program_id] = found.finish

    progress(75)
    activity_kind = (ItemKind.ACTIVITY, ItemKind.MILESTONE)
    for r in rows:
        items[(r[1], r[2])].append(
            TimelineItem(
                id=r[0],
                kind=activity_kind[bool(r[11])],
                program_id=r[1],
                stage=r[2],
                title=r[3],
                start=r[4],
                end=r[5],
                progress=r[6],
                baseline_start=r[7],
                baseline_end=r[8],
                actual_start=r[9],
                actual_end=r[10],
                critical=r[0] in critical,
                slack=slack.get(r[0]),
                position=r[12],
            )
        )
    for list_ in items.values():
        list_.sort(key=lambda i: (i.position, i.start, i.title))

    events: dict[tuple[uuid.UUID, Stage], list[TimelineItem]] = defaultdict(list)
    for m in session.execute(
        select(
            Meeting.id,
            Meeting.program_id,
            Meeting.stage,
            Meeting.title,
            Meeting.held_on,
            Meeting.location,
        ).where(Meeting.program_id.in_(wanted), Meeting.deleted.is_(False))
    ):
        events[(m[1], m[2])].append(
            TimelineItem(m[0], ItemKind.MEETING, m[1], m[2], m[3], m[4], m[4], 100, detail=m[5])
        )
    for a in session.execute(
        select(
            Agreement.id,
            ActionPlan.program_id,
            ActionPlan.title,
            Agreement.signed_on,
            Agreement.number,
        )
        .join(ActionPlan, ActionPlan.id == Agreement.action_plan_id)
        .where(
            ActionPlan.program_id.in_(wanted),
            ActionPlan.deleted.is_(False),
            Agreement.deleted.is_(False),
        )
    ):
        key = (a[1], Stage.FORMALISATION)
        events[key].append(
            TimelineItem(a[0], ItemKind.AGREEMENT, a[1], key[1], a[2], a[3], a[3], 100, detail=a[4])
        )

    progress(90)
    from desktop.core.models import Place

    village_names: dict[str, str] = dict(
        session.execute(
            select(Place.code, Place.name).where(Place.code.in_({p[2] for p in programs}))
        ).all()
    )
    out: list[ProgramTimeline] = []
    for p in programs:
        program_id = p[0]
        if p[5] is not None:
            key = (program_id, Stage.TERMINATION)
            closing = program_milestone_id(program_id, ItemKind.CLOSING)
            events[key].append(
                TimelineItem(closing, ItemKind.CLOSING, program_id, key[1], p[1], p[5], p[5], 100)
            )
        elif p[4] is not None:
            key = (program_id, Stage.TERMINATION)
            end = program_milestone_id(program_id, ItemKind.PLANNED_END)
            events[key].append(
                TimelineItem(end, ItemKind.PLANNED_END, program_id, key[1], p[1], p[4], p[4])
            )
        groups = []
        for stage in Stage:
            state = states.get((program_id, stage), (StageStatus.NOT_STARTED, None, None))
            if narrow.stages is not None and stage not in narrow.stages:
                continue
            if narrow.statuses is not None and state[0] not in narrow.statuses:
                continue
            extra = sorted(events.get((program_id, stage), ()), key=lambda i: (i.start, i.title))
            groups.append(
                StageGroup(
                    program_id,
                    stage,
                    state[0],
                    state[1],
                    state[2],
                    (*items.get((program_id, stage), ()), *extra),
                )
            )
        narrowed = narrow.stages is not None or narrow.statuses is not None
        if not groups or (narrowed and not any(g.items for g in groups)):
            continue  # the filter left nothing of this program
        deps = tuple(links.get(program_id, ()))
        if narrowed:
            kept = {i.id for g in groups for i in g.items}
            deps = tuple(d for d in deps if d.predecessor_id in kept and d.successor_id in kept)
        out.append(
            ProgramTimeline(
                program_id,
                p[1],
                p[2],
                p[3],
                p[4],
                p[5],
                tuple(groups),
                deps,
                finish.get(program_id),
                village_names.get(p[2], ""),
            )
        )
    return Timeline(tuple(out))


@dataclass(frozen=True, slots=True)
class PlaceChoice:
    """A regency or district that has programs, for the district view's filter."""

    code: str
    name: str
    level: int  # 2 regency (kabupaten), 3 district (kecamatan)
    programs: int


def place_choices(session: Session) -> list[PlaceChoice]:
    """The regencies and districts (kecamatan) that hold live programs, with their official
    names: from the database's own copy of places, else from the official list, else the code."""
    from desktop.core import places
    from desktop.core.models import Place

    counts: dict[str, int] = defaultdict(int)
    for (code,) in session.execute(select(Program.village_code).where(Program.deleted.is_(False))):
        parts = code.split(".")
        for depth in (2, 3):
            if len(parts) >= depth:
                counts[".".join(parts[:depth])] += 1
    if not counts:
        return []
    names = dict(
        session.execute(select(Place.code, Place.name).where(Place.code.in_(list(counts)))).all()
    )
    out = []
    for code, number in counts.items():
        name = names.get(code)
        if name is None:
            try:
                name = places.place(code).name
            except (places.UnknownPlace, LookupError):
                name = code
        out.append(PlaceChoice(code, name, code.count(".") + 1, number))
    out.sort(key=lambda c: (c.name.casefold(), c.code))
    return out
