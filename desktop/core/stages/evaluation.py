"""Stage 6, evaluation: the community's own monitoring team, indicator measurements against
baseline and target, participatory evaluation meetings, and findings."""

from __future__ import annotations

import datetime as dt
import math
import uuid

from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import FindingKind, Goal, MeetingKind, Stage
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import Finding, Indicator, Measurement, MonitoringMember, Program
from desktop.core.stages import guards
from desktop.core.stages.base import Flow, Step, Upstream
from desktop.core.stages.formalisation_reads import indicators_of
from desktop.core.stages.guards import Party
from desktop.core.stages.meetings import meetings_rule


def monitoring_team(session: Session, program_id: uuid.UUID) -> list[MonitoringMember]:
    return guards.live_rows(
        session,
        MonitoringMember,
        MonitoringMember.program_id == program_id,
        MonitoringMember.joined_on,
        MonitoringMember.id,
    )


def measurements_of(session: Session, indicator_id: uuid.UUID) -> list[Measurement]:
    return guards.live_rows(
        session,
        Measurement,
        Measurement.indicator_id == indicator_id,
        Measurement.measured_on,
        Measurement.created_at,
        Measurement.id,
    )


def _check_member(
    session: Session,
    program: Program,
    *,
    person_id: uuid.UUID,
    role: str,
    joined_on: dt.date | None,
    row_id: uuid.UUID | None = None,
) -> list[Issue]:
    """A member of the monitoring team as added, or as corrected (``row_id``: the one corrected)."""
    issues: list[Issue] = []
    who = guards.person(session, issues, "person", person_id)
    guards.text(issues, "role", role, "Give the member's role in the team.")
    guards.date_in_program(issues, "joined_on", program, joined_on, "joining date")
    others = [m for m in monitoring_team(session, program.id) if m.id != row_id]
    if who is not None and any(m.person_id == who.id for m in others):
        issues.append(issue("person", "“{name}” is already on the monitoring team.", name=who.name))
    return issues


def add_monitoring_member(
    session: Session,
    *,
    program_id: uuid.UUID,
    person_id: uuid.UUID,
    role: str,
    joined_on: dt.date | None = None,
) -> Changes:
    """A resident joins the community's monitoring team."""
    program = guards.writable_program(session, program_id)
    refuse_if(_check_member(session, program, person_id=person_id, role=role, joined_on=joined_on))
    row = MonitoringMember(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        person_id=person_id,
        role=role.strip(),
        joined_on=joined_on,
    )
    return guards.insert(session, program, row, "monitoring_members")


def update_monitoring_member(
    session: Session,
    *,
    member_id: uuid.UUID,
    person_id: uuid.UUID,
    role: str,
    joined_on: dt.date | None = None,
) -> Changes:
    """Correct a member of the monitoring team (the role, mostly), checked as when added."""
    row = guards.live(session, MonitoringMember, member_id, "monitoring_team", "team member")
    program = guards.writable_program(session, row.program_id)
    refuse_if(
        _check_member(
            session, program, person_id=person_id, role=role, joined_on=joined_on, row_id=row.id
        )
    )
    guards.assign(row, person_id=person_id, role=role.strip(), joined_on=joined_on)
    session.flush()
    return guards.changed(program, {"monitoring_members"})


def record_measurement(
    session: Session,
    *,
    indicator_id: uuid.UUID,
    measured_on: dt.date,
    value: float,
    party: Party,
    note: str | None = None,
) -> Changes:
    """A value of an indicator on a date; ``party`` is who measured it."""
    indicator = guards.live(session, Indicator, indicator_id, "indicator", "indicator")
    program = guards.writable_program(session, indicator.program_id)
    issues: list[Issue] = []
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        issues.append(issue("value", "The measured value must be a number."))
    guards.date_in_program(issues, "measured_on", program, measured_on, "measurement date")
    if indicator.baseline_on is not None and measured_on < indicator.baseline_on:
        issues.append(
            issue(
                "measured_on",
                "The measurement date ({day}) comes before the baseline of “{name}” ({base}).",
                day=measured_on,
                name=indicator.name,
                base=indicator.baseline_on,
            )
        )
    party.check(session, issues)
    refuse_if(issues)
    row = Measurement(
        id=new_id(),
        village_code=program.village_code,
        indicator_id=indicator.id,
        measured_on=measured_on,
        value=float(value),
        note=guards.optional_text(note),
    )
    party.apply(row)
    return guards.insert(session, program, row, "measurements")


