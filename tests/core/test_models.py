"""The domain model: every table round-trips on SQLite and PostgreSQL, and every synced row
carries a device-made uuid7 key, its village, timestamps and a tombstone."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import Boolean, DateTime, String, Uuid, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core import models as m
from desktop.core.database import open_database
from desktop.core.domain import (
    ContributionKind,
    DependencyKind,
    DeviceKind,
    FindingKind,
    FundingSource,
    Goal,
    GroupKind,
    HandoverKind,
    MeetingKind,
    NeedKind,
    PartyKind,
    PlaceLevel,
    ResourceKind,
    ReviewVerdict,
    Sex,
    Stage,
    StageStatus,
)
from desktop.core.models.base import Base, synced_tables

_SYNC_BOOKKEEPING = {  # written by the sync machinery, tested in tests/sync
    "sync_versions",
    "sync_clock",
    "knowledge",
    "peer_knowledge",
    "applied_bundles",
    "conflicts",
    "held_changes",
}
_LOCAL_CACHES = {  # the office's figures cache, tested in tests/core/test_office_cache.py
    "office_figures",
    "office_figures_knowledge",
    "office_figures_state",
}
V = "53.10.05.2003"  # a village code; the model does not look it up
D = dt.date(2026, 3, 2)


def _graph() -> list[Base]:
    s: dict[str, Any] = {"village_code": V}
    ids = {
        name: uuid.UUID(int=i + 1)
        for i, name in enumerate(
            [
                "ani",
                "yosef",
                "group",
                "program",
                "meeting",
                "problem",
                "problem2",
                "alt",
                "crit",
                "plan",
                "agreement",
                "act1",
                "act2",
                "indicator",
                "log",
            ]
        )
    }
    party = {"party_kind": PartyKind.COMMUNITY_GROUP, "party_group_id": ids["group"]}
    return [
        m.Place(code="53", name="Nusa Tenggara Timur", level=PlaceLevel.PROVINCE, parent_code=None),
        m.Device(
            id=uuid.UUID(int=99),
            label="laptop-pendamping",
            kind=DeviceKind.VILLAGE,
            public_key="pk",
            key_fingerprint="ab" * 32,
        ),
        m.DeviceScope(device_id=uuid.UUID(int=99), code=V),
        m.LocalSetting(key="last_opened_program", value=str(uuid.UUID(int=99))),
        m.WizardDraft(
            program_id=ids["program"], stage="persiapan", step="entry_plan", field="text", value="x"
        ),
        m.Blob(content_hash="cd" * 32, data=b"\xff\xd8 jpeg bytes"),
        m.Person(
            id=ids["ani"],
            name="Ani Bria",
            sex=Sex.FEMALE,
            birth_year=1984,
            phone="081234567890",
            hamlet="Dusun A",
            occupation="penenun",
            **s,
        ),
        m.Person(id=ids["yosef"], name="Yosef Seran", sex=Sex.MALE, birth_year=1979, **s),
        m.CommunityGroup(
            id=ids["group"],
            name="Kelompok Tenun Ina Mesak",
            kind=GroupKind.WOMEN,
            founded_on=D,
            is_formal=True,
            contact_person_id=ids["ani"],
            **s,
        ),
        m.GroupMembership(
            group_id=ids["group"],
            person_id=ids["ani"],
            role="ketua",
            is_decision_role=True,
            joined_on=D,
            **s,
        ),
        m.Program(
            id=ids["program"],
            name="Tenun ikat untuk pasar",
            description="Usaha tenun",
            start_date=D,
            end_date=D + dt.timedelta(days=365),
            entry_plan="Lewat PKK",
            **s,
        ),
        m.StageState(
            program_id=ids["program"],
            stage=Stage.ASSESSMENT,
            position=2,
            status=StageStatus.IN_PROGRESS,
            started_on=D,
            current_step="problems",
            **s,
        ),
        m.Facilitator(
            program_id=ids["program"],
            person_id=ids["yosef"],
            role="pendamping desa",
            organisation="Dinas PMD",
            assigned_on=D,
            **s,
        ),
        m.KeyContact(program_id=ids["program"], group_id=ids["group"], role="ketua PKK", **s),
        m.FieldNote(
            program_id=ids["program"],
            stage=Stage.PREPARATION,
            noted_on=D,
            author_id=ids["yosef"],
            text="Warga ramah",
            **s,
        ),
        m.Meeting(
            id=ids["meeting"],
            program_id=ids["program"],
            stage=Stage.ASSESSMENT,
            kind=MeetingKind.DELIBERATION,
            title="Musyawarah dusun",
            held_on=D,
            unnamed_women=12,
            unnamed_men=9,
            party_kind=PartyKind.FACILITATOR,
            party_person_id=ids["yosef"],
            group_id=ids["group"],
            **s,
        ),
        m.Attendance(
            meeting_id=ids["meeting"],
            person_id=ids["ani"],
            spoke=True,
            decision_role="notulis",
            **s,
        ),
        m.Problem(
            id=ids["problem"],
            program_id=ids["program"],
            meeting_id=ids["meeting"],
            kind=NeedKind.NEED,
            title="Pasar tenun jauh",
            raised_by_person_id=ids["ani"],
            priority_rank=1,
            is_prioritised=True,
            affected_households=40,
            **s,
        ),
        m.Problem(
            id=ids["problem2"],
            program_id=ids["program"],
            kind=NeedKind.PROBLEM,
            title="Benang mahal",
            raised_by_group_id=ids["group"],
            **s,
        ),
        m.NeedVote(problem_id=ids["problem"], voter_person_id=ids["ani"], points=3, **s),
        m.PairwiseChoice(
            program_id=ids["program"],
            first_id=ids["problem"],
            second_id=ids["problem2"],
            winner_id=ids["problem"],
            **s,
        ),
        m.Resource(
            program_id=ids["program"],
            kind=ResourceKind.SOCIAL,
            name="Arisan",
            quantity=1.5,
            unit="kelompok",
            estimated_value=2_500_000,
            **s,
        ),
        m.Alternative(
            id=ids["alt"],
            program_id=ids["program"],
            problem_id=ids["problem"],
            title="Koperasi tenun",
            proposed_by_person_id=ids["ani"],
            estimated_cost=35_000_000,
            chosen=True,
            **s,
        ),
        m.Criterion(id=ids["crit"], program_id=ids["program"], name="Biaya", weight=2, **s),
        m.AlternativeScore(alternative_id=ids["alt"], criterion_id=ids["crit"], score=4, **s),
        m.AlternativeVote(alternative_id=ids["alt"], votes=17, **s),
        m.ActionPlan(
            id=ids["plan"],
            program_id=ids["program"],
            title="Rencana koperasi",
            group_id=ids["group"],
            alternative_id=ids["alt"],
            agreed_on=D,
            **s,
        ),
        m.Agreement(
            id=ids["agreement"],
            action_plan_id=ids["plan"],
            number="BA/01/2026",
            signed_on=D,
            location="Balai desa",
            **s,
        ),
        m.Signatory(
            agreement_id=ids["agreement"],
            person_id=ids["ani"],
            name="Ani Bria",
            role="ketua kelompok",
            sex=Sex.FEMALE,
            signed=True,
            **s,
        ),
        m.Activity(
            id=ids["act1"],
            program_id=ids["program"],
            action_plan_id=ids["plan"],
            stage=Stage.IMPLEMENTATION,
            title="Pelatihan pewarna alami",
            planned_start=D,
            planned_end=D + dt.timedelta(days=4),
            baseline_start=D,
            baseline_end=D + dt.timedelta(days=4),
            progress=40,
            **party,
            **s,
        ),
        m.Activity(
            id=ids["act2"],
            program_id=ids["program"],
            stage=Stage.IMPLEMENTATION,
            title="Pameran",
            planned_start=D + dt.timedelta(days=10),
            planned_end=D + dt.timedelta(days=10),
            is_milestone=True,
            party_kind=PartyKind.OUTSIDE_AGENCY,
            party_name="Dinas Koperasi",
            **s,
        ),
        m.Dependency(
            predecessor_id=ids["act1"],
            successor_id=ids["act2"],
            kind=DependencyKind.FINISH_TO_START,
            lag_days=2,
            **s,
        ),
        m.BudgetLine(
            activity_id=ids["act1"],
            description="Benang",
            source=FundingSource.OUTSIDE,
            source_name="Dana Desa",
            kind=ContributionKind.MATERIAL,
            quantity=20,
            unit="gulung",
            unit_value=150_000,
            amount=3_000_000,
            **s,
        ),
        m.Indicator(
            id=ids["indicator"],
            program_id=ids["program"],
            goal=Goal.INCOME,
            name="Pendapatan penenun per bulan",
            unit="Rp",
            baseline_value=400_000,
            target_value=900_000,
            baseline_on=D,
            **s,
        ),
        m.Measurement(indicator_id=ids["indicator"], measured_on=D, value=550_000.5, **party, **s),
        m.ProgressLog(
            id=ids["log"],
            activity_id=ids["act1"],
            logged_on=D,
            progress=40,
            actual_cost=1_250_000,
            women_present=14,
            men_present=3,
            **party,
            **s,
        ),
        m.Contribution(
            activity_id=ids["act1"],
            progress_log_id=ids["log"],
            source=FundingSource.COMMUNITY,
            kind=ContributionKind.LABOUR,
            contributor_group_id=ids["group"],
            given_on=D,
            quantity=6,
            unit="HOK",
            value=5_000_000_000_000,
            **s,
        ),
        m.Attachment(
            owner_table="progress_logs",
            owner_id=ids["log"],
            content_hash="cd" * 32,
            filename="foto.jpg",
            media_type="image/jpeg",
            size=14,
            **s,
        ),
        m.MonitoringMember(program_id=ids["program"], person_id=ids["ani"], role="ketua", **s),
        m.Finding(
            program_id=ids["program"],
            meeting_id=ids["meeting"],
            kind=FindingKind.LESSON,
            goal=Goal.BUSINESS,
            text="Harga naik",
            found_on=D,
            **party,
            **s,
        ),
        m.ExitItem(
            program_id=ids["program"],
            text="Serah terima buku kas",
            key="records",
            done=True,
            done_on=D,
            **s,
        ),
        m.Handover(
            program_id=ids["program"],
            kind=HandoverKind.ASSET,
            description="Alat tenun",
            to_group_id=ids["group"],
            handed_on=D,
            value=12_000_000,
            **s,
        ),
        m.StageReview(
            program_id=ids["program"],
            stage=4,
            verdict=ReviewVerdict.NEEDS_CHANGES,
            note="Berita acara belum ditandatangani",
            reviewed_at=dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC),
            reviewer="Dinas PMD",
            stage_version=123456789,
            **s,
        ),
    ]


def _columns(row: Base) -> dict[str, Any]:
    mapper = inspect(type(row))
    return {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}


def test_every_table_round_trips(db_url: str) -> None:
    database = open_database(db_url)
    graph = _graph()
    local = _SYNC_BOOKKEEPING | _LOCAL_CACHES
    sync_tables = {t.name for t in m.Base.metadata.sorted_tables if t.name in local}
    assert {type(r).__table__.name for r in graph} | sync_tables == set(Base.metadata.tables)  # type: ignore[attr-defined]
    try:
        with database.session() as session, session.begin():
            session.add_all(graph)
        written = [_columns(r) for r in graph]
        with Session(database.engine) as session:
            for row, expected in zip(graph, written, strict=True):
                mapper = inspect(type(row))
                key = mapper.primary_key_from_instance(row)
                loaded = session.get(type(row), tuple(key))
                assert loaded is not None
                assert _columns(loaded) == expected, type(row).__name__
    finally:
        database.dispose()


def test_synced_rows_carry_identity_scope_times_and_tombstone() -> None:
    tables = synced_tables()
    assert len(tables) >= 30
    for name in tables:
        table = Base.metadata.tables[name]
        assert [c.name for c in table.primary_key.columns] == ["id"], name
        assert isinstance(table.c.id.type, Uuid), name
        assert table.c.id.autoincrement is not True, name
        assert isinstance(table.c.village_code.type, String) and not table.c.village_code.nullable
        assert table.c.village_code.index, name
        assert isinstance(table.c.created_at.type.impl, DateTime)  # type: ignore[attr-defined]
        assert isinstance(table.c.deleted.type, Boolean)
    local = set(Base.metadata.tables) - set(tables)
    bookkeeping = {"places", "devices", "device_scopes", "local_settings", "blobs", "wizard_drafts"}
    sync = {"sync_versions", "sync_clock", "knowledge", "peer_knowledge", "applied_bundles"}
    assert local == bookkeeping | sync | {"conflicts", "held_changes"} | _LOCAL_CACHES


def test_new_rows_get_uuid7_keys_and_utc_times(tmp_path: Any) -> None:
    database = open_database(tmp_path / "x.sqlite")
    try:
        with database.session() as session, session.begin():
            people = [m.Person(name=f"Warga {i}", sex=Sex.MALE, village_code=V) for i in range(50)]
            session.add_all(people)
        ids = [p.id for p in people]
        assert all(i.version == 7 for i in ids)
        assert ids == sorted(ids)  # time-ordered
        with Session(database.engine) as session:
            person = session.scalars(select(m.Person)).first()
            assert person is not None
            assert person.created_at.tzinfo is dt.UTC
            age = dt.datetime.now(dt.UTC) - person.created_at
            assert dt.timedelta(0) <= age < dt.timedelta(minutes=5)
    finally:
        database.dispose()


def test_updates_move_updated_at_and_deletes_are_tombstones(tmp_path: Any) -> None:
    database = open_database(tmp_path / "x.sqlite")
    try:
        with database.session() as session, session.begin():
            person = m.Person(name="Siti", sex=Sex.FEMALE, village_code=V)
            session.add(person)
        first = person.updated_at
        with database.session() as session, session.begin():
            loaded = session.get(m.Person, person.id)
            assert loaded is not None and loaded.deleted is False
            loaded.deleted = True
        with database.session() as session:
            again = session.get(m.Person, person.id)
            assert again is not None and again.deleted is True
            assert again.updated_at >= first
    finally:
        database.dispose()


def test_references_are_enforced_when_the_transaction_commits(db_url: str) -> None:
    database = open_database(db_url)
    try:
        with pytest.raises(IntegrityError), database.session() as session, session.begin():
            session.add(
                m.GroupMembership(
                    group_id=uuid.uuid4(), person_id=uuid.uuid4(), role="anggota", village_code=V
                )
            )
        # a child written before its parent inside one transaction is fine (merge order)
        with database.session() as session, session.begin():
            person_id = uuid.UUID(int=7)
            session.add(
                m.Attendance(meeting_id=uuid.UUID(int=8), person_id=person_id, village_code=V)
            )
            session.flush()
            session.add(m.Person(id=person_id, name="Budi", sex=Sex.MALE, village_code=V))
            session.add(m.Program(id=uuid.UUID(int=9), name="P", start_date=D, village_code=V))
            session.add(
                m.Meeting(
                    id=uuid.UUID(int=8),
                    program_id=uuid.UUID(int=9),
                    stage=Stage.ASSESSMENT,
                    kind=MeetingKind.OTHER,
                    title="R",
                    held_on=D,
                    party_kind=PartyKind.FACILITATOR,
                    village_code=V,
                )
            )
    finally:
        database.dispose()
