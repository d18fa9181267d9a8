"""Which stages have a wizard: ``WIZARDS``, the one table the window opens them from.

To add a stage's wizard, write it on :mod:`desktop.ui.wizards.base` (its docstring says how)
and add one line below.
"""

from __future__ import annotations

from desktop.core.domain import Stage
from desktop.ui.wizards.assessment import AssessmentWizard
from desktop.ui.wizards.base import StageWizard
from desktop.ui.wizards.evaluation import EvaluationWizard
from desktop.ui.wizards.formalisation import FormalisationWizard
from desktop.ui.wizards.implementation import ImplementationWizard
from desktop.ui.wizards.planning import PlanningWizard
from desktop.ui.wizards.preparation import PreparationWizard
from desktop.ui.wizards.termination import TerminationWizard

WIZARDS: dict[Stage, type[StageWizard]] = {
    Stage.PREPARATION: PreparationWizard,
    Stage.ASSESSMENT: AssessmentWizard,
    Stage.PLANNING: PlanningWizard,
    Stage.TERMINATION: TerminationWizard,
    Stage.IMPLEMENTATION: ImplementationWizard,
    Stage.EVALUATION: EvaluationWizard,
    Stage.FORMALISATION: FormalisationWizard,
}
