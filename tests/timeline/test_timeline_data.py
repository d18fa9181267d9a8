"""The headless timeline: stage groups, milestones, critical flags, filters, and its speed."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker
from timeline_fixtures import VILLAGE, SmallProgram, build_small

from desktop.core.db import make_engine
from desktop.core.domain import Stage, StageStatus
from desktop.core.models import Base
from desktop.core.timeline import ItemKind, TimelineFilter, load_timeline
from desktop.core.timeline.synthetic import build_program


def test_one_program_has_seven_stage_groups_with_items(
    sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    with sessions() as s:
        timeline = load_timeline(s, program_ids=[small.id])
    (program,) = timeline.programs
    assert [g.stage for g in program.stages] == list(Stage)
    by_stage = {g.stage: g for g in program.stages}
    assert [i.kind for i in by_stage[Stage.ASSESSMENT].items] == [
        ItemKind.ACTIVITY,
        ItemKind.MEETING,
    ]
    formal = by_stage[Stage.FORMALISATION].items
    assert [i.kind for i in formal] == [ItemKind.ACTIVITY, ItemKind.AGREEMENT]
    assert formal[1].detail == "07/BA/2026"
    implementation = [i.id for i in by_stage[Stage.IMPLEMENTATION].items]
    assert implementation == [small.ids["embung"], small.ids["kebun"], small.ids["serah"]]
    assert timeline.item(small.ids["serah"]).kind is ItemKind.MILESTONE
    # termination: the planned end of the open program
    (end,) = by_stage[Stage.TERMINATION].items
    assert end.kind is ItemKind.PLANNED_END and end.start.isoformat() == "2026-09-30"
    assert by_stage[Stage.PREPARATION].items == ()
    assert by_stage[Stage.ASSESSMENT].status is StageStatus.DONE
    # deleted rows are nowhere
    assert timeline.item(small.ids["hapus"]) is None
    assert len(program.dependencies) == 6
    assert not program.read_only


def test_critical_flags_and_planned_actual_baseline(
    sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    with sessions() as s:
        timeline = load_timeline(s, program_ids=[small.id])
    critical = {i.title for i in timeline.programs[0].items() if i.critical}
    assert critical == {
        "Survei lokasi",
        "Penyusunan rencana aksi",
        timeline.item(small.ids["embung"]).title,
        "Serah terima embung",
        "Evaluasi partisipatif",
    }
    kebun = timeline.item(small.ids["kebun"])
    assert kebun is not None and not kebun.critical and kebun.slack and kebun.slack > 0
    survei = timeline.item(small.ids["survei"])
    assert survei is not None
    assert (survei.actual_start, survei.actual_end) == (survei.start, survei.end.replace(day=16))
    assert survei.baseline_start == survei.start
    assert timeline.programs[0].finish is not None


def test_closed_program_has_a_closing_milestone_and_is_read_only(
    sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    with sessions() as s:
        timeline = load_timeline(s, program_ids=[small.closed_id])
    (program,) = timeline.programs
    assert program.read_only
    termination = program.stages[-1]
    assert [i.kind for i in termination.items] == [ItemKind.CLOSING]


def test_filters_for_the_district_view(
    sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    with sessions() as s:
        everything = load_timeline(s)
        district = load_timeline(s, narrow=TimelineFilter(place_prefix=VILLAGE[:8]))
        regency = load_timeline(s, narrow=TimelineFilter(place_prefix="53.10."))
        open_only = load_timeline(s, narrow=TimelineFilter(include_closed=False))
        implementation = load_timeline(
            s, narrow=TimelineFilter(stages=frozenset({Stage.IMPLEMENTATION}))
        )
        in_progress = load_timeline(
            s,
            program_ids=[small.id],
            narrow=TimelineFilter(statuses=frozenset({StageStatus.IN_PROGRESS})),
        )
        nowhere = load_timeline(s, narrow=TimelineFilter(place_prefix="11"))
    assert {p.id for p in everything.programs} == {small.id, small.closed_id, small.other_id}
    assert {p.id for p in district.programs} == {small.id, small.closed_id}
    assert {p.id for p in regency.programs} == {small.id, small.closed_id}
    assert {p.id for p in open_only.programs} == {small.id, small.other_id}
    # the other program has nothing in implementation, so it drops out
    assert {p.id for p in implementation.programs} == {small.id, small.closed_id}
    assert all(
        [g.stage for g in p.stages] == [Stage.IMPLEMENTATION] for p in implementation.programs
    )
    (program,) = in_progress.programs
    assert [g.stage for g in program.stages] == [Stage.IMPLEMENTATION]
    # only links whose both ends are still shown
    assert {(d.predecessor_id, d.successor_id) for d in program.dependencies} == {
        (small.ids["embung"], small.ids["kebun"]),
        (small.ids["embung"], small.ids["serah"]),
    }
    assert nowhere.programs == ()
    assert nowhere.span is None


def test_ten_thousand_activities_load_well_under_a_second(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/big.sqlite")
    Base.metadata.create_all(engine)
    sessions = sessionmaker(engine)
    with sessions() as s, s.begin():
        program_id = build_program(s, activities=10_000, dependencies=5_000)
    best = float("inf")
    for _ in range(2):
        with sessions() as s:
            started = time.perf_counter()
            timeline = load_timeline(s, program_ids=[program_id])
            best = min(best, time.perf_counter() - started)
    engine.dispose()
    assert (
        sum(
            1
            for i in timeline.programs[0].items()
            if i.kind in (ItemKind.ACTIVITY, ItemKind.MILESTONE)
        )
        == 10_000
    )
    assert len(timeline.dependencies) == 5_000
    assert best < 0.8, f"loading took {best:.2f} s"


def test_the_same_on_sqlite_and_postgresql(db_url: str) -> None:
    """Set-based loading and the operations use nothing one database lacks."""
    from desktop.core import schedule
    from desktop.core.database import open_database

    database = open_database(db_url)
    try:
        with database.session() as s, s.begin():
            small = build_small(s)
        with database.session() as s, s.begin():
            schedule.move_activity(s, activity_id=small.ids["survei"], start=dt.date(2026, 2, 10))
            made = schedule.link(
                s, predecessor_id=small.ids["kebun"], successor_id=small.ids["serah"]
            )
            schedule.unlink(s, dependency_id=made.created[0])
        with database.session() as s:
            timeline = load_timeline(
                s, narrow=TimelineFilter(place_prefix=VILLAGE[:8], include_closed=False)
            )
    finally:
        database.dispose()
    (program,) = timeline.programs
    survei = timeline.item(small.ids["survei"])
    assert (survei.start, survei.end) == (dt.date(2026, 2, 10), dt.date(2026, 2, 18))
    assert len(program.dependencies) == 6
    assert survei.critical
