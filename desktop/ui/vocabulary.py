"""The domain's words as people read them: stage and status names in the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core import domain
from desktop.core.domain import Stage, StageStatus


def stage_name(stage: Stage) -> str:
    """The stage's name in the interface's language (the one table is the core's)."""
    return QCoreApplication.translate("Issues", domain.stage_name(stage))


def stage_purpose(stage: Stage) -> str:
    """One sentence on what happens in the stage, for tooltips."""
    purposes = {
        Stage.PREPARATION: QCoreApplication.translate(
            "Stage", "Prepare the team and the field before entering the community."
        ),
        Stage.ASSESSMENT: QCoreApplication.translate(
            "Stage", "Find the problems, needs and resources the community itself names."
        ),
        Stage.PLANNING: QCoreApplication.translate(
            "Stage", "Residents think through their problems and propose ways out."
        ),
        Stage.FORMALISATION: QCoreApplication.translate(
            "Stage", "Groups decide their programs and activities and sign the agreement."
        ),
        Stage.IMPLEMENTATION: QCoreApplication.translate(
            "Stage", "Carry out the activities and keep them going."
        ),
        Stage.EVALUATION: QCoreApplication.translate(
            "Stage", "Evaluate the results together with the residents."
        ),
        Stage.TERMINATION: QCoreApplication.translate(
            "Stage", "Hand everything over to the community and end the assistance."
        ),
    }
    return purposes[stage]


def status_name(status: StageStatus) -> str:
    names = {
        StageStatus.NOT_STARTED: QCoreApplication.translate("StageStatus", "Not started"),
        StageStatus.IN_PROGRESS: QCoreApplication.translate("StageStatus", "In progress"),
        StageStatus.DONE: QCoreApplication.translate("StageStatus", "Done"),
    }
    return names[status]


def issue_text(template: str, values: tuple[tuple[str, str], ...] = (), message: str = "") -> str:
    """A core rule's sentence in the chosen language: the template is translated in the
    ``Issues`` context (see desktop/ui/issue_texts.py), and so is each word put into it (a
    stage's name, "start date"); dates and numbers go in as they are."""
    if not template:
        return message
    filled = {
        key: QCoreApplication.translate("Issues", value) if value else value
        for key, value in values
    }
    try:
        return QCoreApplication.translate("Issues", template).format(**filled)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return template.format(**dict(values)) if values else template
