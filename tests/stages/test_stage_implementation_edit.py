"""Correcting a contribution in place: every field checked as when it was recorded, each
refusal under its own input, a closed program refusing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from edit_world import close_program, fields_written
from stage_world import D, World, open_world

from desktop.core import stages as st
from desktop.core.domain import ContributionKind, FundingSource
from desktop.core.errors import ProgramClosed
from desktop.core.models import Contribution


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani", "Sri")
        world.group("Kelompok Air")
        yield world


def _contribution(w: World) -> tuple[Contribution, dict[str, Any]]:
    act = w.activity("Gali sumur", D(2026, 3, 2), D(2026, 3, 20), plan=w.plan())
    cid = st.add_contribution(
        w.session,
        activity_id=act,
        source=FundingSource.COMMUNITY,
        kind=ContributionKind.MONEY,
        value=500_000,
        given_on=D(2026, 3, 6),
        contributor_person_id=w.people["Sri"],
    ).created[0]
    row = w.session.get(Contribution, cid)
    assert row is not None
    kwargs: dict[str, Any] = {
        "contribution_id": cid,
        "source": FundingSource.COMMUNITY,
        "kind": ContributionKind.LABOUR,
        "value": 750_000,
        "given_on": D(2026, 3, 7),
        "quantity": 5.0,
        "unit": "",
        "contributor_group_id": w.groups["Kelompok Air"],
        "description": " Menggali ",
        "activity_id": act,
    }
    return row, kwargs


def test_a_contribution_is_corrected_in_place(w: World) -> None:
    row, kwargs = _contribution(w)
    before = w.counts()
    written = fields_written(w, "contributions", row.id, st.update_contribution, **kwargs)
    assert (
        row.kind,
        row.value,
        row.given_on,
        row.quantity,
        row.unit,
        row.contributor_person_id,
        row.contributor_group_id,
        row.description,
    ) == (
        ContributionKind.LABOUR,
        750_000,
        D(2026, 3, 7),
        5.0,
        "days",  # labour is counted in days, as when recorded
        None,
        w.groups["Kelompok Air"],
        "Menggali",
    )
    assert written == {
        "kind",
        "value",
        "given_on",
        "quantity",
        "unit",
        "contributor_person_id",
        "contributor_group_id",
        "description",
    }
    assert w.counts() == before  # corrected, not added


def test_each_refusal_points_at_its_input(w: World) -> None:
    row, kwargs = _contribution(w)
    error = w.refused(
        st.update_contribution,
        **(kwargs | {"value": -5, "quantity": 0.0, "given_on": D(2025, 1, 1)}),
    )
    assert [i.field for i in error.issues] == ["value", "quantity", "given_on"]
    gone = w.person("Joko")  # a person's id is no activity
    error = w.refused(
        st.update_contribution, **(kwargs | {"contributor_person_id": gone, "activity_id": gone})
    )
    assert [i.field for i in error.issues] == ["activity"]
    assert (row.value, row.kind) == (500_000, ContributionKind.MONEY)


def test_a_closed_program_refuses(w: World) -> None:
    row, kwargs = _contribution(w)
    close_program(w)
    with pytest.raises(ProgramClosed):
        st.update_contribution(w.session, **kwargs)
    assert row.value == 500_000
