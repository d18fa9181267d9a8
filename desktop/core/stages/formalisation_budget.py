"""Stage 4's budget: what each activity of the action plan costs, in whole Rupiah, and who
meets it (the community or an outside source)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import ContributionKind, FundingSource
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import Activity, BudgetLine
from desktop.core.stages import guards


def _check_budget_line(
    issues: list[Issue],
    description: str,
    source: FundingSource,
    kind: ContributionKind,
    unit_value: int,
    quantity: float,
    unit: str | None,
    source_name: str | None,
) -> dict[str, object]:
    """What a budget line must be, added or corrected: described, a whole Rupiah unit value, a
    positive quantity. Its values as stored."""
    what = guards.text(issues, "description", description, "Describe the budget line.")
    guards.rupiah(issues, "unit_value", unit_value, "unit value")
    guards.positive_number(issues, "quantity", quantity, "quantity")
    return {
        "description": what,
        "source": FundingSource(source),
        "source_name": guards.optional_text(source_name),
        "kind": ContributionKind(kind),
        "quantity": quantity,
        "unit": guards.optional_text(unit),
        "unit_value": unit_value,
        "amount": round(quantity * unit_value),
    }


def add_budget_line(
    session: Session,
    *,
    activity_id: uuid.UUID,
    description: str,
    source: FundingSource,
    kind: ContributionKind,
    unit_value: int,
    quantity: float = 1.0,
    unit: str | None = None,
    source_name: str | None = None,
) -> Changes:
    """A planned cost of an activity, in whole Rupiah, and who meets it: the community
    (swadaya) or an outside source (Dana Desa, a government office...)."""
    activity = guards.live(session, Activity, activity_id, "activity", "activity")
    program = guards.writable_program(session, activity.program_id)
    issues: list[Issue] = []
    line = _check_budget_line(
        issues, description, source, kind, unit_value, quantity, unit, source_name
    )
    refuse_if(issues)
    row = BudgetLine(
        id=new_id(), village_code=program.village_code, activity_id=activity.id, **line
    )
    session.add(row)
    session.flush()
    return guards.changed(program, {"budget_lines"}, [row.id])


def update_budget_line(
    session: Session,
    *,
    budget_line_id: uuid.UUID,
    description: str,
    source: FundingSource,
    kind: ContributionKind,
    unit_value: int,
    quantity: float = 1.0,
    unit: str | None = None,
    source_name: str | None = None,
    activity_id: uuid.UUID | None = None,
) -> Changes:
    """Correct a budget line, checked as when it was added; its amount follows."""
    row = guards.live(session, BudgetLine, budget_line_id, "budget", "budget line")
    owner = guards.live(session, Activity, row.activity_id, "activity", "activity")
    program = guards.writable_program(session, owner.program_id)
    issues: list[Issue] = []
    line = _check_budget_line(
        issues, description, source, kind, unit_value, quantity, unit, source_name
    )
    if activity_id is not None and activity_id != row.activity_id:
        moved_to = session.get(Activity, activity_id)
        if moved_to is None or moved_to.deleted or moved_to.program_id != program.id:
            issues.append(issue("activity", "That activity no longer exists."))
    refuse_if(issues)
    guards.assign(row, activity_id=activity_id or row.activity_id, **line)
    session.flush()
    return guards.changed(program, {"budget_lines"})
