"""Removing (and bringing back) records that belong to a program through a parent: progress
logs, contributions, attachments. A removed log no longer counts for its activity."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from stage_world import D, World, open_world

from desktop.core import stages as st
from desktop.core.domain import ContributionKind, FundingSource
from desktop.core.errors import ValidationError
from desktop.core.models import Activity, Attachment, Contribution
from desktop.core.records import set_record_deleted
from desktop.core.stages import Party
from desktop.core.stages.attachments import attach_file, attachments_of
from desktop.core.stages.implementation import logs_of


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani")
        yield world


def test_removing_a_log_takes_the_activity_back(w: World) -> None:
    act = w.activity("Gali sumur", D(2026, 3, 2), D(2026, 3, 20), plan=w.plan())
    for day, percent in ((2, 40), (9, 100)):
        st.log_progress(
            w.session,
            activity_id=act,
            logged_on=D(2026, 3, day),
            progress=percent,
            party=Party.facilitator(),
        )
    activity = w.session.get(Activity, act)
    assert activity is not None
    last = logs_of(w.session, act)[-1]
    changes = set_record_deleted(w.session, table="progress_logs", row_id=last.id, deleted=True)
    assert {"progress_logs", "activities"} <= changes.tables
    assert (activity.progress, activity.actual_end) == (40, None)
    set_record_deleted(w.session, table="progress_logs", row_id=last.id, deleted=False)
    assert (activity.progress, activity.actual_end) == (100, D(2026, 3, 9))


def test_contributions_and_attachments_can_be_removed(w: World) -> None:
    act = w.activity("Gali sumur", D(2026, 3, 2), D(2026, 3, 20), plan=w.plan())
    made = st.add_contribution(
        w.session,
        activity_id=act,
        source=FundingSource.COMMUNITY,
        kind=ContributionKind.LABOUR,
        value=300_000,
        quantity=3,
        given_on=D(2026, 3, 3),
    )
    row = w.session.get(Contribution, made.created[0])
    assert row is not None
    photo = attach_file(w.session, owner=row, data=b"jpeg", filename="a.jpg").created[0]
    assert [a.id for a in attachments_of(w.session, [row.id])] == [photo]
    set_record_deleted(w.session, table="attachments", row_id=photo, deleted=True)
    assert attachments_of(w.session, [row.id]) == []
    assert w.session.get(Attachment, photo) is not None  # a tombstone, not erased
    set_record_deleted(w.session, table="contributions", row_id=row.id, deleted=True)
    assert row.deleted


def test_people_cannot_be_removed_this_way(w: World) -> None:
    with pytest.raises(ValidationError):
        set_record_deleted(w.session, table="people", row_id=w.people["Ani"], deleted=True)
