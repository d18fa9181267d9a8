"""Drafts: text typed into a wizard page that is not a record yet, kept so nothing is lost.

A wizard saves a field's text here on every pause in typing; when the record is saved (or the
user clears the field) the draft goes. Drafts live in the local table ``wizard_drafts``: they
are never synced, dumped or exported.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.domain import Stage
from desktop.core.models import WizardDraft

TABLE = "wizard_drafts"


def _changes(program_id: uuid.UUID) -> Changes:
    return Changes(tables=frozenset({TABLE}), program_ids=frozenset({program_id}))


def save_draft(
    session: Session,
    *,
    program_id: uuid.UUID,
    stage: Stage | str,
    step: str,
    field: str,
    value: str,
) -> Changes:
    """Keep ``value`` for one field of one wizard page. Empty text removes the draft."""
    stage = Stage(stage)
    if not value:
        return clear_drafts(session, program_id=program_id, stage=stage, step=step, field=field)
    row = session.get(WizardDraft, (program_id, stage.value, step, field))
    if row is None:
        session.add(
            WizardDraft(
                program_id=program_id, stage=stage.value, step=step, field=field, value=value
            )
        )
    else:
        row.value = value
    session.flush()
    return _changes(program_id)


def drafts_for(
    session: Session, *, program_id: uuid.UUID, stage: Stage | str
) -> dict[tuple[str, str], str]:
    """Every draft of a stage's wizard: ``(step, field) -> text``."""
    rows = session.execute(
        select(WizardDraft.step, WizardDraft.field, WizardDraft.value).where(
            WizardDraft.program_id == program_id, WizardDraft.stage == Stage(stage).value
        )
    )
    return {(step, field): value for step, field, value in rows}


def clear_drafts(
    session: Session,
    *,
    program_id: uuid.UUID,
    stage: Stage | str,
    step: str | None = None,
    field: str | None = None,
) -> Changes:
    """Forget the drafts of a stage, of one of its pages, or of one field."""
    statement = delete(WizardDraft).where(
        WizardDraft.program_id == program_id, WizardDraft.stage == Stage(stage).value
    )
    if step is not None:
        statement = statement.where(WizardDraft.step == step)
    if field is not None:
        statement = statement.where(WizardDraft.field == field)
    session.execute(statement)
    return _changes(program_id)
