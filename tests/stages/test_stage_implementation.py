"""Implementation: progress logs per activity, contributions valued in Rupiah, evidence
stored once by content hash."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from stage_world import D, World, open_world

from desktop.core import stages as st
from desktop.core.domain import ContributionKind, FundingSource, Stage
from desktop.core.models import Activity, Attachment, Blob, Contribution, ProgressLog
from desktop.core.stages import ContributionInput, Party

IM = Stage.IMPLEMENTATION


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani", "Sri", "Wati")
        world.men("Budi")
        world.group("Kelompok Air", {"Ani": True, "Sri": False, "Budi": False}, left=("Budi",))
        yield world


def _activity(w: World) -> uuid.UUID:
    plan = w.plan()
    return w.activity("Gali sumur", D(2026, 3, 2), D(2026, 3, 20), plan=plan)


def _log(w: World, activity: uuid.UUID, day: tuple[int, int], progress: int, **kw: object) -> None:
    st.log_progress(
        w.session,
        activity_id=activity,
        logged_on=D(2026, *day),
        progress=progress,
        party=kw.pop("party", Party.community_group(w.groups["Kelompok Air"])),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def test_progress_moves_the_activity(w: World) -> None:
    act = _activity(w)
    assert w.issues(IM, "progress") == ["Log the progress of at least one activity."]
    _log(w, act, (3, 2), 0, notes="Baru survei")
    row = w.session.get(Activity, act)
    assert row is not None
    assert (row.progress, row.actual_start, row.actual_end) == (0, None, None)
    _log(w, act, (3, 4), 30, actual_cost=250_000, women_present=2, men_present=0)
    _log(w, act, (3, 12), 100, problems_met="Hujan deras dua hari")
    assert (row.progress, row.actual_start, row.actual_end) == (100, D(2026, 3, 4), D(2026, 3, 12))
    # a visit logged late, between two others, fits in without moving the latest progress
    _log(w, act, (3, 9), 60)
    assert (row.progress, row.actual_start, row.actual_end) == (100, D(2026, 3, 4), D(2026, 3, 12))
    assert w.issues(IM, "progress") == []
    assert w.count(ProgressLog) == 4


@pytest.mark.parametrize(
    ("kwargs", "messages"),
    [
        ({"progress": 101}, ["Progress must be from 0 to 100 percent, not 101."]),
        ({"progress": -1}, ["Progress must be from 0 to 100 percent, not -1."]),
        ({"progress": 50.5}, ["Progress must be a whole percent from 0 to 100."]),
        (
            {"logged_on": D(2026, 3, 1)},
            ["The log date (01-03-2026) is before “Gali sumur” starts (02-03-2026)."],
        ),
        (
            {"logged_on": D(2027, 3, 1)},
            ["The log date (01-03-2027) is after the program's planned end (31-12-2026)."],
        ),
        ({"actual_cost": -10}, ["The actual cost cannot be negative (Rp -10)."]),
        ({"women_present": -2}, ["The number of women present cannot be negative (-2)."]),
        # the group has 2 members on that day (Budi left in February): 3 cannot have come
        (
            {"women_present": 2, "men_present": 1},
            ["Attendance (3) is larger than the group (2 members)."],
        ),
        (
            {
                "contributions": [
                    ContributionInput(FundingSource.COMMUNITY, ContributionKind.MONEY, -5)
                ]
            },
            ["The value of a contribution cannot be negative (Rp -5)."],
        ),
        (
            {
                "contributions": [
                    ContributionInput(
                        FundingSource.COMMUNITY, ContributionKind.LABOUR, 500, quantity=0
                    )
                ]
            },
            ["The quantity must be more than zero (0)."],
        ),
    ],
)
def test_log_progress_refusals(w: World, kwargs: dict[str, object], messages: list[str]) -> None:
    act = _activity(w)
    args: dict[str, object] = {
        "activity_id": act,
        "logged_on": D(2026, 3, 5),
        "progress": 40,
        "party": Party.community_group(w.groups["Kelompok Air"]),
    }
    assert w.refused(st.log_progress, **{**args, **kwargs}).messages == messages
    row = w.session.get(Activity, act)
    assert row is not None and row.progress == 0


def test_attendance_of_a_person_is_not_checked_against_a_group(w: World) -> None:
    act = _activity(w)
    _log(w, act, (3, 5), 10, party=Party.member(w.people["Ani"]), women_present=9, men_present=9)
    assert w.count(ProgressLog) == 1


def test_progress_never_goes_back_in_time(w: World) -> None:
    act = _activity(w)
    _log(w, act, (3, 5), 50)
    _log(w, act, (3, 12), 70)
    assert w.refused(
        st.log_progress,
        activity_id=act,
        logged_on=D(2026, 3, 13),
        progress=40,
        party=Party.facilitator(),
    ).messages == ["Progress cannot go back: “Gali sumur” was already at 70% on 12-03-2026."]
    assert w.refused(
        st.log_progress,
        activity_id=act,
        logged_on=D(2026, 3, 9),
        progress=80,
        party=Party.facilitator(),
    ).messages == ["“Gali sumur” was only at 70% later, on 12-03-2026."]


def test_contributions_with_a_log_and_alone(w: World) -> None:
    act = _activity(w)
    assert w.issues(IM, "contributions") == [
        "Record what was contributed: money, labour days or materials."
    ]
    _log(
        w,
        act,
        (3, 5),
        20,
        contributions=[
            ContributionInput(
                FundingSource.COMMUNITY,
                ContributionKind.LABOUR,
                1_200_000,
                quantity=15,
                contributor_group_id=w.groups["Kelompok Air"],
            ),
            ContributionInput(
                FundingSource.OUTSIDE,
                ContributionKind.MATERIAL,
                3_000_000,
                quantity=40,
                unit="sak semen",
                contributor_name="Dinas PU",
                given_on=D(2026, 3, 3),
            ),
        ],
    )
    log = w.session.scalars(select(ProgressLog)).one()
    st.add_contribution(
        w.session,
        activity_id=act,
        source=FundingSource.COMMUNITY,
        kind=ContributionKind.MONEY,
        value=500_000,
        given_on=D(2026, 3, 6),
        contributor_person_id=w.people["Sri"],
    )
    rows = w.session.scalars(select(Contribution).order_by(Contribution.given_on)).all()
    assert [(r.given_on, r.value, r.unit, r.progress_log_id) for r in rows] == [
        (D(2026, 3, 3), 3_000_000, "sak semen", log.id),
        (D(2026, 3, 5), 1_200_000, "days", log.id),
        (D(2026, 3, 6), 500_000, None, None),
    ]
    assert w.issues(IM, "contributions") == []


def test_add_contribution_refusals(w: World) -> None:
    act = _activity(w)
    args: dict[str, object] = {
        "activity_id": act,
        "source": FundingSource.COMMUNITY,
        "kind": ContributionKind.MATERIAL,
        "value": 100_000,
        "given_on": D(2026, 3, 6),
    }
    assert w.refused(st.add_contribution, **{**args, "value": 99.5}).messages == [
        "The value of a contribution must be a whole number of Rupiah."
    ]
    assert w.refused(st.add_contribution, **{**args, "given_on": D(2025, 3, 6)}).messages == [
        "The contribution date (06-03-2025) is before the program starts (05-01-2026)."
    ]
    assert w.refused(
        st.add_contribution, **{**args, "progress_log_id": uuid.UUID(int=2)}
    ).messages == ["That progress log is not one of this activity's."]


def test_implementation_is_done_when_every_planned_activity_is_at_100(w: World) -> None:
    act = _activity(w)
    _log(
        w,
        act,
        (3, 5),
        40,
        contributions=[ContributionInput(FundingSource.COMMUNITY, ContributionKind.MONEY, 1)],
    )
    assert w.done_issues(IM) == ["“Gali sumur” is at 40%: log its progress up to 100%."]
    _log(w, act, (3, 20), 100)
    assert w.done_issues(IM) == []


def test_implementation_needs_a_plan_first(w: World) -> None:
    w.activity("Rapat")  # not in an action plan
    assert w.issues(IM, "progress") == [
        "The action plan has no activities yet: formalise it first."
    ]


# --- evidence ------------------------------------------------------------------------------


def test_attach_file_stores_the_bytes_once(w: World, tmp_path: Path) -> None:
    act = _activity(w)
    _log(w, act, (3, 5), 40)
    log = w.session.scalars(select(ProgressLog)).one()
    photo = tmp_path / "gali.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg")
    st.attach_file(w.session, owner=log, path=photo, caption="Hari pertama", taken_on=D(2026, 3, 5))
    activity = w.session.get(Activity, act)
    assert activity is not None
    changes = st.attach_file(
        w.session, owner=activity, data=photo.read_bytes(), filename="sama.jpg"
    )
    assert "blobs" not in changes.tables  # the same bytes: stored once
    assert w.count(Blob) == 1 and w.count(Attachment) == 2
    rows = w.session.scalars(select(Attachment).order_by(Attachment.filename)).all()
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert [(r.owner_table, r.filename, r.media_type, r.content_hash) for r in rows] == [
        ("progress_logs", "gali.jpg", "image/jpeg", digest),
        ("activities", "sama.jpg", "image/jpeg", digest),
    ]


def test_the_prepare_hook_runs_before_hashing(w: World) -> None:
    act = _activity(w)
    activity = w.session.get(Activity, act)
    assert activity is not None
    seen: list[str] = []

    def smaller(data: bytes, media_type: str) -> bytes:
        seen.append(media_type)
        return data[:4]

    st.attach_file(
        w.session, owner=activity, data=b"0123456789", filename="foto.png", prepare=smaller
    )
    blob = w.session.scalars(select(Blob)).one()
    assert (blob.data, seen) == (b"0123", ["image/png"])
    assert blob.content_hash == hashlib.sha256(b"0123").hexdigest()


def test_attach_file_refusals(w: World, tmp_path: Path) -> None:
    act = _activity(w)
    activity = w.session.get(Activity, act)
    assert activity is not None
    assert w.refused(st.attach_file, owner=activity).messages == ["Choose one file to attach."]
    assert w.refused(st.attach_file, owner=activity, data=b"x", path=tmp_path / "x").messages == [
        "Choose one file to attach."
    ]
    assert w.refused(st.attach_file, owner=activity, data=b"", filename="a.pdf").messages == [
        "The file “a.pdf” is empty."
    ]
    assert w.refused(st.attach_file, owner=activity, data=b"abc").messages == [
        "Give the file a name."
    ]
    missing = w.refused(st.attach_file, owner=activity, path=tmp_path / "hilang.jpg").messages
    assert missing[0].startswith("The file “hilang.jpg” cannot be read")
    assert w.refused(
        st.attach_file, owner=activity, data=b"12345", filename="besar.pdf", max_bytes=4
    ).messages == ["The file “besar.pdf” is too large (5 bytes; at most 4 bytes)."]
    assert w.refused(
        st.attach_file, owner=activity, data=b"1", filename="a.jpg", taken_on=D(2025, 1, 1)
    ).messages == ["The date taken (01-01-2025) is before the program starts (05-01-2026)."]
