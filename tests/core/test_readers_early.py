"""The core's reads for the early-stage wizards (preparation, assessment, meetings, planning):
plain values in the order the window shows them, with who carried each record named, and
nothing of another program (a district office's database holds every village's records)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.core import stages as st
from desktop.core.database import open_database
from desktop.core.domain import GroupKind, MeetingKind, NeedKind, ResourceKind, Sex, Stage
from desktop.core.models import CommunityGroup, Person
from desktop.core.programs import create_program
from desktop.core.readers import assessment, meetings, people, planning, preparation
from desktop.core.records import set_record_deleted
from desktop.core.stages import Attendee, Party

VILLAGE = "53.10.05.2003"
OTHER_VILLAGE = "32.05.20.2002"
START = dt.date(2026, 1, 5)
D = dt.date


@pytest.fixture(autouse=True)
def _own_keys(platformdirs_isolated: Path) -> None:
    """Device keys made by these tests go to the test's folder, not the user's."""


@dataclass
class Village:
    """A program in a village, with its people and groups by name."""

    session: Session
    program_id: uuid.UUID
    code: str
    people: dict[str, uuid.UUID]
    groups: dict[str, uuid.UUID]

    def person(self, name: str, sex: Sex = Sex.FEMALE) -> uuid.UUID:
        row = Person(village_code=self.code, name=name, sex=sex, is_resident=True)
        self.session.add(row)
        self.session.flush()
        self.people[name] = row.id
        return row.id

    def group(self, name: str) -> uuid.UUID:
        row = CommunityGroup(village_code=self.code, name=name, kind=GroupKind.FARMERS)
        self.session.add(row)
        self.session.flush()
        self.groups[name] = row.id
        return row.id

    def scored_alternative(self, problem: str, title: str, score: int) -> tuple[uuid.UUID, ...]:
        """A prioritised problem with one alternative scored on one criterion."""
        s, pid = self.session, self.program_id
        by = self.person("Ani")
        problem_id = st.add_problem(
            s, program_id=pid, title=problem, raised_by_person_id=by
        ).created[0]
        st.set_priorities(s, program_id=pid, problem_ids=[problem_id])
        alt = st.add_alternative(
            s, problem_id=problem_id, title=title, proposed_by_person_id=by
        ).created[0]
        crit = st.add_criterion(s, program_id=pid, name="Biaya murah", weight=2).created[0]
        st.score_alternative(s, alternative_id=alt, criterion_id=crit, score=score)
        return problem_id, alt, crit


def _program(session: Session, village: str) -> Village:
    created = create_program(
        session, village_code=village, name="Air bersih", start_date=START, end_date=None
    )
    return Village(session, created.created[0], village, {}, {})


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Village, Village]]:
    """Two programs of two villages in one database, as an office holds them."""
    db = open_database(tmp_path / "office.sqlite")
    session = db.session()
    try:
        with session.begin():
            yield _program(session, VILLAGE), _program(session, OTHER_VILLAGE)
    finally:
        session.close()
        db.dispose()


@pytest.fixture
def v(two: tuple[Village, Village]) -> Village:
    return two[0]


# --- planning ----------------------------------------------------------------------------------


def test_the_scores_read_are_the_programs_own_not_another_villages(
    two: tuple[Village, Village],
) -> None:
    here, there = two
    _, alt, crit = here.scored_alternative("Air bersih", "Sumur bor", 4)
    _, other_alt, other_crit = there.scored_alternative("Jalan rusak", "Cor jalan", 5)

    assert planning.scores(here.session, here.program_id) == {(alt, crit): 4}
    assert planning.scores(there.session, there.program_id) == {(other_alt, other_crit): 5}
    grid = planning.score_grid(here.session, here.program_id)
    assert [(c.name, c.weight) for c in grid.criteria] == [("Biaya murah", 2)]
    assert [(r.problem, r.title, r.scores, r.weighted_score, r.votes) for r in grid.rows] == [
        ("Air bersih", "Sumur bor", (4,), 8, 0)
    ]


def test_alternatives_name_who_proposed_them_and_the_problems_to_choose(v: Village) -> None:
    s, pid = v.session, v.program_id
    ani, tani = v.person("Ani"), v.group("Kelompok Tani")
    water_added = st.add_problem(s, program_id=pid, title="Air bersih", raised_by_person_id=ani)
    road_added = st.add_problem(s, program_id=pid, title="Jalan rusak", raised_by_group_id=tani)
    water, road = water_added.created[0], road_added.created[0]
    st.set_priorities(s, program_id=pid, problem_ids=[water, road])
    well = st.add_alternative(
        s, problem_id=water, title="Sumur bor", proposed_by_person_id=ani, estimated_cost=5_000
    ).created[0]
    st.add_alternative(
        s, problem_id=water, title="Pipa", proposed_by_person_id=ani, proposed_by_group_id=tani
    )
    st.add_alternative(s, problem_id=road, title="Cor jalan", proposed_by_group_id=tani)
    st.set_priorities(s, program_id=pid, problem_ids=[water])  # the road holds its alternative
    st.vote_alternative(s, alternative_id=well, votes=3)

    rows = planning.alternatives(s, pid)
    assert [(a.problem, a.title, a.proposed_by, a.estimated_cost) for a in rows] == [
        ("Air bersih", "Sumur bor", "Ani", 5_000),
        ("Air bersih", "Pipa", "Ani · Kelompok Tani", None),
        ("Jalan rusak", "Cor jalan", "Kelompok Tani", None),
    ]
    one = planning.alternative(s, pid, well)
    assert one is not None and (one.problem_id, one.proposed_by_person_id) == (water, ani)
    choices = planning.problem_choices(s, pid)
    assert [(p.title, p.prioritised) for p in choices] == [
        ("Air bersih", True),
        ("Jalan rusak", False),
    ]
    assert [(c.title, c.votes, c.chosen) for c in planning.choices(s, pid)] == [
        ("Sumur bor", 3, False),
        ("Pipa", 0, False),
    ]
    crit = st.add_criterion(s, program_id=pid, name="Swadaya", weight=3).created[0]
    assert planning.criterion(s, pid, crit) == planning.CriterionRow(crit, "Swadaya", 3)
    assert planning.criterion(s, uuid.uuid4(), crit) is None  # another program's: not read


# --- preparation -------------------------------------------------------------------------------


def test_preparation_reads_the_team_contacts_and_notes_with_names(v: Village) -> None:
    s, pid = v.session, v.program_id
    ani, budi = v.person("Ani"), v.person("Budi", Sex.MALE)
    pkk = v.group("PKK")
    st.assign_facilitator(
        s, program_id=pid, person_id=budi, role="Koordinator", assigned_on=D(2026, 1, 9)
    )
    first = st.assign_facilitator(
        s, program_id=pid, person_id=ani, role="Kader", is_community=True, assigned_on=START
    ).created[0]
    st.set_entry_plan(s, program_id=pid, text="Sowan ke kepala desa.")
    head = st.add_key_contact(s, program_id=pid, role="Kepala desa", person_id=budi).created[0]
    st.add_key_contact(s, program_id=pid, role="Ketua", person_id=ani, group_id=pkk, notes="RT 2")
    st.add_field_note(s, program_id=pid, text="Kedua", noted_on=D(2026, 1, 20), author_id=ani)
    st.add_field_note(s, program_id=pid, text="Pertama", noted_on=D(2026, 1, 12))

    assert [(m.name, m.role, m.is_community) for m in preparation.team(s, pid)] == [
        ("Ani", "Kader", True),
        ("Budi", "Koordinator", False),
    ]
    member = preparation.team_member(s, pid, first)
    assert member is not None and (member.person_id, member.assigned_on) == (ani, START)
    assert preparation.entry_plan(s, pid) == "Sowan ke kepala desa."
    assert [(c.who, c.role, c.notes) for c in preparation.key_contacts(s, pid)] == [
        ("Budi", "Kepala desa", None),
        ("Ani · PKK", "Ketua", "RT 2"),
    ]
    assert [(n.text, n.author) for n in preparation.field_notes(s, pid)] == [
        ("Pertama", None),
        ("Kedua", "Ani"),
    ]
    set_record_deleted(s, table="key_contacts", row_id=head, deleted=True)
    assert [c.role for c in preparation.key_contacts(s, pid)] == ["Ketua"]
    removed = preparation.key_contact(s, pid, head)  # still read to edit, as before
    assert removed is not None and removed.person_id == budi


# --- assessment and meetings -------------------------------------------------------------------


def test_problems_resources_and_ranking_read_with_who_and_where(v: Village) -> None:
    s, pid = v.session, v.program_id
    ani, tani = v.person("Ani"), v.group("Kelompok Tani")
    meeting = st.record_meeting(
        s,
        program_id=pid,
        stage=Stage.ASSESSMENT,
        kind=MeetingKind.DELIBERATION,
        title="Musyawarah dusun",
        held_on=D(2026, 2, 2),
        party=Party.facilitator(),
        attendees=[Attendee(ani, spoke=True)],
    ).created[0]
    water = st.add_problem(
        s, program_id=pid, title="Air bersih", raised_by_person_id=ani, meeting_id=meeting
    ).created[0]
    road = st.add_problem(
        s,
        program_id=pid,
        title="Jalan rusak",
        raised_by_group_id=tani,
        kind=NeedKind.NEED,
        affected_households=40,
    ).created[0]
    st.add_resource(s, program_id=pid, kind=ResourceKind.NATURAL, name="Mata air")
    st.add_resource(
        s, program_id=pid, kind=ResourceKind.HUMAN, name="Tukang", held_by_group_id=tani
    )
    st.record_pairwise_choice(s, program_id=pid, first_id=water, second_id=road, winner_id=road)

    rows = assessment.problems(s, pid)
    assert [(p.title, p.kind, p.raised_by, p.meeting, p.affected_households) for p in rows] == [
        ("Air bersih", NeedKind.PROBLEM, "Ani", "Musyawarah dusun", None),
        ("Jalan rusak", NeedKind.NEED, "Kelompok Tani", None, 40),
    ]
    one = assessment.problem(s, pid, road)
    assert one is not None and one.raised_by_group_id == tani
    listed = [(r.kind, r.name, r.held_by) for r in assessment.resources(s, pid)]
    assert sorted(listed, key=lambda r: (r[0].value, r[1])) == listed
    assert ("human", "Tukang", "Kelompok Tani") in [(k.value, n, h) for k, n, h in listed]
    ranking = assessment.ranking(s, pid)
    assert {p.title: p.wins for p in ranking.problems} == {"Air bersih": 0, "Jalan rusak": 1}
    assert ranking.compared == frozenset({frozenset({water, road})})


def test_meetings_count_women_and_men_and_name_who_spoke(two: tuple[Village, Village]) -> None:
    v, other = two
    s, pid = v.session, v.program_id
    ani, sri, budi = v.person("Ani"), v.person("Sri"), v.person("Budi", Sex.MALE)
    other.person("Wati")
    tani = v.group("Kelompok Tani")
    for day, title, group in ((D(2026, 2, 9), "Kedua", tani), (D(2026, 2, 2), "Pertama", None)):
        st.record_meeting(
            s,
            program_id=pid,
            stage=Stage.ASSESSMENT,
            kind=MeetingKind.FOCUS_GROUP,
            title=title,
            held_on=day,
            party=Party.facilitator(),
            attendees=[Attendee(sri, spoke=True), Attendee(ani, spoke=True), Attendee(budi)],
            unnamed_women=2,
            unnamed_men=1,
            group_id=group,
        )
    rows = meetings.meetings(s, pid, Stage.ASSESSMENT)
    assert [(m.title, m.group, m.women, m.men, m.spoke) for m in rows] == [
        ("Pertama", None, 4, 2, ("Ani", "Sri")),
        ("Kedua", "Kelompok Tani", 4, 2, ("Ani", "Sri")),
    ]
    assert meetings.meetings(s, pid, Stage.PLANNING) == ()
    assert people.people_by_id(s, pid) == {
        ani: ("Ani", Sex.FEMALE),
        sri: ("Sri", Sex.FEMALE),
        budi: ("Budi", Sex.MALE),
    }
