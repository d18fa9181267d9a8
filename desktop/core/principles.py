"""The four principles measured from a program's data: equality, participation, sustainability
and self-reliance, each with its figure, its monthly trend and warnings below a threshold.

Every figure is a share from 0 to 1, or None when there is nothing to count: no figure is ever
made up from a division by zero. Deleted rows (and rows under deleted parents) are not counted.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.core.domain import (
    FundingSource,
    MeetingKind,
    PartyKind,
    Principle,
    Sex,
    Stage,
)
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    Alternative,
    Attendance,
    BudgetLine,
    CommunityGroup,
    Contribution,
    Facilitator,
    Finding,
    GroupMembership,
    Handover,
    Indicator,
    KeyContact,
    Measurement,
    Meeting,
    Person,
    Problem,
    Program,
    ProgressLog,
    Signatory,
)

# --- plain values ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Share:
    """``part`` of ``whole``: women of attendees, community records of all, Rupiah of Rupiah."""

    part: float = 0
    whole: float = 0

    @property
    def value(self) -> float | None:
        return self.part / self.whole if self.whole else None

    def __add__(self, other: Share) -> Share:
        return Share(self.part + other.part, self.whole + other.whole)


@dataclass(frozen=True)
class MonthValue:
    """One calendar month of a trend: ``month`` is its first day."""

    month: dt.date
    share: Share

    @property
    def value(self) -> float | None:
        return self.share.value


@dataclass(frozen=True)
class Flag:
    """A warning for the dashboard: ``key`` says which figure, ``message`` says it in English."""

    key: str
    message: str


@dataclass(frozen=True)
class Thresholds:
    """Where a figure starts to warn. The UI stores the user's own and passes them in."""

    women: float = 0.30  # women's share of attendance, voice and decision roles
    community_participation: float = 0.50  # community's share of each of plan/do/monitor/evaluate
    self_reliance: float = 0.20  # community's share of the resources, in Rupiah
    facilitator_zero: float = 0.05  # a facilitator share this low counts as zero


@dataclass(frozen=True, kw_only=True)
class PrincipleScore:
    """What every principle reports. ``figure`` is 0..1 or None; for sustainability it is the
    facilitator's share, so lower is better there."""

    principle: Principle
    figure: float | None
    threshold: float
    series: tuple[MonthValue, ...]
    warnings: tuple[Flag, ...]
    lower_is_better: bool = False

    @property
    def flagged(self) -> bool:
        return bool(self.warnings)


def percent(value: float) -> str:
    return f"{value * 100:.0f}%"


# --- months and trends -------------------------------------------------------------------------


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_index(first: dt.date, day: dt.date) -> int:
    return (day.year - first.year) * 12 + day.month - first.month


