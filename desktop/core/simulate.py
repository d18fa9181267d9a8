"""Simulated field work: ``days`` days of a facilitator's work added to an existing database.

:func:`simulate` carries on from where the database stands, the way the demo's stories would
go on: meetings with attendance by name, field notes, progress logs with the community's
contributions, indicator measurements and findings, the exit checklist ticked off, attendance
corrected after the fact (people added, people listed by mistake removed), the wizards' place
saved, stages completed when their flow says they are done and the next one started, programs
closed. Tests and benchmarks use it to make realistic concurrent edits on several devices.

The rules it keeps:

* Only the villages this database's device is bound to, and only programs that are not closed
  (nor deleted) and whose dates cover the day.
* Every write goes through the stage operations of :mod:`desktop.core.stages` (and
  :func:`~desktop.core.stages.lifecycle.save_step`), so validation holds and change capture
  records each write for sync. An operation that is refused anyway is counted in the report
  (``refused``), never forced.
* One transaction per simulated day: a run killed half-way loses at most the day in flight.
* Days run forward from the day after the latest dated record of those villages (or from
  ``start``). Sundays and Indonesian public holidays (cuti bersama included) are days off:
  nothing is recorded on them. Records are dated on the simulated days, so they lie at most
  ``days`` days after the database's latest activity (or after ``start``).
* Deterministic: the same database, seed and number of days give the same rows, byte for byte
  in ``berdaya dump``. The choices come from ``random.Random`` seeded with the seed and this
  database's device id (two devices given the same seed still make different records).

Stamps. Row ids, ``created_at``/``updated_at`` and the sync clock (HLC) readings come from a
:class:`~desktop.core.ids.SimulatedTime`, not from the wall clock (which would break
determinism). That clock does *not* follow the simulated calendar: it starts just after the
newest stamp the database already holds (the HLC and every synced row's ``updated_at``) and
moves one second per simulated day (and a few milliseconds per operation). So a simulated
month is about 30 seconds of stamps: later than everything the database knew (the simulated
edits win over older ones, as real fresh edits would), and — since the database's own stamps
lie in the past — not in the future of another device that imports the bundle. Following the
calendar instead would date a month simulated from today a month ahead, and the merge holds
changes more than five minutes in the importer's future: bundles of two simulated devices
could not be exchanged. The records' own dates (a meeting's day, a log's day) are the
simulated days.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from desktop.core import demo_names as words
from desktop.core import device, places
from desktop.core.calendar_id import SUNDAY, WorkingCalendar
from desktop.core.changes import Changes
from desktop.core.db import Database
from desktop.core.domain import (
    ContributionKind,
    FindingKind,
    FundingSource,
    HandoverKind,
    MeetingKind,
    PartyKind,
    PlaceLevel,
    Sex,
    Stage,
    StageStatus,
)
from desktop.core.errors import ValidationError
from desktop.core.ids import SimulatedTime, simulated
from desktop.core.models import (
    Activity,
    Attendance,
    CommunityGroup,
    Contribution,
    ExitItem,
    Facilitator,
    FieldNote,
    Finding,
    Handover,
    Indicator,
    KeyContact,
    Measurement,
    Meeting,
    Person,
    Program,
    ProgressLog,
    StageState,
    SyncClock,
)
from desktop.core.models.base import Base, Synced, synced_tables
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
from desktop.core.stages.formalisation import indicators_of
from desktop.core.stages.guards import group_size
from desktop.core.stages.termination import FLOW as TERMINATION_FLOW
from desktop.core.stages.termination import checklist, handovers_of
from desktop.core.sync import clock

DAY_STEP = dt.timedelta(seconds=1)  # how far the stamps move per simulated day
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

MEETINGS: dict[Stage, tuple[tuple[MeetingKind, str], ...]] = {
    Stage.PREPARATION: (
        (MeetingKind.OTHER, "Silaturahmi dengan tokoh masyarakat {dusun}"),
        (MeetingKind.DELIBERATION, "Sosialisasi program di {dusun}"),
    ),
    Stage.ASSESSMENT: (
        (MeetingKind.FOCUS_GROUP, "Diskusi kelompok perempuan {dusun}"),
        (MeetingKind.DELIBERATION, "Musyawarah dusun {dusun}"),
        (MeetingKind.TRANSECT, "Transek dan pemetaan {dusun}"),
    ),
    Stage.PLANNING: (
        (MeetingKind.FOCUS_GROUP, "Diskusi alternatif bersama warga {dusun}"),
        (MeetingKind.DELIBERATION, "Musyawarah pemilihan alternatif"),
    ),
    Stage.FORMALISATION: (
        (MeetingKind.DELIBERATION, "Penyusunan rencana aksi bersama {group}"),
        (MeetingKind.FOCUS_GROUP, "Pembahasan jadwal dan anggaran kegiatan"),
    ),
    Stage.IMPLEMENTATION: (
        (MeetingKind.DELIBERATION, "Rapat rutin {group}"),
        (MeetingKind.TRAINING, "Pelatihan anggota {group}"),
        (MeetingKind.MONITORING, "Pemantauan kegiatan di {dusun}"),
    ),
    Stage.EVALUATION: (
        (MeetingKind.EVALUATION, "Musyawarah evaluasi partisipatif"),
        (MeetingKind.MONITORING, "Rapat tim pemantau warga"),
    ),
    Stage.TERMINATION: (
        (MeetingKind.DELIBERATION, "Musyawarah persiapan serah terima"),
        (MeetingKind.OTHER, "Rapat pengurus {group}"),
    ),
}
MATERIALS = (
    ("Semen", "sak", 65_000),
    ("Bibit", "batang", 5_000),
    ("Pasir", "m3", 250_000),
    ("Pupuk kandang", "karung", 20_000),
    ("Papan", "lembar", 45_000),
)
HANDOVERS = (
    (HandoverKind.RECORD, "Buku kas, notulen dan daftar anggota"),
    (HandoverKind.ROLE, "Peran pendamping kelompok kepada kader desa"),
    (HandoverKind.ASSET, "Peralatan kegiatan kelompok"),
)


class SimulationError(ValueError):
    """The database cannot be simulated on; the message is meant for the person at the screen."""


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass
class SimulationReport:
    """What a simulation did: rows created, edited and tombstoned by table, the days covered."""

    first_day: dt.date
    days: int
    field_days: int = 0
    villages: tuple[str, ...] = ()
    created: Counter[str] = field(default_factory=Counter)
    edited: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    completed: list[str] = field(default_factory=list)  # "program: stage" completed
    closed: list[str] = field(default_factory=list)  # programs formally closed
    refused: list[str] = field(default_factory=list)  # operations the rules refused

    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=max(self.days, 1) - 1)

    def text(self) -> str:
        """One line for the terminal."""
        span = f"{self.first_day:%d-%m-%Y} to {self.last_day:%d-%m-%Y}" if self.days else "no days"
        line = (
            f"Simulated {_count(self.days, 'day')} ({span}, {_count(self.field_days, 'field day')})"
            f" in {_count(len(self.villages), 'village')}: "
            f"{_count(sum(self.created.values()), 'row')} created, "
            f"{_count(sum(self.edited.values()), 'edit')}, "
            f"{_count(sum(self.deleted.values()), 'deletion')}; "
            f"{_count(len(self.completed), 'stage')} completed, "
            f"{_count(len(self.closed), 'program')} closed"
        )
        if self.refused:
            line += f"; {_count(len(self.refused), 'operation')} refused"
        return line + "."

    def tables(self) -> str:
        """The counts by table, one line each: ``table: created/edited/deleted``."""
        names = sorted(set(self.created) | set(self.edited) | set(self.deleted))
        width = max((len(name) for name in names), default=0)
        return "\n".join(
            f"  {name:<{width}}  {self.created[name]:>5} created  {self.edited[name]:>5} edited"
            f"  {self.deleted[name]:>4} deleted"
            for name in names
        )


def simulate(
    db: Database, *, days: int, seed: int = 0, start: dt.date | None = None
) -> SimulationReport:
    """Apply ``days`` days of field work to ``db``, one transaction per day (see the module)."""
    if days < 0:
        raise ValueError("days cannot be negative")
    with db.session() as session, session.begin():
        info = device.local_device(session)
        villages = tuple(code for code in info.scope if places.level_of(code) is PlaceLevel.VILLAGE)
        if not villages:
            raise SimulationError(
                f"“{db.name}” is not bound to any village: simulated field work needs the "
                "database of a village device (berdaya init --village CODE)."
            )
        first = start or _day_after_latest(session, villages)
        base = _newest_stamp(session) + dt.timedelta(milliseconds=1)
    rng = random.Random(f"berdaya-simulate:{seed}:{info.id}")
    time = SimulatedTime(base, seed=rng.getrandbits(63))
    report = SimulationReport(first_day=first, days=days, villages=villages)
    calendar = WorkingCalendar(weekend=(SUNDAY,))
    with simulated(time):
        for index in range(days):
            day = first + dt.timedelta(days=index)
            moment = base + DAY_STEP * index
            if moment > time.now:
                time.advance(moment - time.now)
            if not calendar.is_working_day(day):
                continue
            report.field_days += 1
            with db.session() as session, session.begin():
                counter = _Counter(report)
                event.listen(session, "after_flush", counter.after_flush)
                for code in villages:
                    _Village(session, code, day, rng, time, report).work()
    return report


# --- where to start -------------------------------------------------------------------------

_DATED: tuple[Any, ...] = (
    Meeting.held_on,
    FieldNote.noted_on,
    ProgressLog.logged_on,
    Contribution.given_on,
    Measurement.measured_on,
    Finding.found_on,
    Handover.handed_on,
    ExitItem.done_on,
    StageState.started_on,
    StageState.completed_on,
)


def _day_after_latest(session: Session, villages: Sequence[str]) -> dt.date:
    """The day after the latest dated record of ``villages`` (programs' starts at least)."""
    found: list[dt.date] = []
    for column in _DATED:
        model = column.class_
        latest = session.scalar(
            select(func.max(column)).where(
                model.village_code.in_(villages), model.deleted.is_(False)
            )
        )
        if latest is not None:
            found.append(latest)
    if not found:
        starts = session.scalar(
            select(func.max(Program.start_date)).where(Program.village_code.in_(villages))
        )
        if starts is not None:
            return starts
        return _newest_stamp(session).date()
    return max(found) + dt.timedelta(days=1)


def _newest_stamp(session: Session) -> dt.datetime:
    """The newest moment this database has stamped or seen: its clock and every row's."""
    hlc = session.scalar(select(SyncClock.hlc).where(SyncClock.id == 1)) or 0
    newest = clock.to_datetime(int(hlc))
    for name in synced_tables():
        table = Base.metadata.tables[name]
        value = session.scalar(select(func.max(table.c.updated_at)))
        if value is not None:
            if value.tzinfo is None:
                value = value.replace(tzinfo=dt.UTC)
            newest = max(newest, value)
    return newest


# --- counting what a day wrote --------------------------------------------------------------


class _Counter:
    def __init__(self, report: SimulationReport) -> None:
        self.report = report

    def after_flush(self, session: Session, _context: UOWTransaction) -> None:
        for obj in session.new:
            if isinstance(obj, Synced):
                self.report.created[_table(obj)] += 1
        for obj in session.dirty:
            if not isinstance(obj, Synced) or not session.is_modified(obj):
                continue
            if inspect(obj).attrs["deleted"].history.added == [True]:
                self.report.deleted[_table(obj)] += 1
            else:
                self.report.edited[_table(obj)] += 1


def _table(obj: Synced) -> str:
    return str(inspect(obj).mapper.local_table.name)


# --- a village's day ------------------------------------------------------------------------


class _Village:
    """One village on one field day: each of its open programs gets the day's work."""

    def __init__(
        self,
        session: Session,
        code: str,
        day: dt.date,
        rng: random.Random,
        time: SimulatedTime,
        report: SimulationReport,
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

    def __init__(self, village: _Village, program: Program) -> None:
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

    def text(self, template: str) -> str:
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
        return template.format(
            dusun=self.rng.choice(self.v.hamlets),
            group=group.name if group is not None else "kelompok",
            kades=kades or "",
        ).replace("Kepala Desa  ", "Kepala Desa ")

    def meeting(self, stage: Stage) -> None:
        people = self.v.people
        if not people:
            return
        kind, template = self.rng.choice(MEETINGS[stage])
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
        title = self.text(template)
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
            minutes=f"Hadir {len(chosen) + extra} orang, {women + unnamed_women} di antaranya "
            f"perempuan. {title}.",
        )

    def note(self, stage: Stage) -> None:
        helper = self.facilitator()
        self.v.run(
            add_field_note,
            program_id=self.program.id,
            text=self.text(self.rng.choice(words.FIELD_NOTES[stage.value])),
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
        party = Party(
            activity.party_kind,
            activity.party_person_id,
            activity.party_group_id,
            activity.party_name,
        )
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
            what, unit, price = rng.choice(MATERIALS)
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
        if group is not None and len(handed) < len(HANDOVERS) and rng.random() < 0.08:
            kind, description = HANDOVERS[len(handed)]
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
