"""Editing a link headless: its kind and lag change through a core operation, and leads or lags
no plan could mean are refused with a plain sentence and nothing changed."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker
from timeline_fixtures import SmallProgram

from desktop.core import schedule
from desktop.core.domain import DependencyKind
from desktop.core.errors import ValidationError
from desktop.core.models import Dependency


def _link(sessions: sessionmaker[Session], small: SmallProgram, name: str) -> Dependency:
    with sessions() as s:
        row = s.get(Dependency, small.ids[name])
        assert row is not None
        return row


def test_kind_and_lag_change_and_the_plan_follows(
    sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    with sessions() as s, s.begin():
        changes = schedule.set_link(
            s,
            dependency_id=small.ids["rencana>embung"],
            kind=DependencyKind.START_TO_START,
            lag_days=3,
        )
    assert changes.tables == {"dependencies"} and changes.program_ids == {small.id}
    row = _link(sessions, small, "rencana>embung")
    assert (row.kind, row.lag_days) == (DependencyKind.START_TO_START, 3)
    # a lead up to the predecessor's own length is fine (rencana lasts 10 working days)
    with sessions() as s, s.begin():
        schedule.set_link(
            s,
            dependency_id=small.ids["rencana>embung"],
            kind=DependencyKind.FINISH_TO_START,
            lag_days=-10,
        )
    assert _link(sessions, small, "rencana>embung").lag_days == -10


@pytest.mark.parametrize(
    ("kind", "lag", "words"),
    [
        (DependencyKind.FINISH_TO_START, 400, "too long: at most 260"),
        (DependencyKind.FINISH_TO_START, -11, "longer than “Penyusunan rencana aksi” itself"),
        (DependencyKind.START_TO_START, -1, "takes no lead"),
    ],
)
def test_impossible_lags_are_refused_and_nothing_changes(
    sessions: sessionmaker[Session],
    small: SmallProgram,
    kind: DependencyKind,
    lag: int,
    words: str,
) -> None:
    with (
        pytest.raises(ValidationError, match=words) as refused,
        sessions() as s,
        s.begin(),
    ):
        schedule.set_link(s, dependency_id=small.ids["rencana>embung"], kind=kind, lag_days=lag)
    assert refused.value.issues[0].field == "lag_days"
    assert refused.value.issues[0].template  # the window translates it
    row = _link(sessions, small, "rencana>embung")
    assert (row.kind, row.lag_days) == (DependencyKind.FINISH_TO_START, 0)


def test_a_new_link_with_an_impossible_lead_is_refused(
    sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    with pytest.raises(schedule.ScheduleError, match="takes no lead"), sessions() as s:
        schedule.link(
            s,
            predecessor_id=small.ids["survei"],
            successor_id=small.ids["evaluasi"],
            kind=DependencyKind.START_TO_START,
            lag_days=-2,
        )


def test_loops_and_closed_programs_are_refused_as_validation_errors(
    sessions: sessionmaker[Session], small: SmallProgram
) -> None:
    with pytest.raises(ValidationError, match="would make a loop") as refused, sessions() as s:
        schedule.link(s, predecessor_id=small.ids["evaluasi"], successor_id=small.ids["survei"])
    issue = refused.value.issues[0]
    assert issue.template.startswith("“{b}” cannot follow “{a}”")
    with sessions() as s, s.begin():
        schedule.unlink(s, dependency_id=small.ids["rencana>embung"])
    with pytest.raises(ValidationError, match="no longer exists"), sessions() as s:
        schedule.set_link(
            s,
            dependency_id=small.ids["rencana>embung"],
            kind=DependencyKind.FINISH_TO_START,
            lag_days=0,
        )
