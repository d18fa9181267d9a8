"""The domain's words as people read them, in the chosen language: one table per vocabulary."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core import domain
from desktop.core.domain import Goal, Principle, Stage, StageStatus

Key = TypeVar("Key", bound=Hashable)


class Vocabulary(Generic[Key]):
    """One table of English source texts (marked for lupdate), translated in ``context`` when
    a word is asked for, so a change of language shows at once."""

    def __init__(self, context: str, texts: Mapping[Key, object]) -> None:
        self.context = context
        self.texts = texts  # QT_TRANSLATE_NOOP gives back its text, typed as an object

    def __call__(self, key: Key) -> str:
        return QCoreApplication.translate(self.context, str(self.texts[key]))


def stage_name(stage: Stage) -> str:
    """The stage's name in the interface's language (the one table is the core's)."""
    return QCoreApplication.translate("Issues", domain.stage_name(stage))


# one sentence on what happens in the stage, for tooltips
stage_purpose = Vocabulary(
    "Stage",
    {
        Stage.PREPARATION: QT_TRANSLATE_NOOP(
            "Stage", "Prepare the team and the field before entering the community."
        ),
        Stage.ASSESSMENT: QT_TRANSLATE_NOOP(
            "Stage", "Find the problems, needs and resources the community itself names."
        ),
        Stage.PLANNING: QT_TRANSLATE_NOOP(
            "Stage", "Residents think through their problems and propose ways out."
        ),
        Stage.FORMALISATION: QT_TRANSLATE_NOOP(
            "Stage", "Groups decide their programs and activities and sign the agreement."
        ),
        Stage.IMPLEMENTATION: QT_TRANSLATE_NOOP(
            "Stage", "Carry out the activities and keep them going."
        ),
        Stage.EVALUATION: QT_TRANSLATE_NOOP(
            "Stage", "Evaluate the results together with the residents."
        ),
        Stage.TERMINATION: QT_TRANSLATE_NOOP(
            "Stage", "Hand everything over to the community and end the assistance."
        ),
    },
)

status_name = Vocabulary(
    "StageStatus",
    {
        StageStatus.NOT_STARTED: QT_TRANSLATE_NOOP("StageStatus", "Not started"),
        StageStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("StageStatus", "In progress"),
        StageStatus.DONE: QT_TRANSLATE_NOOP("StageStatus", "Done"),
    },
)

principle_name = Vocabulary(
    "Principle",
    {
        Principle.EQUALITY: QT_TRANSLATE_NOOP("Principle", "Equality"),
        Principle.PARTICIPATION: QT_TRANSLATE_NOOP("Principle", "Participation"),
        Principle.SUSTAINABILITY: QT_TRANSLATE_NOOP("Principle", "Sustainability"),
        Principle.SELF_RELIANCE: QT_TRANSLATE_NOOP("Principle", "Self-reliance"),
    },
)

# what the principle asks, in one line under its name
principle_question = Vocabulary(
    "Principles",
    {
        Principle.EQUALITY: QT_TRANSLATE_NOOP(
            "Principles", "Do women attend, speak and decide as men do?"
        ),
        Principle.PARTICIPATION: QT_TRANSLATE_NOOP(
            "Principles", "Does the community plan, do, monitor and evaluate itself?"
        ),
        Principle.SUSTAINABILITY: QT_TRANSLATE_NOOP(
            "Principles", "Does the facilitator's part fade out to zero?"
        ),
        Principle.SELF_RELIANCE: QT_TRANSLATE_NOOP(
            "Principles", "Does the community bring its own means first?"
        ),
    },
)

# each phase of the work (desktop.core.principles.records.Phase, by value) as a noun:
# "the community carries 40% of the {phase}"
phase_name = Vocabulary(
    "Principles",
    {
        "plan": QT_TRANSLATE_NOOP("Principles", "planning"),
        "do": QT_TRANSLATE_NOOP("Principles", "carrying out"),
        "monitor": QT_TRANSLATE_NOOP("Principles", "monitoring"),
        "evaluate": QT_TRANSLATE_NOOP("Principles", "evaluating"),
    },
)

goal_name = Vocabulary(
    "Goal",
    {
        Goal.INSTITUTIONS: QT_TRANSLATE_NOOP("Goal", "Better institutions"),
        Goal.BUSINESS: QT_TRANSLATE_NOOP("Goal", "Better business"),
        Goal.INCOME: QT_TRANSLATE_NOOP("Goal", "Better income"),
        Goal.ENVIRONMENT: QT_TRANSLATE_NOOP("Goal", "Better environment"),
        Goal.LIVING: QT_TRANSLATE_NOOP("Goal", "Better living conditions"),
        Goal.COMMUNITY: QT_TRANSLATE_NOOP("Goal", "A better community"),
    },
)


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
