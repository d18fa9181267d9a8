"""Correcting the action plan's records in place: activities (their dates through the
timeline's rules), budget lines and indicators, checked as when they were added."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from edit_world import close_program, fields_written
from stage_world import D, World, open_world

from desktop.core import schedule
from desktop.core import stages as st
from desktop.core.domain import (
    ContributionKind,
    FundingSource,
    Goal,
    IndicatorDirection,
    PartyKind,
)
from desktop.core.errors import ProgramClosed
from desktop.core.models import Activity, BudgetLine, Indicator
from desktop.core.stages import Party


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani")
        yield world


def _activity(w: World, aid: uuid.UUID) -> Activity:
    row = w.session.get(Activity, aid)
    assert row is not None
    return row


def _edit_activity(w: World, aid: uuid.UUID, **changes: object) -> dict[str, object]:
    row = _activity(w, aid)
    kwargs: dict[str, object] = {
        "activity_id": aid,
        "title": row.title,
        "planned_start": row.planned_start,
        "planned_end": row.planned_end,
        "party": Party(row.party_kind, row.party_person_id, row.party_group_id, row.party_name),
    }
    kwargs.update(changes)
    return kwargs


def test_an_activity_is_corrected_in_place(w: World) -> None:
    plan = w.plan()
    dig = w.activity("Gali sumr", D(2026, 3, 2), D(2026, 3, 6), plan=plan)
    other = w.group("Kelompok Air")
    before = w.counts()
    written = fields_written(
        w,
        "activities",
        dig,
        st.update_activity,
        **_edit_activity(w, dig, title=" Gali sumur ", party=Party.community_group(other)),
    )
    row = _activity(w, dig)
    assert (row.title, row.party_kind, row.party_group_id) == (
        "Gali sumur",
        PartyKind.COMMUNITY_GROUP,
        other,
    )
    assert written == {"title", "party_group_id"}  # only what changed is recorded for sync
    assert w.counts() == before  # corrected, not added


def test_new_dates_push_the_successors_and_undo_puts_them_back(w: World) -> None:
    plan = w.plan()
    dig = w.activity("Gali sumur", D(2026, 3, 2), D(2026, 3, 6), plan=plan)
    pipe = w.activity("Pasang pipa", D(2026, 3, 9), D(2026, 3, 13), plan=plan)
    tap = w.activity("Kran umum", D(2026, 3, 16), D(2026, 3, 16), plan=plan)
    st.add_dependency(w.session, predecessor_id=dig, successor_id=pipe)
    st.add_dependency(w.session, predecessor_id=pipe, successor_id=tap)
    kept = schedule.successor_dates(w.session, dig)
    assert kept == {pipe: (D(2026, 3, 9), D(2026, 3, 13)), tap: (D(2026, 3, 16), D(2026, 3, 16))}
    old = _edit_activity(w, dig)

    changes = st.update_activity(w.session, **_edit_activity(w, dig, planned_end=D(2026, 3, 10)))
    assert changes.tables == {"activities"} and changes.created == ()
    assert (_activity(w, dig).planned_start, _activity(w, dig).planned_end) == (
        D(2026, 3, 2),
        D(2026, 3, 10),
    )
    # the pipe waited for the digging: it moves after it, keeping its five working days
    assert (_activity(w, pipe).planned_start, _activity(w, pipe).planned_end) == (
        D(2026, 3, 11),
        D(2026, 3, 17),
    )
    assert _activity(w, tap).planned_start > D(2026, 3, 17)

    st.update_activity(w.session, **old, successors=kept)  # what undo runs
    assert {
        a: (_activity(w, a).planned_start, _activity(w, a).planned_end) for a in (pipe, tap)
    } == kept
    assert _activity(w, dig).planned_end == D(2026, 3, 6)


def test_activity_refusals_point_at_their_fields(w: World) -> None:
    plan = w.plan()
    dig = w.activity("Gali sumur", plan=plan)
    error = w.refused(
        st.update_activity,
        **_edit_activity(
            w, dig, title=" ", planned_start=D(2026, 3, 10), planned_end=D(2026, 3, 2)
        ),
    )
    assert [i.field for i in error.issues] == ["title", "planned_end"]
    error = w.refused(
        st.update_activity,
        **_edit_activity(
            w,
            dig,
            planned_start=D(2025, 12, 1),
            party=Party(PartyKind.COMMUNITY_GROUP),
        ),
    )
    assert [i.field for i in error.issues] == ["planned_start", "party"]
    assert _activity(w, dig).title == "Gali sumur"


def test_budget_line_is_corrected_and_its_amount_follows(w: World) -> None:
    dig = w.activity("Gali sumur", plan=w.plan())
    line = st.add_budget_line(
        w.session,
        activity_id=dig,
        description="Semen",
        source=FundingSource.OUTSIDE,
        kind=ContributionKind.MATERIAL,
        unit_value=65_000,
        quantity=10,
        unit="sak",
    ).created[0]
    before = w.counts()
    kwargs = {
        "budget_line_id": line,
        "description": "Semen 50 kg",
        "source": FundingSource.COMMUNITY,
        "kind": ContributionKind.MATERIAL,
        "unit_value": 70_000,
        "quantity": 12.0,
        "unit": "sak",
        "source_name": "Swadaya dusun",
    }
    written = fields_written(w, "budget_lines", line, st.update_budget_line, **kwargs)
    row = w.session.get(BudgetLine, line)
    assert row is not None
    assert (row.description, row.source, row.unit_value, row.quantity, row.amount) == (
        "Semen 50 kg",
        FundingSource.COMMUNITY,
        70_000,
        12.0,
        840_000,
    )
    assert written == {
        "description",
        "source",
        "source_name",
        "unit_value",
        "quantity",
        "amount",
    }
    assert w.count(BudgetLine) == before["budget_lines"]
    error = w.refused(
        st.update_budget_line, **(kwargs | {"description": "", "unit_value": -1, "quantity": 0})
    )
    assert [i.field for i in error.issues] == ["description", "unit_value", "quantity"]
    assert row.amount == 840_000


def test_indicator_is_corrected(w: World) -> None:
    ind = w.indicator(baseline=20, target=80)
    kwargs = {
        "indicator_id": ind,
        "goal": Goal.LIVING,
        "name": "Rumah tangga dengan air bersih",
        "unit": "rumah tangga",
        "baseline_value": 25.0,
        "target_value": 90.0,
    }
    written = fields_written(w, "indicators", ind, st.update_indicator, **kwargs)
    row = w.session.get(Indicator, ind)
    assert row is not None
    assert (row.unit, row.baseline_value, row.target_value) == ("rumah tangga", 25.0, 90.0)
    assert written == {"unit", "baseline_value", "target_value"}
    assert row.baseline_on == D(2026, 1, 10)  # what the form does not show stays
    error = w.refused(
        st.update_indicator,
        **(kwargs | {"name": " ", "target_value": 10.0, "direction": IndicatorDirection.INCREASE}),
    )
    assert [i.field for i in error.issues] == ["name", "target_value"]
    assert row.target_value == 90.0


def test_a_closed_program_refuses_every_edit(w: World) -> None:
    dig = w.activity("Gali sumur", plan=w.plan())
    ind = w.indicator()
    close_program(w)
    with pytest.raises(ProgramClosed):
        st.update_activity(w.session, **_edit_activity(w, dig, title="x"))
    w.refused(
        st.update_indicator,
        indicator_id=ind,
        goal=Goal.LIVING,
        name="x",
        unit="x",
        baseline_value=1.0,
        target_value=2.0,
    )
    assert _activity(w, dig).title == "Gali sumur"
