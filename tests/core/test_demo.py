"""The demo data: deterministic, in real villages, every stage reached with its records, and
the principles visible (women take part, the community pays a share, the facilitator fades)."""

from __future__ import annotations

import datetime as dt
import graphlib
import io
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import demo, places, programs
from desktop.core.database import open_database
from desktop.core.db import Database
from desktop.core.demo import story
from desktop.core.domain import (
    ContributionKind,
    FundingSource,
    PartyKind,
    PlaceLevel,
    ResourceKind,
    Sex,
    Stage,
    StageStatus,
)
from desktop.core.dump import dump
from desktop.core.models import (
    Activity,
    Attendance,
    BudgetLine,
    Dependency,
    DeviceScope,
    GroupMembership,
    Meeting,
    Person,
    Problem,
    Program,
    Resource,
    StageState,
)
from desktop.core.models.base import Base, synced_tables
from desktop.core.stages import flow_for

VILLAGES = 8  # enough for every stage to be some program's current stage
SEED = 7


def _fill(path: Path, *, villages: int = VILLAGES, seed: int = SEED) -> tuple[Database, str]:
    db = open_database(path)
    summary = demo.generate(db, villages=villages, seed=seed)
    return db, summary


def _dump(db: Database) -> str:
    out = io.StringIO()
    with db.session() as session:
        dump(session, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, str]]:
    db, summary = _fill(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    yield db, summary
    db.dispose()


@pytest.fixture
def session(filled: tuple[Database, str]) -> Iterator[Session]:
    with filled[0].session() as s:
        yield s


def test_the_same_seed_gives_byte_identical_dumps(
    filled: tuple[Database, str], tmp_path: Path
) -> None:
    again, summary = _fill(tmp_path / "again.sqlite")
    try:
        assert summary == filled[1]
        assert _dump(again) == _dump(filled[0])
    finally:
        again.dispose()


def test_another_seed_gives_other_data(tmp_path: Path) -> None:
    one, _ = _fill(tmp_path / "one.sqlite", villages=2, seed=1)
    two, _ = _fill(tmp_path / "two.sqlite", villages=2, seed=2)
    try:
        assert _dump(one) != _dump(two)
    finally:
        one.dispose()
        two.dispose()


def test_refuses_a_database_that_already_holds_programs(filled: tuple[Database, str]) -> None:
    with pytest.raises(demo.DemoError, match="already holds programs"):
        demo.generate(filled[0], villages=1, seed=SEED)


def test_leaves_the_connection_settings_as_they_were(session: Session) -> None:
    cache = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    assert cache != demo.DEMO_CACHE


def test_summary_counts_what_was_made(filled: tuple[Database, str], session: Session) -> None:
    summary = filled[1]
    people = session.scalar(select(func.count()).select_from(Person)) or 0
    assert f"Demo data for {VILLAGES} villages" in summary
    assert f"{people:,} people" in summary
    assert "\n" not in summary


def test_every_stage_is_the_current_stage_of_some_program(session: Session) -> None:
    entries = [p for village in programs.navigator(session) for p in village.programs]
    current = {p.current_stage for p in entries}
    assert set(Stage) <= current
    assert any(p.closed and p.current_stage is None for p in entries)
    assert sum(len(v.programs) for v in programs.navigator(session)) >= VILLAGES


def test_rows_belong_to_real_demo_villages(session: Session) -> None:
    scope = set(session.scalars(select(DeviceScope.code)))
    assert len(scope) == VILLAGES
    for code in scope:
        assert places.place(code).level is PlaceLevel.VILLAGE
    for name in synced_tables():
        table = Base.metadata.tables[name]
        codes = set(session.scalars(select(table.c.village_code).distinct()))
        assert codes <= scope, name


def test_residents_and_groups_look_like_a_village(session: Session) -> None:
    for code in session.scalars(select(DeviceScope.code)):
        residents = session.scalars(
            select(Person).where(Person.village_code == code, Person.is_resident.is_(True))
        ).all()
        assert 25 <= len(residents) <= 60
        women = sum(1 for p in residents if p.sex is Sex.FEMALE)
        assert abs(women - len(residents) / 2) <= 3
        assert len({p.name for p in residents}) == len(residents)
        assert all(p.hamlet and p.hamlet.startswith("Dusun ") for p in residents)
    leaders = session.execute(
        select(Person.sex, func.count())
        .join(GroupMembership, GroupMembership.person_id == Person.id)
        .where(GroupMembership.is_decision_role.is_(True))
        .group_by(Person.sex)
    ).all()
    assert {sex for sex, _ in leaders} == {Sex.FEMALE, Sex.MALE}


def test_attendance_counts_both_sexes(session: Session) -> None:
    named = dict(
        session.execute(
            select(Person.sex, func.count())
            .join(Attendance, Attendance.person_id == Person.id)
            .group_by(Person.sex)
        ).all()
    )
    assert named.get(Sex.FEMALE, 0) > 0 and named.get(Sex.MALE, 0) > 0
    unnamed = session.execute(
        select(func.sum(Meeting.unnamed_women), func.sum(Meeting.unnamed_men))
    ).one()
    assert unnamed[0] > 0 and unnamed[1] > 0


def test_budget_has_both_sources_in_rupiah(session: Session) -> None:
    sources = set(session.scalars(select(BudgetLine.source).distinct()))
    assert sources == {FundingSource.COMMUNITY, FundingSource.OUTSIDE}
    for line in session.scalars(select(BudgetLine)):
        assert isinstance(line.amount, int)
        assert line.amount == round(line.quantity * line.unit_value)
        if line.kind is ContributionKind.LABOUR:
            assert 75_000 <= line.unit_value <= 120_000


def test_budgets_are_realistic(session: Session) -> None:
    for program in session.scalars(select(Program)):
        view = programs.overview(session, program.id)
        total = view.budget_community + view.budget_outside
        if total == 0:
            continue  # not formalised yet
        assert 15_000_000 <= total <= 330_000_000, program.name
        share = view.community_budget_share
        assert share is not None and 0.15 <= share <= 0.55, program.name


def test_no_dependency_loop_and_finish_before_start(session: Session) -> None:
    activities = {a.id: a for a in session.scalars(select(Activity))}
    graph: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    deps = session.scalars(select(Dependency)).all()
    assert deps
    for dep in deps:
        graph[dep.successor_id].add(dep.predecessor_id)
        pred, succ = activities[dep.predecessor_id], activities[dep.successor_id]
        assert pred.program_id == succ.program_id
        assert pred.planned_end < succ.planned_start
    list(graphlib.TopologicalSorter(graph).static_order())  # raises CycleError on a loop


def test_stage_states_are_consistent(session: Session) -> None:
    states: dict[uuid.UUID, list[StageState]] = defaultdict(list)
    for state in session.scalars(select(StageState).order_by(StageState.position)):
        states[state.program_id].append(state)
    for program_id, rows in states.items():
        program = session.get(Program, program_id)
        assert program is not None
        statuses = [s.status for s in rows]
        assert [s.stage for s in rows] == list(Stage)
        done = statuses.count(StageStatus.DONE)
        assert statuses[:done] == [StageStatus.DONE] * done
        rest = statuses[done:]
        if rest:
            assert rest[0] is StageStatus.IN_PROGRESS
            assert set(rest[1:]) <= {StageStatus.NOT_STARTED}
        previous_end = program.start_date - dt.timedelta(days=1)
        for state in rows:
            if state.status is StageStatus.NOT_STARTED:
                assert state.started_on is None and state.completed_on is None
                continue
            assert state.started_on is not None and state.started_on > previous_end
            assert state.summary
            if state.status is StageStatus.DONE:
                assert state.completed_on is not None
                assert state.completed_on >= state.started_on
                previous_end = state.completed_on
            else:
                assert state.completed_on is None
                assert state.started_on <= story.TODAY
        if program.closed_on is not None:
            assert statuses == [StageStatus.DONE] * len(Stage)
            assert program.closed_on == rows[-1].completed_on
            assert program.closed_on <= story.TODAY
            assert program.final_report
        else:
            assert StageStatus.IN_PROGRESS in statuses


def test_each_reached_stage_has_its_records(session: Session) -> None:
    for program in session.scalars(select(Program)):
        view = programs.overview(session, program.id)
        reached = {s.stage for s in view.stages if s.status is not StageStatus.NOT_STARTED}
        done = {s.stage for s in view.stages if s.status is StageStatus.DONE}
        lanes = set(
            session.scalars(select(Activity.stage).where(Activity.program_id == program.id))
        )
        assert reached <= lanes, program.name  # every reached stage's lane has something
        assert program.entry_plan
        if Stage.ASSESSMENT in done:
            ranked = session.scalars(
                select(Problem).where(
                    Problem.program_id == program.id, Problem.priority_rank.is_not(None)
                )
            ).all()
            assert len(ranked) >= 6
            kinds = set(
                session.scalars(select(Resource.kind).where(Resource.program_id == program.id))
            )
            assert kinds == set(ResourceKind)
        if Stage.IMPLEMENTATION in done:
            assert view.activities_done >= 5
            assert view.contributed_community > 0 and view.contributed_outside > 0
            assert view.labour_days_community > 0
        if Stage.TERMINATION in done:
            assert view.closed_on is not None
            assert view.progress_percent == 100


def test_every_stage_the_demo_completed_passes_its_rules(session: Session) -> None:
    """The demo's records go in through the core's operations: each stage it marked done
    passes its flow's done-rules, as a stage completed at the screen does."""
    checked: set[Stage] = set()
    for program in session.scalars(select(Program)):
        done = session.scalars(
            select(StageState.stage).where(
                StageState.program_id == program.id, StageState.status == StageStatus.DONE
            )
        ).all()
        for stage in done:
            issues = flow_for(stage).done_issues(session, program)
            assert not issues, (program.name, stage, [i.message for i in issues])
            checked.add(stage)
    assert checked == set(Stage)


def test_the_facilitator_fades_out(session: Session) -> None:
    """Facilitator's share of responsibility: high in preparation, none in termination."""
    share: dict[Stage, list[bool]] = defaultdict(list)
    for stage, kind in session.execute(select(Meeting.stage, Meeting.party_kind)):
        share[stage].append(kind is PartyKind.FACILITATOR)
    for stage, kind in session.execute(select(Activity.stage, Activity.party_kind)):
        share[stage].append(kind is PartyKind.FACILITATOR)
    early = share[Stage.PREPARATION] + share[Stage.ASSESSMENT]
    late = share[Stage.TERMINATION]
    assert sum(early) / len(early) > 0.5
    assert late and not any(late)
    middle = share[Stage.IMPLEMENTATION]
    assert sum(early) / len(early) > sum(middle) / len(middle)


def test_nothing_happens_after_the_demo_today(session: Session) -> None:
    latest = dt.datetime.combine(story.TODAY + dt.timedelta(days=1), dt.time(), dt.UTC)
    for name in synced_tables():
        table = Base.metadata.tables[name]
        first, last = session.execute(
            select(func.min(table.c.created_at), func.max(table.c.updated_at))
        ).one()
        if first is None:
            continue
        assert first.replace(tzinfo=dt.UTC) >= story.START, name
        assert last.replace(tzinfo=dt.UTC) < latest, name
    assert (session.scalar(select(func.max(Meeting.held_on))) or story.TODAY) <= story.TODAY


def test_ids_carry_the_simulated_creation_time(session: Session) -> None:
    for name in ("people", "meetings", "attendance", "activities", "progress_logs"):
        table = Base.metadata.tables[name]
        for row_id, created in session.execute(select(table.c.id, table.c.created_at)):
            created_ms = int(created.replace(tzinfo=dt.UTC).timestamp() * 1000)
            assert abs((row_id.int >> 80) - created_ms) < 1000, name
