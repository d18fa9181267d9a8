"""One simulated field day of :mod:`desktop.core.simulate`, village by village.

Each open program of a village gets the work of the stage it is in, every write through the
core's stage operations.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.demo import names as words
from desktop.core.demo.field import carried_by, field_note, fill, minutes
from desktop.core.domain import (
    ContributionKind,
    FindingKind,
    FundingSource,
    PartyKind,
    Sex,
    Stage,
    StageStatus,
)
from desktop.core.errors import ValidationError
from desktop.core.ids import SimulatedTime
from desktop.core.models import (
    Activity,
    Attendance,
    CommunityGroup,
    Facilitator,
    Indicator,
    KeyContact,
    Meeting,
    Person,
    Program,
    StageState,
)
from desktop.core.schedule import ScheduleError
from desktop.core.stages import (
    Attendee,
    ContributionInput,
    Party,
    add_field_note,
    add_finding,
    add_monitoring_member,
    complete_stage,
    completion_issues,
    flow_for,
    log_progress,
    record_handover,
    record_measurement,
    record_meeting,
    release_facilitator,
    save_step,
    set_attendance,
    set_exit_item_done,
    set_final_report,
    start_stage,
)
from desktop.core.stages import close_program as close_program_op
from desktop.core.stages.evaluation import measurements_of, monitoring_team
from desktop.core.stages.formalisation_reads import indicators_of
from desktop.core.stages.guards import group_size
from desktop.core.stages.termination import FLOW as TERMINATION_FLOW
from desktop.core.stages.termination import checklist, handovers_of

MIN_STAGE_DAYS: dict[Stage, int] = {  # a stage is not completed sooner than this
    Stage.PREPARATION: 21,
    Stage.ASSESSMENT: 30,
    Stage.PLANNING: 18,
    Stage.FORMALISATION: 14,
    Stage.IMPLEMENTATION: 120,
    Stage.EVALUATION: 28,
    Stage.TERMINATION: 21,
}
# chance per program and field day
MEETING_CHANCE = 0.2  # about one meeting a week per program
NOTE_CHANCE = 0.12
VISIT_CHANCE = 0.3  # an activity under way is visited and its progress logged
CORRECTION_CHANCE = 0.1  # an earlier meeting's attendance is corrected
STEP_CHANCE = 0.1  # the wizard is opened and left on another page
ADVANCE_CHANCE = 0.5  # a stage that may be completed is completed today


class Outcomes(Protocol):
    """Where a day's work reports what the rules refused, what it completed and closed."""

    refused: list[str]
    completed: list[str]  # "program: stage" completed
    closed: list[str]  # programs formally closed


class VillageDay:
    """One village on one field day: each of its open programs gets the day's work."""

    def __init__(
        self,
        session: Session,
        code: str,
        day: dt.date,
        rng: random.Random,
        time: SimulatedTime,
        report: Outcomes,
    ) -> None:
        self.session = session
        self.code = code
        self.day = day
        self.rng = rng
        self.time = time
        self.report = report
        self.people = list(
            session.scalars(
                select(Person)
                .where(Person.village_code == code, Person.deleted.is_(False))
                .order_by(Person.id)
            )
        )
        self.groups = list(
            session.scalars(
                select(CommunityGroup)
                .where(CommunityGroup.village_code == code, CommunityGroup.deleted.is_(False))
                .order_by(CommunityGroup.id)
            )
        )
        self.hamlets = sorted({p.hamlet for p in self.people if p.hamlet}) or ["Dusun I"]

    def work(self) -> None:
        programs = self.session.scalars(
            select(Program)
            .where(
                Program.village_code == self.code,
                Program.deleted.is_(False),
                Program.closed_on.is_(None),
                Program.start_date <= self.day,
            )
            .order_by(Program.id)
        ).all()
        for program in programs:
            if program.end_date is not None and self.day > program.end_date:
                continue  # past its planned end: only a person can decide what happens now
            _ProgramDay(self, program).work()

    def run(self, op: Callable[..., Changes], **kwargs: Any) -> bool:
        """Run one stage operation a few milliseconds after the last; False if refused."""
        self.time.advance(dt.timedelta(milliseconds=self.rng.randint(2, 9)))
        try:
            with self.session.begin_nested():
                op(self.session, **kwargs)
        except (ValidationError, ScheduleError) as exc:
            self.report.refused.append(f"{self.day}: {op.__name__}: {exc}")
            return False
        return True


