"""One demo program's frame: its clock, who carries its records, and the steps every stage takes.

Each stage's story (:mod:`desktop.core.demo.preparation` ... ``termination``) tells its part
through this frame, and every record goes in through the core's operations, so the demo keeps
every rule a person at the screen keeps.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop.core.demo import names as words
from desktop.core.demo.field import carried_by, field_note, minutes
from desktop.core.demo.register import Group, Village
from desktop.core.demo.story import STAGES, TODAY, Story, pct, round_value
from desktop.core.domain import (
    DependencyKind,
    FundingSource,
    IndicatorDirection,
    MeetingKind,
    PartyKind,
    Sex,
    Stage,
)
from desktop.core.models import (
    Activity,
    Alternative,
    BudgetLine,
    Indicator,
    Person,
    Problem,
    Program,
)
from desktop.core.stages import (
    Attendee,
    Party,
    add_activity,
    add_dependency,
    add_field_note,
    log_progress,
    record_measurement,
    record_meeting,
)


@dataclass(eq=False)
class Planned:
    """An activity of the action plan, with what the story needs to carry it out."""

    activity: Activity
    lines: list[BudgetLine]
    preds: list[Planned]
    group: Group
    training: bool = False


@dataclass(eq=False)
class Tracked:
    """An indicator, how far toward its target it gets by the end, and its latest value."""

    row: Indicator
    achievement: float
    last: float | None = None


@dataclass
class Event:
    day: dt.date
    order: int
    run: Callable[[], None] = field(compare=False)


class ProgramStory:
    """One program, told stage by stage up to where it stands on TODAY, on its own clock."""

    def __init__(
        self,
        village: Village,
        story: Story,
        theme: words.Theme,
        phase: int,
        windows: list[tuple[dt.date, dt.date]],
    ) -> None:
        self.v = village
        self.story = story
        self.session = story.session
        self.theme = theme
        self.phase = phase
        self.windows = dict(zip(STAGES, windows, strict=True))
        self.rng = village.rng
        self.start = windows[0][0]
        self.end = windows[-1][1]
        self.life = (self.end - self.start).days + 1
        self.lead = village.groups[village.theme_groups[theme.key]]
        self.agency = f"{theme.agency} {village.regency}"
        self.lane: dict[Stage, list[Activity]] = {stage: [] for stage in STAGES}
        self.last_milestone: Activity | None = None
        self.cadres: list[Person] = []
        self.technical: Person | None = None
        self.facilitators: list[uuid.UUID] = []
        self.meetings: list[Stage] = []  # the stage of each meeting held, in order
        self.problems: list[Problem] = []
        self.prioritised: list[Problem] = []
        self.theme_problem: Problem | None = None
        self.generic: dict[Problem, words.VillageProblem] = {}
        self.alternatives: dict[Problem, list[Alternative]] = {}
        self.chosen: list[Alternative] = []
        self.planned: list[Planned] = []
        self.indicators: list[Tracked] = []
        self.team: list[Person] = []
        self.findings = 0
        self.found: set[str] = set()
        self.seq = 0
        self.given: Counter[FundingSource] = Counter()
        self.program: Program
        self.main_alternative: Alternative
        self.eval_day: dt.date
        self.close_day: dt.date

    def happened(self, day: dt.date) -> bool:
        return day <= TODAY

    def responsible(
        self, day: dt.date, *, group: Group | None = None, agency: str | None = None
    ) -> Party:
        """Who carries a record: the facilitator's share falls from ~90% to none at 85% of the
        program's life; after that the community runs everything."""
        rng = self.rng
        frac = (day - self.start).days / self.life
        facilitator_share = max(0.0, 0.92 * (1 - frac / 0.85))
        if agency is not None:
            return Party.agency(agency)
        if rng.random() < facilitator_share:
            helper = self.technical if self.technical is not None and rng.random() < 0.3 else None
            return Party.facilitator((helper or self.v.pendamping).id)
        if rng.random() < 0.55:
            return Party.community_group((group or self.lead).row.id)
        leaders = list((group or self.lead).officers.values()) + self.cadres
        return Party.member(rng.choice(leaders).id)

    def meeting(
        self,
        stage: Stage,
        kind: MeetingKind,
        title: str,
        day: dt.date,
        *,
        pool: Sequence[Person] | None = None,
        size: tuple[int, int] = (12, 25),
        unnamed: tuple[int, int] = (0, 15),
        women_share: float | None = None,
        group: Group | None = None,
        agency: str | None = None,
        location: str | None = None,
        chair: Person | None = None,
    ) -> tuple[uuid.UUID, list[Person], int, int]:
        """A meeting with attendance by name and counted by sex; returns its id, the people
        named, and how many came in all and how many of them were women."""
        rng, v = self.rng, self.v
        self.story.at(day)
        people = v.sample_people(pool or v.people, rng.randint(*size), women_share)
        if chair is not None and chair not in people:
            people.insert(0, chair)
        share = v.women_attend if women_share is None else women_share
        extra = rng.randint(*unnamed)
        ratio = 1.0 if share >= 1.0 else min(1.0, max(0.0, share + rng.uniform(-0.1, 0.1)))
        unnamed_women = round(extra * ratio)
        party = self.responsible(day, group=group, agency=agency)
        self.story.tick()
        lead = chair or (people[0] if people else None)
        notes = [p for p in people if p is not lead]
        note_taker = rng.choice(notes) if notes else None
        attendees = []
        for person in people:
            speak = 0.5 * (v.women_speak if person.sex is Sex.FEMALE else 1.0)
            role = None
            if person is lead:
                role = "pimpinan rapat"
            elif person is note_taker:
                role = "notulis"
            spoke = role is not None or rng.random() < speak
            self.story.tick()
            attendees.append(Attendee(person.id, spoke=spoke, decision_role=role))
        women = sum(1 for p in people if p.sex is Sex.FEMALE) + unnamed_women
        total = len(people) + extra
        meeting_id = self.story.made(
            record_meeting,
            program_id=self.program.id,
            stage=stage,
            kind=kind,
            title=title,
            held_on=day,
            party=party,
            attendees=attendees,
            unnamed_women=unnamed_women,
            unnamed_men=extra - unnamed_women,
            location=location or f"Balai Desa {v.name}",
            minutes=minutes(title, total, women, lead.name if lead is not None else "pendamping"),
        )
        self.meetings.append(stage)
        return meeting_id, people, total, women

    def note(self, stage: Stage, day: dt.date, author: Person | None = None) -> None:
        if not self.happened(day):
            return
        self.story.at(day)
        text = field_note(
            self.rng,
            stage,
            kades=self.v.kades.name,
            hamlets=self.v.hamlets,
            group=self.lead.row.name,
        )
        self.story.tick()
        self.story.do(
            add_field_note,
            program_id=self.program.id,
            text=text,
            noted_on=day,
            stage=stage,
            author_id=(author or self.v.pendamping).id,
        )

    def note_event(self, stage: Stage) -> Callable[[], None]:
        def run() -> None:
            author = self.cadres[0] if self.cadres and self.rng.random() < 0.4 else None
            self.note(stage, self.story.time.now.date(), author)

        return run

    def activity(
        self,
        stage: Stage,
        title: str,
        first: dt.date,
        last: dt.date,
        *,
        milestone: bool = False,
        group: Group | None = None,
        agency: str | None = None,
        plan_id: uuid.UUID | None = None,
    ) -> Activity:
        """An activity of a stage's lane (or of an action plan), and who carries it."""
        self.story.tick()
        party = self.responsible(first, group=group, agency=agency)
        activity_id = self.story.made(
            add_activity,
            program_id=self.program.id,
            title=title,
            planned_start=first,
            planned_end=last,
            party=party,
            stage=stage,
            action_plan_id=plan_id,
            is_milestone=milestone,
        )
        activity = self.session.get(Activity, activity_id)
        assert activity is not None
        return activity

    def lane_activity(
        self,
        stage: Stage,
        title: str,
        first: dt.date,
        last: dt.date,
        *,
        milestone: bool = False,
        chain: bool = False,
    ) -> Activity:
        """An activity of an early stage's lane; it happens as planned (see :meth:`finish_lane`)."""
        activity = self.activity(stage, title, first, last, milestone=milestone)
        self.lane[stage].append(activity)
        if chain:
            if self.last_milestone is not None:
                self.link(self.last_milestone, activity)
            self.last_milestone = activity
        return activity

    def finish_lane(self, stage: Stage) -> None:
        """The lane's activities went as planned: their progress is logged on their first day
        and their last (or today, for one still under way)."""
        for activity in self.lane[stage]:
            self.story.tick()
            first, last = activity.planned_start, activity.planned_end
            length = (last - first).days + 1
            for day in sorted({first, min(last, TODAY)}):
                if day < first or not self.happened(day):
                    continue
                progress = (
                    100 if day == last else max(1, min(95, pct((day - first).days + 1, length)))
                )
                self.story.do(
                    log_progress,
                    activity_id=activity.id,
                    logged_on=day,
                    progress=progress,
                    party=carried_by(activity),
                )

    def link(self, pred: Activity, succ: Activity, lag: int = 0) -> None:
        """A finish-to-start dependency, only where the dates allow it (so never a loop)."""
        gap = (succ.planned_start - pred.planned_end).days - 1
        if gap < 0:
            return
        self.story.tick()
        self.story.do(
            add_dependency,
            predecessor_id=pred.id,
            successor_id=succ.id,
            kind=DependencyKind.FINISH_TO_START,
            lag_days=min(lag, gap * 5 // 7),
        )

    def run(self, events: list[Event]) -> None:
        for event in sorted(events, key=lambda e: (e.day, e.order)):
            if self.happened(event.day):
                self.story.at(event.day)
                event.run()

    def event(self, day: dt.date, run: Callable[[], None]) -> Event:
        self.seq += 1
        return Event(day, self.seq, run)

    def budget(self, source: FundingSource) -> int:
        return sum(line.amount for p in self.planned for line in p.lines if line.source is source)

    def measure(self, day: dt.date, at_share: float, *, team: bool) -> None:
        """Measure every indicator, ``at_share`` of the way from baseline to target."""
        rng = self.rng
        for indicator in self.indicators:
            row = indicator.row
            gap = row.target_value - row.baseline_value
            value = row.baseline_value + gap * indicator.achievement * at_share
            value += abs(gap) * rng.uniform(-0.05, 0.05)
            if row.direction is IndicatorDirection.INCREASE:
                value = max(value, 0.0)
            value = max(0.0, round_value(value, row.unit))
            if team and self.team:
                party = Party(PartyKind.COMMUNITY_MEMBER, rng.choice(self.team).id)
            else:
                party = self.responsible(day)
            self.story.tick()
            self.story.do(
                record_measurement, indicator_id=row.id, measured_on=day, value=value, party=party
            )
            indicator.last = value

    def reached_target(self, indicator: Tracked) -> bool:
        row = indicator.row
        if indicator.last is None:
            return False
        if row.direction is IndicatorDirection.INCREASE:
            return indicator.last >= row.target_value
        return indicator.last <= row.target_value

    def end_of(self, stage: Stage) -> dt.date:
        return self.windows[stage][1]
