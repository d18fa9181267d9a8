"""The critical path on hand-made graphs: forward and backward passes in working days."""

from __future__ import annotations

import datetime as dt
import uuid

from schedule_plan import Plan
from sqlalchemy.orm import Session

from desktop.core import schedule, schedule_math
from desktop.core.calendar_id import WorkingCalendar
from desktop.core.domain import DependencyKind
from desktop.core.schedule_math import Link, Task

D = dt.date
CAL = WorkingCalendar()
FS, SS, FF = (
    DependencyKind.FINISH_TO_START,
    DependencyKind.START_TO_START,
    DependencyKind.FINISH_TO_FINISH,
)
MONDAY = D(2026, 7, 6)  # July 2026 has no public holiday


def tasks(**lengths: int) -> dict[str, Task]:
    """Tasks all planned from MONDAY, each ``n`` working days long (0: a milestone)."""
    out = {}
    for name, n in lengths.items():
        end = CAL.add_working_days(MONDAY, n - 1) if n else MONDAY
        out[name] = Task(uuid.uuid5(uuid.NAMESPACE_URL, name), MONDAY, end, n == 0, name)
    return out


def cpm(ts: dict[str, Task], *links: tuple[str, str, DependencyKind, int]):
    found = schedule_math.compute_critical_path(
        ts.values(), [Link(ts[a].id, ts[b].id, k, lag) for a, b, k, lag in links], CAL
    )
    names = {t.id: n for n, t in ts.items()}
    return found, {names[i] for i in found.critical}, {names[i]: s for i, s in found.slack.items()}


def test_two_branches_the_longer_is_critical() -> None:
    ts = tasks(A=3, B=2, C=4, D=1)
    found, critical, slack = cpm(
        ts, ("A", "B", FS, 0), ("A", "C", FS, 0), ("B", "D", FS, 0), ("C", "D", FS, 0)
    )
    assert critical == {"A", "C", "D"}
    assert slack == {"A": 0, "B": 2, "C": 0, "D": 0}
    # A Mon-Wed, C Thu-Tue, D Wed 15 July
    assert found.finish == D(2026, 7, 15)
    times = found.times[ts["B"].id]
    assert (times.early_start, times.early_finish) == (D(2026, 7, 9), D(2026, 7, 10))
    assert (times.late_start, times.late_finish) == (D(2026, 7, 13), D(2026, 7, 14))


def test_start_to_start_and_finish_to_finish_with_lags() -> None:
    ts = tasks(X=5, Y=3, Z=2)
    found, critical, slack = cpm(ts, ("X", "Y", SS, 2), ("X", "Z", FF, 1))
    # Y may start 2 days after X starts; Z must finish 1 day after X finishes
    assert found.times[ts["Y"].id].early_start == D(2026, 7, 8)
    assert found.times[ts["Z"].id].early_finish == D(2026, 7, 13)
    assert critical == {"X", "Z"}
    assert slack["Y"] == 1


def test_lag_and_milestones() -> None:
    ts = tasks(A=2, M=0, B=3, C=1)
    found, critical, slack = cpm(ts, ("A", "M", FS, 0), ("M", "B", FS, 2), ("A", "C", FS, 0))
    assert found.times[ts["M"].id].early_start == D(2026, 7, 8)
    assert found.times[ts["B"].id].early_start == D(2026, 7, 10)  # two days' lag after M
    assert critical == {"A", "M", "B"}
    assert slack["C"] == 4


def test_a_late_planned_start_holds_its_own_chain() -> None:
    ts = tasks(A=2, B=2)
    late = CAL.add_working_days(MONDAY, 10)
    ts["B"] = Task(ts["B"].id, late, CAL.add_working_days(late, 1), False, "B")
    _found, critical, slack = cpm(ts, ("A", "B", FS, 0))
    assert critical == {"B"}
    assert slack["A"] == 8


def test_holidays_are_not_slack() -> None:
    # A: Mon 16 - Tue 17 March 2026; B right after it starts Wed 25 (Nyepi, Idul Fitri between)
    a = Task(uuid.uuid4(), D(2026, 3, 16), D(2026, 3, 17), title="A")
    b = Task(uuid.uuid4(), D(2026, 3, 25), D(2026, 3, 26), title="B")
    c = Task(uuid.uuid4(), D(2026, 3, 16), D(2026, 3, 16), title="C")
    found = schedule_math.compute_critical_path([a, b, c], [Link(a.id, b.id)], CAL)
    assert found.critical == {a.id, b.id}
    assert found.slack[c.id] == 3  # 17, 25, 26 March: three working days


def test_a_loop_is_left_out_not_fatal() -> None:
    ts = tasks(A=1, B=1, C=1, D=2)
    found, critical, _slack = cpm(ts, ("A", "B", FS, 0), ("B", "A", FS, 0), ("C", "D", FS, 0))
    assert found.in_loop == {ts["A"].id, ts["B"].id}
    assert critical == {"C", "D"}


def test_critical_path_from_the_database(plan: Plan, session: Session) -> None:
    plan.activity("A", MONDAY, D(2026, 7, 8))
    plan.activity("B", D(2026, 7, 9), D(2026, 7, 9))
    plan.activity("C", D(2026, 7, 9), D(2026, 7, 14))
    plan.activity("Gone", MONDAY, D(2026, 12, 31), deleted=True)
    plan.link("A", "B")
    plan.link("A", "C")
    found = schedule.critical_path(session, program_id=plan.program.id, calendar=CAL)
    assert found.critical == {plan.ids["A"], plan.ids["C"]}
    assert found.slack[plan.ids["B"]] == 3
    assert found.finish == D(2026, 7, 14)


def test_empty_plan() -> None:
    found = schedule_math.compute_critical_path([], [], CAL)
    assert found.critical == frozenset() and found.finish is None
