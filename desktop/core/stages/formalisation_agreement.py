"""Stage 4's agreement: the berita acara of each action plan and those who sign it; once
signed, the plan's dates become its baseline."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import Sex
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import ActionPlan, Agreement, Meeting, Program, Signatory
from desktop.core.stages import guards
from desktop.core.stages.formalisation_reads import activities_of, agreement_of, signatories_of


@dataclass(frozen=True)
class SignatoryInput:
    """Who signs the berita acara: a person of the village, or a name typed in."""

    name: str
    role: str  # kepala desa, ketua kelompok, pendamping
    person_id: uuid.UUID | None = None
    signed: bool = True
    sex: Sex | None = None  # counted for equality: women's share of those who sign


def _check_signatories(
    session: Session, issues: list[Issue], signatories: Sequence[SignatoryInput]
) -> list[tuple[SignatoryInput, str]]:
    """Each signatory with the name it signs under (typed, or the person's): named, with a
    role, and a person of the village when one is chosen."""
    named = []
    for signer in signatories:
        who = guards.person(session, issues, "signatories", signer.person_id)
        name = (signer.name or "").strip() or (who.name if who else "")
        if not name:
            issues.append(issue("signatories", "Give each signatory's name."))
        if not (signer.role or "").strip():
            issues.append(
                issue("signatories", "Give the role of “{name}”.", name=name or "a signatory")
            )
        named.append((signer, name))
    return named


def _add_signer(
    session: Session,
    program: Program,
    agreement_id: uuid.UUID,
    signer: SignatoryInput,
    name: str,
    position: int,
) -> uuid.UUID:
    row = Signatory(
        id=new_id(),
        village_code=program.village_code,
        agreement_id=agreement_id,
        person_id=signer.person_id,
        name=name,
        role=signer.role.strip(),
        sex=Sex(signer.sex) if signer.sex is not None else None,
        signed=signer.signed,
        position=position,
    )
    session.add(row)
    return row.id


def record_agreement(
    session: Session,
    *,
    action_plan_id: uuid.UUID,
    signed_on: dt.date,
    signatories: Sequence[SignatoryInput],
    number: str | None = None,
    location: str | None = None,
    body: str | None = None,
    meeting_id: uuid.UUID | None = None,
) -> Changes:
    """The berita acara of an action plan, with its signatories. The plan counts as agreed on
    ``signed_on``, and its activities' planned dates become their baseline."""
    plan = guards.live(session, ActionPlan, action_plan_id, "action_plan", "action plan")
    program = guards.writable_program(session, plan.program_id)
    issues: list[Issue] = []
    guards.date_in_program(issues, "signed_on", program, signed_on, "signing date")
    if not signatories:
        issues.append(issue("signatories", "Add at least one signatory."))
    named = _check_signatories(session, issues, signatories)
    if agreement_of(session, plan.id) is not None:
        issues.append(
            issue("action_plan", "“{title}” already has its agreement.", title=plan.title)
        )
    activities = [a for a in activities_of(session, program.id) if a.action_plan_id == plan.id]
    if not activities:
        issues.append(
            issue(
                "action_plan",
                "Add the activities of “{title}” before recording its agreement.",
                title=plan.title,
            )
        )
    if meeting_id is not None:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted or meeting.program_id != program.id:
            issues.append(issue("meeting", "That meeting is not one of this program's meetings."))
    refuse_if(issues)
    agreement = Agreement(
        id=new_id(),
        village_code=program.village_code,
        action_plan_id=plan.id,
        number=guards.optional_text(number),
        signed_on=signed_on,
        location=guards.optional_text(location),
        body=guards.optional_text(body),
        meeting_id=meeting_id,
    )
    session.add(agreement)
    created = [agreement.id]
    for position, (signer, name) in enumerate(named):
        created.append(_add_signer(session, program, agreement.id, signer, name, position))
    plan.agreed_on = signed_on
    for activity in activities:
        activity.baseline_start = activity.planned_start
        activity.baseline_end = activity.planned_end
    session.flush()
    return guards.changed(
        program, {"agreements", "signatories", "action_plans", "activities"}, created
    )


def add_signatory(
    session: Session,
    *,
    agreement_id: uuid.UUID,
    name: str,
    role: str,
    person_id: uuid.UUID | None = None,
    signed: bool = True,
    sex: Sex | None = None,
) -> Changes:
    """One more signatory of a recorded agreement (a person of the village or a name)."""
    agreement = guards.live(session, Agreement, agreement_id, "agreement", "agreement")
    plan = guards.live(session, ActionPlan, agreement.action_plan_id, "agreement", "action plan")
    program = guards.writable_program(session, plan.program_id)
    issues: list[Issue] = []
    signer = SignatoryInput(name, role, person_id, signed, sex)
    named = _check_signatories(session, issues, [signer])
    refuse_if(issues)
    position = len(signatories_of(session, agreement.id))
    row_id = _add_signer(session, program, agreement.id, signer, named[0][1], position)
    session.flush()
    return guards.changed(program, {"signatories"}, [row_id])


def update_agreement(
    session: Session,
    *,
    agreement_id: uuid.UUID,
    signed_on: dt.date | None = None,
    number: str | None = None,
    location: str | None = None,
    body: str | None = None,
) -> Changes:
    """Correct a recorded berita acara: only the values given change (``""`` empties a text).
    A new signing date becomes the plan's agreed date."""
    agreement = guards.live(session, Agreement, agreement_id, "agreement", "agreement")
    plan = guards.live(session, ActionPlan, agreement.action_plan_id, "agreement", "action plan")
    program = guards.writable_program(session, plan.program_id)
    issues: list[Issue] = []
    if signed_on is not None:
        guards.date_in_program(issues, "signed_on", program, signed_on, "signing date")
    refuse_if(issues)
    if signed_on is not None:
        agreement.signed_on = signed_on
        plan.agreed_on = signed_on
    if number is not None:
        agreement.number = guards.optional_text(number)
    if location is not None:
        agreement.location = guards.optional_text(location)
    if body is not None:
        agreement.body = guards.optional_text(body)
    session.flush()
    return guards.changed(program, {"agreements", "action_plans"})


# The plan's records that hang under another record (no ``program_id`` of their own), and how
