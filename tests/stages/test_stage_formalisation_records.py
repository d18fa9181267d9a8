"""The formalisation wizard's additions to the core: signatories with their sex, correcting a
berita acara, and removing (then bringing back) the plan's records that have no program_id."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from stage_world import D, World, open_world

from desktop.core import records
from desktop.core import stages as st
from desktop.core.domain import ContributionKind, FundingSource, Sex
from desktop.core.models import ActionPlan, Agreement, BudgetLine, Dependency, Signatory
from desktop.core.stages import formalisation_agreement as fa
from desktop.core.stages.formalisation_reads import signatories_of


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with open_world(tmp_path) as world:
        world.women("Ani")
        yield world


def _agreement(w: World) -> tuple[uuid.UUID, uuid.UUID]:
    plan = w.plan()
    w.activity("Gali sumur", plan=plan)
    changes = fa.record_agreement(
        w.session,
        action_plan_id=plan,
        signed_on=D(2026, 2, 20),
        signatories=[fa.SignatoryInput("Bu Sari", "Ketua kelompok", sex=Sex.FEMALE)],
    )
    return plan, changes.created[0]


def test_signatories_keep_their_sex(w: World) -> None:
    _, agreement = _agreement(w)
    fa.add_signatory(w.session, agreement_id=agreement, name="Pak Budi", role="Kepala desa")
    fa.add_signatory(
        w.session, agreement_id=agreement, name="Bu Rina", role="Sekretaris", sex=Sex.FEMALE
    )
    rows = signatories_of(w.session, agreement)
    assert [(s.name, s.sex) for s in rows] == [
        ("Bu Sari", Sex.FEMALE),
        ("Pak Budi", None),
        ("Bu Rina", Sex.FEMALE),
    ]


def test_a_berita_acara_can_be_corrected(w: World) -> None:
    plan, agreement = _agreement(w)
    fa.update_agreement(
        w.session, agreement_id=agreement, signed_on=D(2026, 2, 23), location="Balai desa"
    )
    row = w.session.get(Agreement, agreement)
    assert row is not None and (row.signed_on, row.location) == (D(2026, 2, 23), "Balai desa")
    assert w.session.get(ActionPlan, plan).agreed_on == D(2026, 2, 23)  # type: ignore[union-attr]
    fa.update_agreement(w.session, agreement_id=agreement, location="")
    assert row.location is None and row.signed_on == D(2026, 2, 23)
    refused = w.refused(fa.update_agreement, agreement_id=agreement, signed_on=D(2025, 1, 1))
    assert [i.field for i in refused.issues] == ["signed_on"]


def test_plan_records_are_removed_and_brought_back(w: World) -> None:
    plan, agreement = _agreement(w)
    a = w.activity("Survei", plan=plan)
    b = w.activity("Gali", plan=plan)
    line = st.add_budget_line(
        w.session,
        activity_id=a,
        description="Semen",
        source=FundingSource.OUTSIDE,
        kind=ContributionKind.MATERIAL,
        unit_value=75_000,
        quantity=4,
    ).created[0]
    link = st.add_dependency(w.session, predecessor_id=a, successor_id=b).created[0]
    signer = signatories_of(w.session, agreement)[0].id
    for table, model, row_id in (
        ("budget_lines", BudgetLine, line),
        ("dependencies", Dependency, link),
        ("signatories", Signatory, signer),
    ):
        changes = records.set_plan_record_deleted(
            w.session, table=table, row_id=row_id, deleted=True
        )
        assert changes.tables == {table} and changes.program_ids == {w.program_id}
        assert w.session.get(model, row_id).deleted  # type: ignore[union-attr]
        records.set_plan_record_deleted(w.session, table=table, row_id=row_id, deleted=False)
        assert not w.session.get(model, row_id).deleted  # type: ignore[union-attr]
    assert w.refused(
        records.set_plan_record_deleted, table="people", row_id=line, deleted=True
    ).messages == ["Records of “people” cannot be removed."]


def test_a_link_brought_back_into_a_loop_is_refused(w: World) -> None:
    a, b = w.activity("Survei"), w.activity("Gali")
    link = st.add_dependency(w.session, predecessor_id=a, successor_id=b).created[0]
    records.set_plan_record_deleted(w.session, table="dependencies", row_id=link, deleted=True)
    st.add_dependency(w.session, predecessor_id=b, successor_id=a)
    assert w.refused(
        records.set_plan_record_deleted, table="dependencies", row_id=link, deleted=False
    ).messages == ["Bringing this link back would make a loop of activities."]