def _check_finding(
    session: Session,
    program: Program,
    *,
    text: str,
    found_on: dt.date,
    party: Party,
    meeting_id: uuid.UUID | None,
) -> list[Issue]:
    issues: list[Issue] = []
    guards.text(issues, "text", text, "Write what was found.")
    guards.date_in_program(issues, "found_on", program, found_on, "finding's date")
    party.check(session, issues)
    guards.meeting(session, issues, program, meeting_id)
    return issues


def add_finding(
    session: Session,
    *,
    program_id: uuid.UUID,
    kind: FindingKind,
    text: str,
    found_on: dt.date,
    party: Party,
    goal: Goal | None = None,
    meeting_id: uuid.UUID | None = None,
    recommendation: str | None = None,
) -> Changes:
    """What the evaluation found (a success, a problem, a lesson, a recommendation); ``party``
    is who evaluated."""
    program = guards.writable_program(session, program_id)
    refuse_if(
        _check_finding(
            session, program, text=text, found_on=found_on, party=party, meeting_id=meeting_id
        )
    )
    row = Finding(
        id=new_id(),
        village_code=program.village_code,
        program_id=program.id,
        meeting_id=meeting_id,
        kind=FindingKind(kind),
        goal=goal,
        text=text.strip(),
        recommendation=guards.optional_text(recommendation),
        found_on=found_on,
    )
    party.apply(row)
    return guards.insert(session, program, row, "findings")


def update_finding(
    session: Session,
    *,
    finding_id: uuid.UUID,
    kind: FindingKind,
    text: str,
    found_on: dt.date,
    party: Party,
    goal: Goal | None = None,
    meeting_id: uuid.UUID | None = None,
    recommendation: str | None = None,
) -> Changes:
    """Correct a finding, checked as when it was added."""
    row = guards.live(session, Finding, finding_id, "findings", "finding")
    program = guards.writable_program(session, row.program_id)
    refuse_if(
        _check_finding(
            session, program, text=text, found_on=found_on, party=party, meeting_id=meeting_id
        )
    )
    guards.assign(
        row,
        kind=FindingKind(kind),
        goal=Goal(goal) if goal is not None else None,
        text=text.strip(),
        recommendation=guards.optional_text(recommendation),
        found_on=found_on,
        meeting_id=meeting_id,
        **party.columns(),
    )
    session.flush()
    return guards.changed(program, {"findings"})


def findings_of(session: Session, program_id: uuid.UUID) -> list[Finding]:
    return guards.live_rows(
        session, Finding, Finding.program_id == program_id, Finding.found_on, Finding.id
    )


# --- rules ---------------------------------------------------------------------------------


def _team_formed(session: Session, program: Program) -> list[Issue]:
    if not monitoring_team(session, program.id):
        return [
            issue(
                "monitoring_team",
                "Form the community's monitoring team: add at least one member.",
            )
        ]
    return []


def _measured(session: Session, program: Program) -> list[Issue]:
    indicators = indicators_of(session, program.id)
    if not indicators:
        return [issue("measurements", "Add indicators in the formalisation stage first.")]
    return [
        issue("measurements", "Measure “{name}” at least once.", name=ind.name)
        for ind in indicators
        if not measurements_of(session, ind.id)
    ]


def _findings(session: Session, program: Program) -> list[Issue]:
    if not findings_of(session, program.id):
        return [issue("findings", "Record at least one finding of the evaluation.")]
    return []


def _indicators(session: Session, program: Program) -> list[Upstream]:
    return [
        Upstream("indicators", ind.id, ind.name, ind.goal.value)
        for ind in indicators_of(session, program.id)
    ]


FLOW = Flow(
    stage=Stage.EVALUATION,
    steps=(
        Step(
            "monitoring_team",
            "The community's monitoring team",
            ("monitoring_members",),
            (_team_formed,),
        ),
        Step("measurements", "Indicator measurements", ("measurements",), (_measured,)),
        Step(
            "meetings",
            "Participatory evaluation meetings",
            ("meetings", "attendance"),
            (
                meetings_rule(
                    [Stage.EVALUATION],
                    [MeetingKind.EVALUATION],
                    "Hold at least one evaluation meeting with the community and record "
                    "its attendance.",
                ),
            ),
        ),
        Step("findings", "Findings", ("findings",), (_findings,)),
        Step("principles", "The principles' scores", (), optional=True),
        Step("review", "Review", ("stage_states",), optional=True),
    ),
    builds_on=(Stage.FORMALISATION, Stage.IMPLEMENTATION),
    feed=_indicators,
    summary="A monitoring team, every indicator measured, an evaluation meeting with "
    "attendance, and at least one finding.",
)
