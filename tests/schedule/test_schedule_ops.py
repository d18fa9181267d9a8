"""Schedule operations on a real database: move, resize, link, shift successors, read-only."""

from __future__ import annotations

import datetime as dt

import pytest
from schedule_plan import Plan
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import schedule
from desktop.core.calendar_id import WorkingCalendar
from desktop.core.domain import DependencyKind
from desktop.core.models import Dependency

D = dt.date
CAL = WorkingCalendar()


def test_move_keeps_working_days_across_weekend_and_holidays(plan: Plan, session: Session) -> None:
    a = plan.activity("Pelatihan", D(2026, 3, 9), D(2026, 3, 13))  # Mon-Fri: 5 working days
    changes = schedule.move_activity(session, activity_id=a, start=D(2026, 3, 12), calendar=CAL)
    # Thu 12, Fri 13, Mon 16, Tue 17, then Nyepi and Idul Fitri: Wed 25
    assert plan.dates("Pelatihan") == (D(2026, 3, 12), D(2026, 3, 25))
    assert changes.touches("activities")
    assert plan.program.id in changes.program_ids
    # a drop on a Saturday starts on the next working day
    schedule.move_activity(session, activity_id=a, start=D(2026, 3, 7), calendar=CAL)
    assert plan.dates("Pelatihan") == (D(2026, 3, 9), D(2026, 3, 13))


def test_milestone_moves_to_the_exact_day_and_cannot_be_resized(
    plan: Plan, session: Session
) -> None:
    m = plan.activity("Serah terima", D(2026, 3, 9), D(2026, 3, 9), milestone=True)
    schedule.move_activity(session, activity_id=m, start=D(2026, 3, 14), calendar=CAL)
    assert plan.dates("Serah terima") == (D(2026, 3, 14), D(2026, 3, 14))
    with pytest.raises(schedule.ScheduleError, match="milestone"):
        schedule.resize_activity(session, activity_id=m, end=D(2026, 3, 20))


def test_resize_either_end_and_refuse_end_before_start(plan: Plan, session: Session) -> None:
    a = plan.activity("Pembibitan", D(2026, 3, 9), D(2026, 3, 13))
    schedule.resize_activity(session, activity_id=a, end=D(2026, 3, 16))
    schedule.resize_activity(session, activity_id=a, start=D(2026, 3, 10))
    assert plan.dates("Pembibitan") == (D(2026, 3, 10), D(2026, 3, 16))
    with pytest.raises(schedule.ScheduleError, match="cannot end before it starts"):
        schedule.resize_activity(session, activity_id=a, end=D(2026, 3, 1))


def test_link_refuses_self_and_loops_naming_the_activities(plan: Plan, session: Session) -> None:
    for name in ("Survei", "Musyawarah", "Pembangunan"):
        plan.activity(name, D(2026, 4, 6), D(2026, 4, 8))
    ids = plan.ids
    schedule.link(session, predecessor_id=ids["Survei"], successor_id=ids["Musyawarah"])
    schedule.link(session, predecessor_id=ids["Musyawarah"], successor_id=ids["Pembangunan"])
    with pytest.raises(schedule.ScheduleError) as refused:
        schedule.link(session, predecessor_id=ids["Pembangunan"], successor_id=ids["Survei"])
    message = str(refused.value)
    assert "loop" in message
    for name in ("Survei", "Musyawarah", "Pembangunan"):
        assert f"“{name}”" in message
    with pytest.raises(schedule.ScheduleError, match="itself"):
        schedule.link(session, predecessor_id=ids["Survei"], successor_id=ids["Survei"])
    with pytest.raises(schedule.ScheduleError, match="already follows"):
        schedule.link(session, predecessor_id=ids["Survei"], successor_id=ids["Musyawarah"])
    live = session.scalars(select(Dependency).where(Dependency.deleted.is_(False))).all()
    assert len(live) == 2


def test_unlink_tombstones_and_relinking_revives_the_same_row(plan: Plan, session: Session) -> None:
    a = plan.activity("A", D(2026, 4, 6), D(2026, 4, 8))
    b = plan.activity("B", D(2026, 4, 9), D(2026, 4, 10))
    made = schedule.link(session, predecessor_id=a, successor_id=b, lag_days=2)
    (dep_id,) = made.created
    schedule.unlink(session, dependency_id=dep_id)
    row = session.get(Dependency, dep_id)
    assert row is not None and row.deleted
    assert schedule.find_dependency(session, predecessor_id=a, successor_id=b) is None
    again = schedule.link(
        session, predecessor_id=a, successor_id=b, kind=DependencyKind.FINISH_TO_FINISH
    )
    assert again.created == (dep_id,)
    assert not row.deleted and row.kind is DependencyKind.FINISH_TO_FINISH and row.lag_days == 0
    # a deleted link no longer counts towards a loop
    schedule.unlink(session, dependency_id=dep_id)
    schedule.link(session, predecessor_id=b, successor_id=a)


