"""Small worlds for the stage tests: a database copied from one migrated template, a program
in a village, people and groups by short name, and a check that a refusal changed nothing."""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, table
from sqlalchemy.orm import Session

from desktop.core import stages as st
from desktop.core.database import open_database
from desktop.core.db import Database
from desktop.core.domain import (
    ContributionKind,
    FindingKind,
    FundingSource,
    Goal,
    GroupKind,
    HandoverKind,
    MeetingKind,
    PartyKind,
    ResourceKind,
    Sex,
    Stage,
)
from desktop.core.errors import ValidationError
from desktop.core.models import CommunityGroup, ExitItem, GroupMembership, Person, Program
from desktop.core.models.base import synced_tables
from desktop.core.programs import create_program
from desktop.core.stages import Attendee, Party

VILLAGE = "53.10.05.2003"
START = dt.date(2026, 1, 5)
END = dt.date(2026, 12, 31)
D = dt.date
MEETING_DAY = D(2026, 2, 2)
WORK_START, WORK_END = D(2026, 3, 2), D(2026, 3, 20)

_template: list[Path] = []


def template() -> Path:
    """One migrated, empty database per test run; each world starts from a copy of it."""
    if not _template:
        folder = Path(tempfile.mkdtemp(prefix="berdaya-stages-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        db = open_database(folder / "template.sqlite")
        db.dispose()
        _template.append(folder / "template.sqlite")
    return _template[0]


class World:
    """A program and the people around it, with short helpers that call the operations."""

    def __init__(self, db: Database, session: Session, program_id: uuid.UUID) -> None:
        self.db = db
        self.session = session
        self.program_id = program_id
        self.people: dict[str, uuid.UUID] = {}
        self.groups: dict[str, uuid.UUID] = {}

    @property
    def program(self) -> Program:
        program = self.session.get(Program, self.program_id)
        assert program is not None
        return program

    # --- people and groups (not a stage's business: plain rows) -----------------------------

    def person(self, name: str, sex: Sex = Sex.FEMALE, *, resident: bool = True) -> uuid.UUID:
        row = Person(village_code=VILLAGE, name=name, sex=sex, is_resident=resident)
        self.session.add(row)
        self.session.flush()
        self.people[name] = row.id
        return row.id

    def women(self, *names: str) -> list[uuid.UUID]:
        return [self.person(n, Sex.FEMALE) for n in names]

    def men(self, *names: str) -> list[uuid.UUID]:
        return [self.person(n, Sex.MALE) for n in names]

    def group(
        self, name: str, members: dict[str, bool] | None = None, *, left: tuple[str, ...] = ()
    ) -> uuid.UUID:
        """A group; ``members`` maps people's names to whether they hold a decision role."""
        row = CommunityGroup(village_code=VILLAGE, name=name, kind=GroupKind.FARMERS)
        self.session.add(row)
        self.session.flush()
        for member, deciding in (members or {}).items():
            self.session.add(
                GroupMembership(
                    village_code=VILLAGE,
                    group_id=row.id,
                    person_id=self.people[member],
                    role="ketua" if deciding else "anggota",
                    is_decision_role=deciding,
                    left_on=D(2026, 2, 1) if member in left else None,
                )
            )
        self.session.flush()
        self.groups[name] = row.id
        return row.id

    # --- checks ------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {
            name: int(self.session.scalar(select(func.count()).select_from(table(name))) or 0)
            for name in [*synced_tables(), "blobs"]
        }

    def refused(self, operation: Callable[..., Any], **kwargs: Any) -> ValidationError:
        """Call an operation that must be refused; nothing may have changed."""
        before = self.counts()
        with pytest.raises(ValidationError) as caught:
            operation(self.session, **kwargs)
        assert not self.session.new and not self.session.dirty
        assert self.counts() == before
        return caught.value

    def issues(self, stage: Stage, step: str) -> list[str]:
        return [i.message for i in st.flow_for(stage).step_issues(self.session, self.program, step)]

    def done_issues(self, stage: Stage) -> list[str]:
        return [i.message for i in st.flow_for(stage).done_issues(self.session, self.program)]

    # --- shortcuts for the operations (sensible defaults, override any) ----------------------

    def meeting(
        self,
        stage: Stage = Stage.ASSESSMENT,
        *,
        kind: MeetingKind = MeetingKind.DELIBERATION,
        attendees: tuple[Attendee, ...] = (),
        women: int = 0,
        men: int = 0,
        party: Party | None = None,
        held_on: dt.date = MEETING_DAY,
        title: str = "Musyawarah dusun",
    ) -> uuid.UUID:
        changes = st.record_meeting(
            self.session,
            program_id=self.program_id,
            stage=stage,
            kind=kind,
            title=title,
            held_on=held_on,
            party=party or Party.facilitator(),
            attendees=attendees,
            unnamed_women=women,
            unnamed_men=men,
        )
        return changes.created[0]

    def problem(self, title: str, by: str | None = None, **extra: Any) -> uuid.UUID:
        by = by or next(iter(self.people))
        return st.add_problem(
            self.session,
            program_id=self.program_id,
            title=title,
            raised_by_person_id=self.people[by],
            **extra,
        ).created[0]

    def prioritised_problem(self, title: str = "Air bersih") -> uuid.UUID:
        problem_id = self.problem(title)
        st.set_priorities(self.session, program_id=self.program_id, problem_ids=[problem_id])
        return problem_id

    def alternative(self, problem_id: uuid.UUID, title: str, by: str | None = None) -> uuid.UUID:
        by = by or next(iter(self.people))
        return st.add_alternative(
            self.session, problem_id=problem_id, title=title, proposed_by_person_id=self.people[by]
        ).created[0]

    def chosen_alternative(self, title: str = "Sumur bor") -> uuid.UUID:
        problem_id = self.prioritised_problem()
        alt = self.alternative(problem_id, title)
        st.vote_alternative(self.session, alternative_id=alt, votes=10)
        st.choose_alternatives(self.session, program_id=self.program_id)
        return alt

    def plan(self, title: str = "Sumur bor") -> uuid.UUID:
        alt = self.chosen_alternative(title)
        return st.create_action_plan(self.session, alternative_id=alt).created[0]

    def activity(
        self,
        title: str,
        start: dt.date = WORK_START,
        end: dt.date = WORK_END,
        *,
        plan: uuid.UUID | None = None,
        party: Party | None = None,
        stage: Stage = Stage.IMPLEMENTATION,
    ) -> uuid.UUID:
        return st.add_activity(
            self.session,
            program_id=self.program_id,
            title=title,
            planned_start=start,
            planned_end=end,
            party=party or Party(PartyKind.COMMUNITY_GROUP, group_id=self._any_group()),
            stage=stage,
            action_plan_id=plan,
        ).created[0]

    def _any_group(self) -> uuid.UUID:
        if not self.groups:
            self.group("Kelompok Tani Maju")
        return next(iter(self.groups.values()))

    def indicator(
        self, name: str = "Rumah tangga dengan air bersih", baseline: float = 20, target: float = 80
    ) -> uuid.UUID:
        return st.add_indicator(
            self.session,
            program_id=self.program_id,
            goal=Goal.LIVING,
            name=name,
            unit="households",
            baseline_value=baseline,
            target_value=target,
            baseline_on=D(2026, 1, 10),
            target_on=D(2026, 12, 10),
        ).created[0]

    def count(self, model: type[Any]) -> int:
        return int(self.session.scalar(select(func.count()).select_from(model)) or 0)


@contextlib.contextmanager
def open_world(folder: Path, *, end: dt.date | None = END) -> Iterator[World]:
    path = folder / "world.sqlite"
    shutil.copyfile(template(), path)
    db = open_database(path)
    session = db.session()
    try:
        with session.begin():
            created = create_program(
                session,
                village_code=VILLAGE,
                name="Air bersih untuk semua",
                start_date=START,
                end_date=end,
            )
            yield World(db, session, created.created[0])
    finally:
        session.close()
        db.dispose()


def walk_to_the_end(w: World) -> None:
    """A whole program, stage by stage, each completed, then closed. Its figures are easy:
    the counts below are what the principle and summary tests expect."""
    s, pid = w.session, w.program_id
    ani, sri = w.women("Ani", "Sri")
    budi, joko = w.men("Budi", "Joko")
    fasil = w.person("Pak Fasil", Sex.MALE, resident=False)
    tani = w.group("Kelompok Tani Maju", {"Ani": True, "Budi": False})

    # 1 preparation
    st.start_stage(s, program_id=pid, stage=Stage.PREPARATION, on=START)
    facilitator = st.assign_facilitator(
        s, program_id=pid, person_id=fasil, role="pendamping desa", assigned_on=START
    ).created[0]
    st.set_entry_plan(s, program_id=pid, text="Sowan ke kepala desa, lalu ke tokoh adat.")
    st.add_key_contact(s, program_id=pid, role="ketua kelompok tani", group_id=tani)
    st.add_field_note(s, program_id=pid, text="Warga antusias.", noted_on=D(2026, 1, 12))
    st.complete_stage(s, program_id=pid, stage=Stage.PREPARATION, on=D(2026, 1, 20))

    # 2 assessment: one meeting, 2 named women + 1 named man + 1 woman and 2 men counted
    st.start_stage(s, program_id=pid, stage=Stage.ASSESSMENT, on=D(2026, 2, 1))
    meeting = w.meeting(
        Stage.ASSESSMENT,
        attendees=(
            Attendee(ani, spoke=True, decision_role="chair"),
            Attendee(sri),
            Attendee(budi, spoke=True),
        ),
        women=1,
        men=2,
        party=Party.facilitator(fasil),
        held_on=D(2026, 2, 2),
    )
    water = st.add_problem(
        s, program_id=pid, title="Air bersih", raised_by_person_id=ani, meeting_id=meeting
    ).created[0]
    road = st.add_problem(
        s, program_id=pid, title="Jalan rusak", raised_by_person_id=budi, meeting_id=meeting
    ).created[0]
    st.add_resource(s, program_id=pid, kind=ResourceKind.NATURAL, name="Mata air")
    st.record_need_votes(
        s,
        program_id=pid,
        votes=[st.NeedVoteInput(water, 12), st.NeedVoteInput(road, 5)],
        cast_on=D(2026, 2, 2),
    )
    st.rank_problems(s, program_id=pid, top=1)
    st.complete_stage(s, program_id=pid, stage=Stage.ASSESSMENT, on=D(2026, 2, 10))

    # 3 planning
    st.start_stage(s, program_id=pid, stage=Stage.PLANNING, on=D(2026, 2, 11))
    well = st.add_alternative(
        s, problem_id=water, title="Sumur bor", proposed_by_person_id=sri
    ).created[0]
    pipe = st.add_alternative(
        s, problem_id=water, title="Pipa dari mata air", proposed_by_group_id=tani
    ).created[0]
    cost = st.add_criterion(s, program_id=pid, name="Biaya", weight=2).created[0]
    st.score_alternative(s, alternative_id=well, criterion_id=cost, score=2)
    st.score_alternative(s, alternative_id=pipe, criterion_id=cost, score=4)
    st.choose_alternatives(s, program_id=pid)
    st.complete_stage(s, program_id=pid, stage=Stage.PLANNING, on=D(2026, 2, 20))

    # 4 formalisation: one plan, two activities (one by the facilitator), budget 3/4 community
    st.start_stage(s, program_id=pid, stage=Stage.FORMALISATION, on=D(2026, 2, 21))
    plan = st.create_action_plan(s, alternative_id=pipe, group_id=tani).created[0]
    dig = w.activity(
        "Gali parit", D(2026, 3, 2), D(2026, 3, 27), plan=plan, party=Party.community_group(tani)
    )
    train = w.activity(
        "Pelatihan perawatan",
        D(2026, 4, 6),
        D(2026, 4, 10),
        plan=plan,
        party=Party.facilitator(fasil),
    )
    st.add_dependency(s, predecessor_id=dig, successor_id=train)
    st.add_budget_line(
        s,
        activity_id=dig,
        description="Pipa",
        source=FundingSource.OUTSIDE,
        kind=ContributionKind.MATERIAL,
        unit_value=1_000_000,
    )
    st.add_budget_line(
        s,
        activity_id=dig,
        description="Gotong royong",
        source=FundingSource.COMMUNITY,
        kind=ContributionKind.LABOUR,
        quantity=30,
        unit_value=100_000,
    )
    households = w.indicator()
    st.record_agreement(
        s,
        action_plan_id=plan,
        signed_on=D(2026, 2, 27),
        signatories=[
            st.SignatoryInput("Ani", "ketua kelompok", person_id=ani),
            st.SignatoryInput("Kepala Desa", "kepala desa"),
        ],
    )
    st.complete_stage(s, program_id=pid, stage=Stage.FORMALISATION, on=D(2026, 2, 28))

    # 5 implementation
    st.start_stage(s, program_id=pid, stage=Stage.IMPLEMENTATION, on=D(2026, 3, 2))
    st.log_progress(
        s,
        activity_id=dig,
        logged_on=D(2026, 3, 27),
        progress=100,
        party=Party.community_group(tani),
        women_present=1,
        men_present=1,
        contributions=[
            st.ContributionInput(
                FundingSource.COMMUNITY, ContributionKind.LABOUR, 2_000_000, quantity=20
            ),
            st.ContributionInput(FundingSource.OUTSIDE, ContributionKind.MATERIAL, 2_000_000),
        ],
    )
    st.log_progress(
        s,
        activity_id=train,
        logged_on=D(2026, 4, 10),
        progress=100,
        party=Party.facilitator(fasil),
    )
    st.complete_stage(s, program_id=pid, stage=Stage.IMPLEMENTATION, on=D(2026, 4, 15))

    # 6 evaluation
    st.start_stage(s, program_id=pid, stage=Stage.EVALUATION, on=D(2026, 5, 4))
    st.add_monitoring_member(s, program_id=pid, person_id=sri, role="ketua tim")
    st.record_measurement(
        s,
        indicator_id=households,
        measured_on=D(2026, 6, 10),
        value=50,
        party=Party.member(sri),
    )
    w.meeting(
        Stage.EVALUATION,
        kind=MeetingKind.EVALUATION,
        attendees=(Attendee(sri, spoke=True), Attendee(joko, decision_role="notulen")),
        party=Party.member(sri),
        held_on=D(2026, 6, 12),
        title="Evaluasi bersama",
    )
    st.add_finding(
        s,
        program_id=pid,
        kind=FindingKind.RECOMMENDATION,
        text="Iuran perawatan bulanan",
        found_on=D(2026, 6, 12),
        party=Party.member(sri),
    )
    st.complete_stage(s, program_id=pid, stage=Stage.EVALUATION, on=D(2026, 6, 15))

    # 7 termination
    st.start_stage(s, program_id=pid, stage=Stage.TERMINATION, on=D(2026, 7, 1))
    for item in s.scalars(select(ExitItem).where(ExitItem.program_id == pid)).all():
        st.set_exit_item_done(s, item_id=item.id, done_on=D(2026, 7, 20))
    st.record_handover(
        s,
        program_id=pid,
        kind=HandoverKind.ASSET,
        description="Jaringan pipa",
        to_group_id=tani,
        handed_on=D(2026, 7, 15),
    )
    st.release_facilitator(s, facilitator_id=facilitator, released_on=D(2026, 7, 31))
    st.set_final_report(s, program_id=pid, text="Air mengalir ke 50 rumah.")
    st.close_program(s, program_id=pid, closed_on=D(2026, 7, 31))