class _ProgramDay:
    """One program's work on one day, by the stage it is in."""

    def __init__(self, village: VillageDay, program: Program) -> None:
        self.v = village
        self.session = village.session
        self.rng = village.rng
        self.day = village.day
        self.program = program
        self.states = {
            s.stage: s
            for s in self.session.scalars(
                select(StageState)
                .where(StageState.program_id == program.id, StageState.deleted.is_(False))
                .order_by(StageState.position, StageState.id)
            )
        }

    # who ----------------------------------------------------------------------------------

    def stage(self) -> Stage | None:
        """The latest stage in progress (stages may overlap); None before any started."""
        current = [s for s, state in self.states.items() if state.status is StageStatus.IN_PROGRESS]
        return max(current, key=lambda s: s.number) if current else None

    def facilitator(self) -> Facilitator | None:
        return self.session.scalars(
            select(Facilitator)
            .where(
                Facilitator.program_id == self.program.id,
                Facilitator.deleted.is_(False),
                Facilitator.released_on.is_(None),
            )
            .order_by(Facilitator.is_community, Facilitator.id)
        ).first()

    def lead_group(self) -> CommunityGroup | None:
        """The group that carries most of the program's activities (else the village's first)."""
        counts = Counter(
            self.session.scalars(
                select(Activity.party_group_id).where(
                    Activity.program_id == self.program.id,
                    Activity.deleted.is_(False),
                    Activity.party_group_id.is_not(None),
                )
            )
        )
        live = {g.id: g for g in self.v.groups}
        ranked = sorted((gid for gid in counts if gid in live), key=lambda gid: (-counts[gid], gid))
        if ranked:
            return live[ranked[0]]
        return self.v.groups[0] if self.v.groups else None

    def party(self, stage: Stage) -> Party:
        """Who leads: the facilitator early on, the community's group later."""
        group = self.lead_group()
        late = stage.number >= Stage.IMPLEMENTATION.number
        if group is not None and (late or self.rng.random() < 0.3):
            return Party.community_group(group.id)
        helper = self.facilitator()
        return Party.facilitator(helper.person_id if helper is not None else None)

    # the day ------------------------------------------------------------------------------

    def work(self) -> None:
        stage = self.stage()
        if stage is None:
            if Stage.PREPARATION not in self.states or (
                self.states[Stage.PREPARATION].status is StageStatus.NOT_STARTED
            ):
                self.v.run(
                    start_stage, program_id=self.program.id, stage=Stage.PREPARATION, on=self.day
                )
            return
        if self.rng.random() < MEETING_CHANCE:
            self.meeting(stage)
        if self.rng.random() < NOTE_CHANCE:
            self.note(stage)
        self.progress(stage)
        if stage is Stage.EVALUATION:
            self.evaluate()
        if stage is Stage.TERMINATION:
            self.wind_down()
            if self.program.closed_on is not None:
                return  # closed today: read-only from now on
        if self.rng.random() < CORRECTION_CHANCE:
            self.correct_attendance()
        if self.rng.random() < STEP_CHANCE:
            self.save_place(stage)
        self.advance()

    def names(self) -> dict[str, Any]:
        """The names a text of the demo's words puts in: head of village, hamlets, group."""
        group = self.lead_group()
        kades = self.session.scalars(
            select(Person.name)
            .join(KeyContact, KeyContact.person_id == Person.id)
            .where(
                KeyContact.program_id == self.program.id,
                KeyContact.deleted.is_(False),
                KeyContact.role.ilike("%kepala desa%"),
            )
            .order_by(KeyContact.id)
        ).first()
        return {
            "kades": kades or "",
            "hamlets": self.v.hamlets,
            "group": group.name if group is not None else "kelompok",
        }

    def meeting(self, stage: Stage) -> None:
        people = self.v.people
        if not people:
            return
        kind, template = self.rng.choice(words.MEETINGS[stage])
        chosen = self.rng.sample(people, min(len(people), self.rng.randint(8, 20)))
        chosen.sort(key=lambda p: p.id)
        attendees = [
            Attendee(
                p.id,
                spoke=n < 2 or self.rng.random() < 0.4,
                decision_role=("pimpinan rapat", "notulis")[n] if n < 2 else None,
            )
            for n, p in enumerate(chosen)
        ]
        extra = self.rng.randint(0, 10)
        women = sum(1 for p in chosen if p.sex is Sex.FEMALE)
        unnamed_women = self.rng.randint(0, extra)
        title = fill(template, self.rng, **self.names())
        self.v.run(
            record_meeting,
            program_id=self.program.id,
            stage=stage,
            kind=kind,
            title=title,
            held_on=self.day,
            party=self.party(stage),
            attendees=attendees,
            unnamed_women=unnamed_women,
            unnamed_men=extra - unnamed_women,
            location=f"Balai {self.rng.choice(self.v.hamlets)}",
            minutes=minutes(title, len(chosen) + extra, women + unnamed_women),
        )

    def note(self, stage: Stage) -> None:
        helper = self.facilitator()
        self.v.run(
            add_field_note,
            program_id=self.program.id,
            text=field_note(self.rng, stage, **self.names()),
            noted_on=self.day,
            stage=stage,
            author_id=helper.person_id if helper is not None else None,
        )

    def progress(self, stage: Stage) -> None:
        """Visit the stage's activities under way; log how far they are, with contributions."""
        activities = self.session.scalars(
            select(Activity)
            .where(
                Activity.program_id == self.program.id,
                Activity.deleted.is_(False),
                Activity.stage == stage,
                Activity.planned_start <= self.day,
                Activity.progress < 100,
            )
            .order_by(Activity.position, Activity.id)
        ).all()
        for activity in activities:
            if self.rng.random() < VISIT_CHANCE:
                self.log(activity)

    def log(self, activity: Activity) -> None:
        rng = self.rng
        span = max(1, (activity.planned_end - activity.planned_start).days)
        elapsed = (self.day - activity.planned_start).days + 1
        due = min(100, round(100 * elapsed / span))
        if self.day >= activity.planned_end and rng.random() < 0.7:
            value = 100
        else:
            value = max(activity.progress + rng.randint(5, 15), due + rng.randint(-10, 5))
            value = min(100 if self.day >= activity.planned_end else 95, 5 * round(value / 5))
        if value <= activity.progress:
            return
        party = carried_by(activity)
        room = len(self.v.people)
        if party.kind is PartyKind.COMMUNITY_GROUP and party.group_id is not None:
            room = group_size(self.session, party.group_id, self.day)
        present = min(room, rng.randint(4, 15))
        women = rng.randint(0, present)
        gifts: list[ContributionInput] = []
        community = activity.stage is Stage.IMPLEMENTATION
        if community and present and rng.random() < 0.5:
            gifts.append(
                ContributionInput(
                    source=FundingSource.COMMUNITY,
                    kind=ContributionKind.LABOUR,
                    value=present * 80_000,
                    quantity=float(present),
                    unit="hari orang",
                    contributor_group_id=party.group_id,
                    contributor_name=None if party.group_id else "Warga",
                    description="Gotong royong",
                )
            )
        if community and rng.random() < 0.15:
            what, unit, price = rng.choice(words.MATERIALS)
            amount = rng.randint(2, 12)
            gifts.append(
                ContributionInput(
                    source=rng.choice((FundingSource.COMMUNITY, FundingSource.OUTSIDE)),
                    kind=ContributionKind.MATERIAL,
                    value=amount * price,
                    quantity=float(amount),
                    unit=unit,
                    contributor_name="Pemerintah Desa",
                    description=what,
                )
            )
        if community and present and rng.random() < 0.1:
            gifts.append(
                ContributionInput(
                    source=FundingSource.COMMUNITY,
                    kind=ContributionKind.MONEY,
                    value=present * 10_000,
                    contributor_group_id=party.group_id,
                    contributor_name=None if party.group_id else "Warga",
                    description="Iuran anggota",
                )
            )
        problems = rng.choice(words.PROGRESS_PROBLEMS) if rng.random() < 0.15 else None
        self.v.run(
            log_progress,
            activity_id=activity.id,
            logged_on=self.day,
            progress=value,
            party=party,
            actual_cost=sum(g.value for g in gifts if g.kind is not ContributionKind.LABOUR),
            women_present=women,
            men_present=present - women,
            problems_met=problems,
            notes=rng.choice(words.PROGRESS_NOTES),
            contributions=gifts,
        )

    def evaluate(self) -> None:
        """The community's monitoring team measures the indicators; findings are written."""
        rng = self.rng
        team = monitoring_team(self.session, self.program.id)
        if not team:
            group = self.lead_group()
            members = [p for p in self.v.people if group is None or p.id != group.contact_person_id]
            if members:
                self.v.run(
                    add_monitoring_member,
                    program_id=self.program.id,
                    person_id=rng.choice(members).id,
                    role="Anggota tim pemantau",
                    joined_on=self.day,
                )
            return
        indicators = indicators_of(self.session, self.program.id)
        if indicators and rng.random() < 0.25:
            indicator = rng.choice(indicators)
            if indicator.baseline_on is None or indicator.baseline_on <= self.day:
                self.measure(indicator, rng.choice(team).person_id)
        if rng.random() < 0.08:
            kind = rng.choice(list(FindingKind))
            self.v.run(
                add_finding,
                program_id=self.program.id,
                kind=kind,
                text=rng.choice(words.FINDINGS[kind.value]),
                found_on=self.day,
                party=self.party(Stage.EVALUATION),
            )

    def measure(self, indicator: Indicator, person_id: uuid.UUID) -> None:
        earlier = measurements_of(self.session, indicator.id)
        last = earlier[-1].value if earlier else indicator.baseline_value
        value = last + (indicator.target_value - last) * self.rng.uniform(0.05, 0.3)
        whole = (
            float(indicator.baseline_value).is_integer()
            and float(indicator.target_value).is_integer()
        )
        value = float(round(value)) if whole else round(value, 1)
        self.v.run(
            record_measurement,
            indicator_id=indicator.id,
            measured_on=self.day,
            value=value,
            party=Party.member(person_id),
            note="Diukur tim pemantau warga",
        )

    def wind_down(self) -> None:
        """Termination: the exit checklist ticked off, handovers, the final report, closing."""
        rng = self.rng
        items = [item for item in checklist(self.session, self.program.id) if not item.done]
        if items and rng.random() < 0.2:
            self.v.run(
                set_exit_item_done, item_id=rng.choice(items).id, done=True, done_on=self.day
            )
        group = self.lead_group()
        handed = handovers_of(self.session, self.program.id)
        if group is not None and len(handed) < len(words.HANDOVERS) and rng.random() < 0.08:
            kind, description = words.HANDOVERS[len(handed)]
            self.v.run(
                record_handover,
                program_id=self.program.id,
                kind=kind,
                description=description,
                to_group_id=group.id,
                handed_on=self.day,
            )
        if items or not handed:
            return
        if self.program.final_report is None:
            self.v.run(
                set_final_report,
                program_id=self.program.id,
                text=f"Laporan akhir {self.program.name}: kegiatan diteruskan oleh "
                f"{group.name if group is not None else 'warga'} tanpa pendamping.",
            )
            return
        helper = self.facilitator()
        if helper is not None:
            if rng.random() < 0.3:
                self.v.run(release_facilitator, facilitator_id=helper.id, released_on=self.day)
            return
        closing = [
            found
            for step in TERMINATION_FLOW.steps
            if step.id != "closing" and not step.optional
            for found in step.issues(self.session, self.program)
        ]
        if not closing and rng.random() < 0.3:
            name = self.program.name
            if self.v.run(close_program_op, program_id=self.program.id, closed_on=self.day):
                self.v.report.closed.append(name)

    def correct_attendance(self) -> None:
        """An earlier meeting's list corrected: a latecomer added, a name listed by mistake
        taken off (its attendance row is tombstoned)."""
        since = self.day - dt.timedelta(days=21)
        meeting = self.session.scalars(
            select(Meeting)
            .where(
                Meeting.program_id == self.program.id,
                Meeting.deleted.is_(False),
                Meeting.held_on >= since,
                Meeting.held_on <= self.day,
            )
            .order_by(Meeting.held_on.desc(), Meeting.id)
        ).first()
        if meeting is None:
            return
        rows = self.session.scalars(
            select(Attendance)
            .where(Attendance.meeting_id == meeting.id, Attendance.deleted.is_(False))
            .order_by(Attendance.id)
        ).all()
        attendees = [Attendee(r.person_id, r.spoke, r.decision_role) for r in rows]
        plain = [a for a in attendees if a.decision_role is None]
        if plain and len(attendees) > 2 and self.rng.random() < 0.7:
            attendees.remove(self.rng.choice(plain))
        listed = {a.person_id for a in attendees}
        absent = [p for p in self.v.people if p.id not in listed]
        if absent:
            attendees.append(Attendee(self.rng.choice(absent).id, spoke=False))
        self.v.run(
            set_attendance,
            meeting_id=meeting.id,
            attendees=attendees,
            unnamed_women=meeting.unnamed_women,
            unnamed_men=max(0, meeting.unnamed_men - 1) if absent else meeting.unnamed_men,
        )

    def save_place(self, stage: Stage) -> None:
        flow = flow_for(stage)
        state = self.states.get(stage)
        step = state.current_step if state is not None else None
        following = flow.next_step(step) if step and flow.has_step(step) else flow.first_step
        if following is not None:
            self.v.run(save_step, program_id=self.program.id, stage=stage, current_step=following)

    def advance(self) -> None:
        """Complete the stages in progress whose flow is done (after a plausible time), and
        start the next one."""
        for stage, state in list(self.states.items()):
            if stage is Stage.TERMINATION or state.status is not StageStatus.IN_PROGRESS:
                continue
            began = state.started_on or self.program.start_date
            if (self.day - began).days < MIN_STAGE_DAYS[stage]:
                continue
            if self.rng.random() >= ADVANCE_CHANCE:
                continue
            if completion_issues(self.session, program_id=self.program.id, stage=stage):
                continue
            if not self.v.run(complete_stage, program_id=self.program.id, stage=stage, on=self.day):
                continue
            self.v.report.completed.append(f"{self.program.name}: {flow_for(stage).name}")
            following = list(Stage)[stage.number] if stage.number < len(Stage) else None
            after = self.states.get(following) if following is not None else None
            if following is not None and (after is None or after.status is StageStatus.NOT_STARTED):
                self.v.run(start_stage, program_id=self.program.id, stage=following, on=self.day)