def test_shift_successors_over_idul_fitri_2026(plan: Plan, session: Session) -> None:
    plan.activity("Pelatihan", D(2026, 3, 9), D(2026, 3, 13))  # 5 working days
    plan.activity("Pembibitan", D(2026, 3, 16), D(2026, 3, 17))  # 2
    plan.activity("Penanaman", D(2026, 3, 25), D(2026, 3, 27))  # 3
    plan.activity("Pemupukan", D(2026, 4, 1), D(2026, 4, 2))  # room to spare
    plan.activity("Laporan", D(2026, 3, 26), D(2026, 3, 31))  # 4 working days, FF
    plan.activity("Lain", D(2026, 3, 2), D(2026, 3, 3))  # not linked
    plan.link("Pelatihan", "Pembibitan")
    plan.link("Pembibitan", "Penanaman", lag=1)
    plan.link("Penanaman", "Pemupukan", DependencyKind.START_TO_START, lag=2)
    plan.link("Penanaman", "Laporan", DependencyKind.FINISH_TO_FINISH)
    a = plan.ids["Pelatihan"]

    schedule.move_activity(session, activity_id=a, start=D(2026, 3, 11), calendar=CAL)
    assert plan.dates("Pelatihan") == (D(2026, 3, 11), D(2026, 3, 17))
    shifts = schedule.propose_successor_shifts(session, activity_id=a, calendar=CAL)
    proposed = {s.title: (s.new_start, s.new_end) for s in shifts}
    assert proposed == {
        # the next working day after Tue 17 March is Wed 25 March (Nyepi, Idul Fitri, cuti)
        "Pembibitan": (D(2026, 3, 25), D(2026, 3, 26)),
        # one working day of lag skips Fri 27, so Mon 30 March, three working days
        "Penanaman": (D(2026, 3, 30), D(2026, 4, 1)),
        # must finish no earlier than Penanaman: four working days ending Wed 1 April
        "Laporan": (D(2026, 3, 27), D(2026, 4, 1)),
    }
    # proposing reads only
    assert plan.dates("Pembibitan") == (D(2026, 3, 16), D(2026, 3, 17))

    schedule.shift_successors(session, shifts=shifts)
    assert plan.dates("Penanaman") == (D(2026, 3, 30), D(2026, 4, 1))
    schedule.shift_successors(session, shifts=[s.reversed() for s in shifts])
    assert plan.dates("Penanaman") == (D(2026, 3, 25), D(2026, 3, 27))


def test_proposal_for_dates_not_yet_saved(plan: Plan, session: Session) -> None:
    a = plan.activity("A", D(2026, 7, 6), D(2026, 7, 10))
    plan.activity("B", D(2026, 7, 13), D(2026, 7, 14))
    plan.link("A", "B", lag=-1)  # a lead: B may start on A's last day
    shifts = schedule.propose_successor_shifts(
        session, activity_id=a, start=D(2026, 7, 8), end=D(2026, 7, 14), calendar=CAL
    )
    assert [(s.title, s.new_start, s.new_end) for s in shifts] == [
        ("B", D(2026, 7, 14), D(2026, 7, 15))
    ]


def test_closed_program_is_read_only(plan: Plan, session: Session) -> None:
    a = plan.activity("A", D(2026, 7, 6), D(2026, 7, 10))
    b = plan.activity("B", D(2026, 7, 13), D(2026, 7, 14))
    plan.program.closed_on = D(2026, 8, 1)
    session.flush()
    for attempt in (
        lambda: schedule.move_activity(session, activity_id=a, start=D(2026, 7, 7)),
        lambda: schedule.resize_activity(session, activity_id=a, end=D(2026, 7, 17)),
        lambda: schedule.link(session, predecessor_id=a, successor_id=b),
        lambda: schedule.set_baseline(session, program_id=plan.program.id),
    ):
        with pytest.raises(schedule.ProgramClosed, match=r"Kebun gizi.*closed on 01-08-2026"):
            attempt()
    assert plan.dates("A") == (D(2026, 7, 6), D(2026, 7, 10))


def test_deleted_rows_are_ignored(plan: Plan, session: Session) -> None:
    a = plan.activity("A", D(2026, 7, 6), D(2026, 7, 10))
    plan.activity("B", D(2026, 7, 13), D(2026, 7, 14))
    c = plan.activity("C", D(2026, 7, 13), D(2026, 7, 14), deleted=True)
    plan.link("A", "B")
    plan.link("A", "C")
    tasks, links = schedule.program_graph(session, plan.program.id)
    assert set(tasks) == {a, plan.ids["B"]}
    assert len(links) == 1
    with pytest.raises(schedule.ScheduleError, match="no longer exists"):
        schedule.move_activity(session, activity_id=c, start=D(2026, 7, 20))


def test_baseline_and_variance(plan: Plan, session: Session) -> None:
    a = plan.activity("Pelatihan", D(2026, 3, 9), D(2026, 3, 13))
    plan.activity("Tanpa baseline", D(2026, 3, 9), D(2026, 3, 13))
    schedule.set_baseline(session, program_id=plan.program.id)
    b = plan.activity("Baru", D(2026, 3, 9), D(2026, 3, 13))
    schedule.move_activity(session, activity_id=a, start=D(2026, 3, 11), calendar=CAL)
    found = schedule.variances(session, program_id=plan.program.id, calendar=CAL)
    assert b not in found
    v = found[a]
    assert (v.start_days, v.finish_days) == (2, 4)
    assert (v.start_working_days, v.finish_working_days) == (2, 2)
    assert found[plan.ids["Tanpa baseline"]].finish_days == 0