def months(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every month from ``first``'s to ``last``'s, as first days."""
    out = []
    current = month_of(first)
    while current <= last:
        out.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return out


def least_squares_slope(points: Sequence[tuple[float, float]]) -> float | None:
    """The slope of the least-squares line through ``(x, y)`` points; None below two x's."""
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def _series(
    tallies: Mapping[dt.date, Share], program: Program, extra: Iterable[dt.date] = ()
) -> tuple[MonthValue, ...]:
    """One value per month over the program's life (months without data: an empty share)."""
    days = [program.start_date, *tallies, *extra]
    end = program.closed_on or program.end_date
    if end is not None:
        days.append(end)
    return tuple(MonthValue(m, tallies.get(m, Share())) for m in months(min(days), max(days)))


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


# --- what the principles read ---------------------------------------------------------------


def _program(session: Session, program_id: uuid.UUID) -> Program:
    program = session.get(Program, program_id)
    if program is None or program.deleted:
        raise LookupError("That program no longer exists.")
    return program


@dataclass(frozen=True)
class _Meeting:
    id: uuid.UUID
    title: str
    stage: Stage
    kind: MeetingKind
    held_on: dt.date
    unnamed_women: int
    unnamed_men: int
    party: PartyKind


def _meetings(session: Session, program_id: uuid.UUID) -> list[_Meeting]:
    return [
        _Meeting(*row)
        for row in session.execute(
            select(
                Meeting.id,
                Meeting.title,
                Meeting.stage,
                Meeting.kind,
                Meeting.held_on,
                Meeting.unnamed_women,
                Meeting.unnamed_men,
                Meeting.party_kind,
            )
            .where(Meeting.program_id == program_id, Meeting.deleted.is_(False))
            .order_by(Meeting.held_on, Meeting.id)
        )
    ]


def _live_activities(program_id: uuid.UUID) -> Select[uuid.UUID]:
    return select(Activity.id).where(Activity.program_id == program_id, Activity.deleted.is_(False))


# --- equality ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WomenShares:
    """Women's share of attendance (named and counted), of voice (who spoke, raised a problem,
    proposed an alternative) and of decision roles."""

    attendance: Share = Share()
    voice: Share = Share()
    decisions: Share = Share()

    def __add__(self, other: WomenShares) -> WomenShares:
        return WomenShares(
            self.attendance + other.attendance,
            self.voice + other.voice,
            self.decisions + other.decisions,
        )

    @property
    def mean(self) -> float | None:
        return _mean((self.attendance.value, self.voice.value, self.decisions.value))


@dataclass(frozen=True)
class MeetingWomen:
    meeting_id: uuid.UUID
    title: str
    held_on: dt.date
    shares: WomenShares
    below: bool  # attendance below the threshold


@dataclass(frozen=True)
class GroupWomen:
    group_id: uuid.UUID
    name: str
    members: Share  # women among current members
    decisions: Share  # women among members in decision roles
    below: bool


@dataclass(frozen=True, kw_only=True)
class Equality(PrincipleScore):
    overall: WomenShares
    by_stage: Mapping[Stage, WomenShares]
    by_meeting: tuple[MeetingWomen, ...]
    by_group: tuple[GroupWomen, ...]


def _woman(sex: Sex) -> Share:
    return Share(1 if sex is Sex.FEMALE else 0, 1)


def _involved_groups(session: Session, program_id: uuid.UUID) -> set[uuid.UUID]:
    """Community groups the program works with: contacts, plans, responsible parties,
    problems and alternatives raised, handovers."""
    queries = [
        select(KeyContact.group_id).where(
            KeyContact.program_id == program_id, KeyContact.deleted.is_(False)
        ),
        select(ActionPlan.group_id).where(
            ActionPlan.program_id == program_id, ActionPlan.deleted.is_(False)
        ),
        select(Meeting.party_group_id).where(
            Meeting.program_id == program_id, Meeting.deleted.is_(False)
        ),
        select(Activity.party_group_id).where(
            Activity.program_id == program_id, Activity.deleted.is_(False)
        ),
        select(Problem.raised_by_group_id).where(
            Problem.program_id == program_id, Problem.deleted.is_(False)
        ),
        select(Alternative.proposed_by_group_id).where(
            Alternative.program_id == program_id, Alternative.deleted.is_(False)
        ),
        select(Handover.to_group_id).where(
            Handover.program_id == program_id, Handover.deleted.is_(False)
        ),
    ]
    found: set[uuid.UUID] = set()
    for query in queries:
        found.update(g for g in session.scalars(query) if g is not None)
    return found


def equality(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> Equality:
    """Women's share of attendance, voice and decision roles, overall, per stage, per meeting
    and per group. The figure is the mean of the three shares that have data."""
    limits = thresholds or Thresholds()
    program = _program(session, program_id)
    meetings = {m.id: m for m in _meetings(session, program.id)}
    per_meeting: dict[uuid.UUID, WomenShares] = {
        m.id: WomenShares(attendance=Share(m.unnamed_women, m.unnamed_women + m.unnamed_men))
        for m in meetings.values()
    }
    for meeting_id, sex, spoke, role in session.execute(
        select(Attendance.meeting_id, Person.sex, Attendance.spoke, Attendance.decision_role)
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.meeting_id.in_(list(meetings)), Attendance.deleted.is_(False))
    ):
        one = _woman(sex)
        per_meeting[meeting_id] = per_meeting[meeting_id] + WomenShares(
            attendance=one,
            voice=one if spoke else Share(),
            decisions=one if (role or "").strip() else Share(),
        )
    by_stage: dict[Stage, WomenShares] = defaultdict(WomenShares)
    for meeting_id, shares in per_meeting.items():
        by_stage[meetings[meeting_id].stage] += shares

    raised = session.scalars(
        select(Person.sex)
        .join(Problem, Problem.raised_by_person_id == Person.id)
        .where(Problem.program_id == program.id, Problem.deleted.is_(False))
    ).all()
    for sex in raised:
        by_stage[Stage.ASSESSMENT] += WomenShares(voice=_woman(sex))
    proposed = session.scalars(
        select(Person.sex)
        .join(Alternative, Alternative.proposed_by_person_id == Person.id)
        .where(Alternative.program_id == program.id, Alternative.deleted.is_(False))
    ).all()
    for sex in proposed:
        by_stage[Stage.PLANNING] += WomenShares(voice=_woman(sex))
    signed = session.scalars(
        select(Person.sex)
        .join(Signatory, Signatory.person_id == Person.id)
        .join(Agreement, Agreement.id == Signatory.agreement_id)
        .join(ActionPlan, ActionPlan.id == Agreement.action_plan_id)
        .where(
            ActionPlan.program_id == program.id,
            ActionPlan.deleted.is_(False),
            Agreement.deleted.is_(False),
            Signatory.deleted.is_(False),
        )
    ).all()
    for sex in signed:
        by_stage[Stage.FORMALISATION] += WomenShares(decisions=_woman(sex))

    groups = _group_shares(session, _involved_groups(session, program.id), limits.women)
    group_decisions = Share()
    for g in groups:
        group_decisions += g.decisions
    overall = WomenShares()
    for shares in by_stage.values():
        overall += shares
    overall += WomenShares(decisions=group_decisions)

    monthly: dict[dt.date, Share] = defaultdict(Share)
    for meeting_id, shares in per_meeting.items():
        monthly[month_of(meetings[meeting_id].held_on)] += shares.attendance
    warnings = [
        Flag(
            f"women_{key}",
            f"Women are {percent(value)} of {label}, below {percent(limits.women)}.",
        )
        for key, label, value in (
            ("attendance", "the attendance", overall.attendance.value),
            ("voice", "those who spoke or proposed", overall.voice.value),
            ("decisions", "those in decision roles", overall.decisions.value),
        )
        if value is not None and value < limits.women
    ]
    by_meeting = tuple(
        MeetingWomen(
            m.id,
            m.title,
            m.held_on,
            per_meeting[m.id],
            (per_meeting[m.id].attendance.value or 0) < limits.women,
        )
        for m in meetings.values()
    )
    return Equality(
        principle=Principle.EQUALITY,
        figure=overall.mean,
        threshold=limits.women,
        series=_series(monthly, program),
        warnings=tuple(warnings),
        overall=overall,
        by_stage=dict(sorted(by_stage.items(), key=lambda kv: kv[0].number)),
        by_meeting=by_meeting,
        by_group=groups,
    )


def _group_shares(
    session: Session, group_ids: set[uuid.UUID], threshold: float
) -> tuple[GroupWomen, ...]:
    if not group_ids:
        return ()
    names = dict(
        session.execute(
            select(CommunityGroup.id, CommunityGroup.name).where(
                CommunityGroup.id.in_(group_ids), CommunityGroup.deleted.is_(False)
            )
        ).all()
    )
    members: dict[uuid.UUID, Share] = defaultdict(Share)
    decisions: dict[uuid.UUID, Share] = defaultdict(Share)
    for group_id, sex, deciding in session.execute(
        select(GroupMembership.group_id, Person.sex, GroupMembership.is_decision_role)
        .join(Person, Person.id == GroupMembership.person_id)
        .where(
            GroupMembership.group_id.in_(list(names)),
            GroupMembership.deleted.is_(False),
            GroupMembership.left_on.is_(None),
        )
    ):
        members[group_id] += _woman(sex)
        if deciding:
            decisions[group_id] += _woman(sex)
    out = [
        GroupWomen(
            gid,
            name,
            members[gid],
            decisions[gid],
            any(
                v is not None and v < threshold for v in (members[gid].value, decisions[gid].value)
            ),
        )
        for gid, name in names.items()
    ]
    return tuple(sorted(out, key=lambda g: (g.name, g.group_id)))


# --- participation -------------------------------------------------------------------------


class Phase(StrEnum):
    """The four things the community must do itself: plan, do, monitor and evaluate."""

    PLAN = "plan"
    DO = "do"
    MONITOR = "monitor"
    EVALUATE = "evaluate"


PLANNING_STAGES = frozenset(
    {Stage.PREPARATION, Stage.ASSESSMENT, Stage.PLANNING, Stage.FORMALISATION}
)


def meeting_phase(stage: Stage, kind: MeetingKind) -> Phase | None:
    """Monitoring meetings monitor and evaluation meetings evaluate, whatever their stage;
    other meetings count for their stage: the first four plan, implementation does.
    Termination's meetings are not counted (they hand over rather than run the program)."""
    if kind is MeetingKind.MONITORING:
        return Phase.MONITOR
    if kind is MeetingKind.EVALUATION or stage is Stage.EVALUATION:
        return Phase.EVALUATE
    if stage in PLANNING_STAGES:
        return Phase.PLAN
    if stage is Stage.IMPLEMENTATION:
        return Phase.DO
    return None


def activity_phase(stage: Stage) -> Phase | None:
    if stage in PLANNING_STAGES:
        return Phase.PLAN
    if stage is Stage.IMPLEMENTATION:
        return Phase.DO
    if stage is Stage.EVALUATION:
        return Phase.EVALUATE
    return None


@dataclass(frozen=True)
class _Record:
    """A record someone is responsible for: when, for what, by whom."""

    phase: Phase | None
    first: dt.date
    last: dt.date  # activities span months; other records sit on one day
    kind: PartyKind | None  # None: raised or proposed, counted by who did it
    community: bool


def _responsibility_records(session: Session, program: Program) -> list[_Record]:
    records: list[_Record] = []
    for m in _meetings(session, program.id):
        records.append(
            _Record(
                meeting_phase(m.stage, m.kind),
                m.held_on,
                m.held_on,
                m.party,
                m.party.is_community,
            )
        )
    for stage, start, end, kind in session.execute(
        select(
            Activity.stage, Activity.planned_start, Activity.planned_end, Activity.party_kind
        ).where(Activity.program_id == program.id, Activity.deleted.is_(False))
    ):
        records.append(
            _Record(activity_phase(stage), start, max(start, end), kind, kind.is_community)
        )
    for day, kind in session.execute(
        select(ProgressLog.logged_on, ProgressLog.party_kind).where(
            ProgressLog.activity_id.in_(_live_activities(program.id)),
            ProgressLog.deleted.is_(False),
        )
    ):
        records.append(_Record(Phase.DO, day, day, kind, kind.is_community))
    for day, kind in session.execute(
        select(Measurement.measured_on, Measurement.party_kind)
        .join(Indicator, Indicator.id == Measurement.indicator_id)
        .where(
            Indicator.program_id == program.id,
            Indicator.deleted.is_(False),
            Measurement.deleted.is_(False),
        )
    ):
        records.append(_Record(Phase.MONITOR, day, day, kind, kind.is_community))
    for day, kind in session.execute(
        select(Finding.found_on, Finding.party_kind).where(
            Finding.program_id == program.id, Finding.deleted.is_(False)
        )
    ):
        records.append(_Record(Phase.EVALUATE, day, day, kind, kind.is_community))
    return records


def _raised_records(session: Session, program: Program) -> list[_Record]:
    """Problems and alternatives: the community's when a group or a resident (not an outside
    facilitator) raised or proposed them; undated, they count on the day they were entered
    or of the meeting they came from."""
    outsiders = set(
        session.scalars(
            select(Facilitator.person_id).where(
                Facilitator.program_id == program.id,
                Facilitator.deleted.is_(False),
                Facilitator.is_community.is_(False),
            )
        )
    )
    meeting_days = {m.id: m.held_on for m in _meetings(session, program.id)}
    problems = session.execute(
        select(
            Problem.raised_by_person_id,
            Problem.raised_by_group_id,
            Problem.meeting_id,
            Problem.created_at,
        ).where(Problem.program_id == program.id, Problem.deleted.is_(False))
    ).all()
    alternatives = session.execute(
        select(
            Alternative.proposed_by_person_id,
            Alternative.proposed_by_group_id,
            Alternative.decided_at_meeting_id,
            Alternative.created_at,
        ).where(Alternative.program_id == program.id, Alternative.deleted.is_(False))
    ).all()
    people = {row[0] for row in [*problems, *alternatives] if row[0] is not None}
    residents = dict(
        session.execute(
            select(Person.id, Person.is_resident).where(Person.id.in_(list(people)))
        ).all()
    )

    def by_community(person_id: uuid.UUID | None, group_id: uuid.UUID | None) -> bool | None:
        if group_id is not None:
            return True
        if person_id is None:
            return None
        return bool(residents.get(person_id, False)) and person_id not in outsiders

    records = []
    for person_id, group_id, meeting_id, created in [*problems, *alternatives]:
        community = by_community(person_id, group_id)
        if community is not None:
            held = meeting_days.get(meeting_id) if meeting_id is not None else None
            day = held or created.date()
            records.append(_Record(Phase.PLAN, day, day, None, community))
    return records


@dataclass(frozen=True, kw_only=True)
class Participation(PrincipleScore):
    phases: Mapping[Phase, Share]  # community records of all records, per phase


def participation(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> Participation:
    """For each of plan / do / monitor / evaluate, the share of records whose responsible party
    is a community member or group. The figure is the mean of the phases that have data."""
    limits = thresholds or Thresholds()
    program = _program(session, program_id)
    records = _responsibility_records(session, program) + _raised_records(session, program)
    phases: dict[Phase, Share] = {phase: Share() for phase in Phase}
    monthly: dict[dt.date, Share] = defaultdict(Share)
    for record in records:
        if record.phase is None:
            continue
        one = Share(1 if record.community else 0, 1)
        phases[record.phase] += one
        monthly[month_of(record.first)] += one
    warnings = tuple(
        Flag(
            f"participation_{phase.value}",
            f"The community carries {percent(value)} of what is done to {phase.value}, "
            f"below {percent(limits.community_participation)}.",
        )
        for phase, share in phases.items()
        if (value := share.value) is not None and value < limits.community_participation
    )
    return Participation(
        principle=Principle.PARTICIPATION,
        figure=_mean(s.value for s in phases.values()),
        threshold=limits.community_participation,
        series=_series(monthly, program),
        warnings=warnings,
        phases=phases,
    )


# --- sustainability ------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Sustainability(PrincipleScore):
    """``figure`` is the facilitator's share of responsibility in the latest month with data up
    to today (or the closing date): planned activities of later months count in the trend, not
    in the figure. ``slope`` is its least-squares trend per month; ``at_end`` is the share at
    closing, or the trend's projection to the planned end; ``reaches_zero`` whether that is
    about zero."""

    slope: float | None
    at_end: float | None
    reaches_zero: bool | None
    figure_month: dt.date | None = None  # the month ``figure`` is of
    lower_is_better: bool = True


def sustainability(
    session: Session,
    program_id: uuid.UUID,
    thresholds: Thresholds | None = None,
    *,
    today: dt.date | None = None,
) -> Sustainability:
    limits = thresholds or Thresholds()
    program = _program(session, program_id)
    monthly: dict[dt.date, Share] = defaultdict(Share)
    for record in _responsibility_records(session, program):
        one = Share(1 if record.kind is PartyKind.FACILITATOR else 0, 1)
        for month in months(record.first, record.last):  # an activity counts in each month
            monthly[month] += one
    series = _series(monthly, program)
    first = series[0].month if series else month_of(program.start_date)
    points = [(float(month_index(first, p.month)), p.value) for p in series if p.value is not None]
    now = month_of(program.closed_on or today or dt.date.today())
    known = [p for p in series if p.value is not None]
    past = [p for p in known if p.month <= now]
    shown = past[-1] if past else (known[0] if known else None)
    latest = shown.value if shown is not None else None
    slope = least_squares_slope(points)
    at_end: float | None
    if program.closed_on is not None or latest is None or slope is None:
        at_end = latest
    else:
        mean_x = sum(x for x, _ in points) / len(points)
        mean_y = sum(y for _, y in points) / len(points)
        end = program.end_date or series[-1].month
        projected = mean_y + slope * (month_index(first, end) - mean_x)
        at_end = min(1.0, max(0.0, projected))
    reaches = None if at_end is None else at_end <= limits.facilitator_zero
    warnings = []
    if slope is not None and slope > 0:
        warnings.append(
            Flag(
                "facilitator_rising",
                "The facilitator's share of responsibility is rising; it should fade out.",
            )
        )
    if reaches is False and at_end is not None:
        when = "at closing" if program.closed_on is not None else "by the planned end"
        warnings.append(
            Flag(
                "facilitator_not_zero",
                f"The facilitator still carries {percent(at_end)} {when}; it should come to zero.",
            )
        )
    return Sustainability(
        principle=Principle.SUSTAINABILITY,
        figure=latest,
        threshold=limits.facilitator_zero,
        series=series,
        warnings=tuple(warnings),
        slope=slope,
        at_end=at_end,
        reaches_zero=reaches,
        figure_month=shown.month if shown is not None else None,
    )


# --- self-reliance -------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityResources:
    """The community's part of one activity's resources, in Rupiah: ``planned`` from the
    budget, ``actual`` from contributions, and ``counted``: the actual once anything was
    contributed, the plan before (so planned and given are never added up twice)."""

    activity_id: uuid.UUID
    title: str
    planned: Share
    actual: Share
    below: bool

    @property
    def counted(self) -> Share:
        return self.actual if self.actual.whole else self.planned


@dataclass(frozen=True, kw_only=True)
class SelfReliance(PrincipleScore):
    planned: Share
    actual: Share
    counted: Share
    by_activity: tuple[ActivityResources, ...] = field(default=())


def self_reliance(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> SelfReliance:
    """The community's share of the resources (money, labour days, materials, all in Rupiah),
    per activity and overall."""
    limits = thresholds or Thresholds()
    program = _program(session, program_id)
    titles = dict(
        session.execute(
            select(Activity.id, Activity.title)
            .where(Activity.program_id == program.id, Activity.deleted.is_(False))
            .order_by(Activity.position, Activity.planned_start, Activity.id)
        ).all()
    )
    planned: dict[uuid.UUID, Share] = defaultdict(Share)
    for activity_id, source, amount in session.execute(
        select(BudgetLine.activity_id, BudgetLine.source, BudgetLine.amount).where(
            BudgetLine.activity_id.in_(list(titles)), BudgetLine.deleted.is_(False)
        )
    ):
        planned[activity_id] += Share(amount if source is FundingSource.COMMUNITY else 0, amount)
    actual: dict[uuid.UUID, Share] = defaultdict(Share)
    monthly: dict[dt.date, Share] = defaultdict(Share)
    for activity_id, source, value, given_on in session.execute(
        select(
            Contribution.activity_id, Contribution.source, Contribution.value, Contribution.given_on
        ).where(Contribution.activity_id.in_(list(titles)), Contribution.deleted.is_(False))
    ):
        part = Share(value if source is FundingSource.COMMUNITY else 0, value)
        actual[activity_id] += part
        monthly[month_of(given_on)] += part
    by_activity = []
    for activity_id, title in titles.items():
        used = actual[activity_id] if actual[activity_id].whole else planned[activity_id]
        share = used.value
        by_activity.append(
            ActivityResources(
                activity_id,
                title,
                planned[activity_id],
                actual[activity_id],
                below=share is not None and share < limits.self_reliance,
            )
        )
    total_planned, total_actual, counted = Share(), Share(), Share()
    for row in by_activity:
        total_planned += row.planned
        total_actual += row.actual
        counted += row.counted
    figure = counted.value
    warnings: tuple[Flag, ...] = ()
    if figure is not None and figure < limits.self_reliance:
        warnings = (
            Flag(
                "self_reliance",
                f"The community provides {percent(figure)} of the resources, below "
                f"{percent(limits.self_reliance)}.",
            ),
        )
    return SelfReliance(
        principle=Principle.SELF_RELIANCE,
        figure=figure,
        threshold=limits.self_reliance,
        series=_series(monthly, program),
        warnings=warnings,
        planned=total_planned,
        actual=total_actual,
        counted=counted,
        by_activity=tuple(by_activity),
    )


# --- all four ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrincipleScores:
    equality: Equality
    participation: Participation
    sustainability: Sustainability
    self_reliance: SelfReliance

    def __iter__(self) -> Iterator[PrincipleScore]:
        return iter((self.equality, self.participation, self.sustainability, self.self_reliance))

    def by_principle(self) -> dict[Principle, PrincipleScore]:
        return {
            Principle.EQUALITY: self.equality,
            Principle.PARTICIPATION: self.participation,
            Principle.SUSTAINABILITY: self.sustainability,
            Principle.SELF_RELIANCE: self.self_reliance,
        }


def scores(
    session: Session, program_id: uuid.UUID, thresholds: Thresholds | None = None
) -> PrincipleScores:
    """The four principles of one program."""
    return PrincipleScores(
        equality(session, program_id, thresholds),
        participation(session, program_id, thresholds),
        sustainability(session, program_id, thresholds),
        self_reliance(session, program_id, thresholds),
    )
