"""The formalisation wizard and the timeline link activities by one rule: the same random link
requests (self-links, loops, duplicates, leads and lags far beyond the limit, across programs)
are accepted or refused alike, with the same issues, and leave the same links stored."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schedule_plan import Plan
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import records, schedule
from desktop.core.db import make_engine
from desktop.core.domain import DependencyKind
from desktop.core.errors import ValidationError
from desktop.core.models import Base, Dependency
from desktop.core.stages.formalisation_activities import add_dependency

D = dt.date
# working days: 10, 3, 1, a milestone and a Sunday's work (no working day in it); then one
# activity of another program
ACTIVITIES = (
    ("Survei", D(2026, 3, 2), D(2026, 3, 13), False),
    ("Musyawarah", D(2026, 3, 16), D(2026, 3, 18), False),
    ("Gali", D(2026, 4, 6), D(2026, 4, 6), False),
    ("Serah terima", D(2026, 4, 8), D(2026, 4, 8), True),
    ("Gotong royong", D(2026, 4, 12), D(2026, 4, 12), False),
)


@dataclass(frozen=True)
class World:
    sessions: sessionmaker[Session]
    ids: tuple[uuid.UUID, ...]  # this program's activities, then the other program's one


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder: Path = tmp_path_factory.mktemp("links")
    engine = make_engine(f"sqlite:///{folder}/links.sqlite")
    Base.metadata.create_all(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions() as s, s.begin():
        plan = Plan(s)
        for name, start, end, milestone in ACTIVITIES:
            plan.activity(name, start, end, milestone=milestone)
        other = Plan(s)
        elsewhere = other.activity("Lain", D(2026, 3, 2), D(2026, 3, 6))
        ids = (*plan.ids.values(), elsewhere)
    try:
        yield World(sessions, ids)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Request:
    predecessor: int
    successor: int
    kind: DependencyKind
    lag: int
    remove: bool  # remove the link between the two instead (each screen's own removal)


def _requests() -> st.SearchStrategy[list[Request]]:
    index = st.integers(0, len(ACTIVITIES))
    lag = st.one_of(st.integers(-12, 12), st.integers(-400, 400), st.sampled_from([-260, 260]))
    one = st.builds(
        Request,
        index,
        index,
        st.sampled_from(list(DependencyKind)),
        lag,
        st.sampled_from([False, False, False, True]),  # now and then a removal
    )
    return st.lists(one, min_size=1, max_size=10)


Outcome = tuple[str, tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]]


def _attempt(session: Session, call: Callable[[], object]) -> Outcome:
    savepoint = session.begin_nested()
    try:
        call()
    except ValidationError as refused:
        savepoint.rollback()
        return "refused", tuple((i.field, i.template, i.values) for i in refused.issues)
    savepoint.commit()
    return "made", ()


def _wizard(session: Session, ids: tuple[uuid.UUID, ...], request: Request) -> Outcome:
    pred, succ = ids[request.predecessor], ids[request.successor]
    if request.remove:
        found = schedule.find_dependency(session, predecessor_id=pred, successor_id=succ)
        if found is None:
            return "absent", ()
        return _attempt(
            session,
            lambda: records.set_plan_record_deleted(
                session, table="dependencies", row_id=found, deleted=True
            ),
        )
    return _attempt(
        session,
        lambda: add_dependency(
            session,
            predecessor_id=pred,
            successor_id=succ,
            kind=request.kind,
            lag_days=request.lag,
        ),
    )


def _timeline(session: Session, ids: tuple[uuid.UUID, ...], request: Request) -> Outcome:
    pred, succ = ids[request.predecessor], ids[request.successor]
    if request.remove:
        found = schedule.find_dependency(session, predecessor_id=pred, successor_id=succ)
        if found is None:
            return "absent", ()
        return _attempt(session, lambda: schedule.unlink(session, dependency_id=found))
    return _attempt(
        session,
        lambda: schedule.link(
            session,
            predecessor_id=pred,
            successor_id=succ,
            kind=request.kind,
            lag_days=request.lag,
        ),
    )


Stored = list[tuple[uuid.UUID, uuid.UUID, DependencyKind, int, bool]]


def _run(
    world: World,
    requests: list[Request],
    screen: Callable[[Session, tuple[uuid.UUID, ...], Request], Outcome],
) -> tuple[list[Outcome], Stored]:
    """The requests made through one screen, then rolled back: what each got, and the links."""
    with world.sessions() as session:
        session.begin()
        try:
            outcomes = [screen(session, world.ids, r) for r in requests]
            stored = sorted(
                (d.predecessor_id, d.successor_id, d.kind, d.lag_days, d.deleted)
                for d in session.scalars(select(Dependency))
            )
        finally:
            session.rollback()
    return outcomes, stored


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(requests=_requests())
def test_the_wizard_and_the_timeline_accept_and_refuse_the_same_links(
    world: World, requests: list[Request]
) -> None:
    by_wizard, links_by_wizard = _run(world, requests, _wizard)
    by_timeline, links_by_timeline = _run(world, requests, _timeline)
    for request, wizard, timeline in zip(requests, by_wizard, by_timeline, strict=True):
        assert wizard == timeline, request
    assert links_by_wizard == links_by_timeline
    for _pred, _succ, _kind, lag, deleted in links_by_wizard:
        assert deleted or abs(lag) <= schedule.MAX_LAG


def test_a_lag_beyond_the_limit_is_refused_by_both_screens(world: World) -> None:
    """The case the two screens once disagreed on: the wizard saved a lag the timeline
    refuses."""
    request = Request(0, 1, DependencyKind.FINISH_TO_START, schedule.MAX_LAG + 1, False)
    (by_wizard,), _ = _run(world, [request], _wizard)
    (by_timeline,), _ = _run(world, [request], _timeline)
    assert by_wizard[0] == by_timeline[0] == "refused"
    assert by_wizard == by_timeline
