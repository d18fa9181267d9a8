"""The office records its verdict on a program's stage: accepted, or changes needed with a note.

Opened from the program's overview on an office's database. Saving runs the core's
``record_verdict`` through the main window (every view hears of it) and pushes an undo command:
undo withdraws the verdict, redo brings it back; both travel with the office's next bundle.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import ReviewVerdict, Stage
from desktop.core.errors import ValidationError
from desktop.ui import accessibility, theme
from desktop.ui.formatting import translate_issue
from desktop.ui.vocabulary import stage_name

if TYPE_CHECKING:
    from desktop.core.changes import Changes
    from desktop.core.reviews import ReviewState
    from desktop.ui.context import WindowContext
    from desktop.ui.workspace import Workspace

# the stages an office reviews above all: the evaluation, then the action plan
_FIRST_CHOICE = (Stage.EVALUATION, Stage.FORMALISATION)


class VerdictDialog(QDialog):
    """Stage, verdict and note; ``save`` is called on Save and returns the refusal, if any."""

    def __init__(
        self,
        stages: Sequence[Stage],
        chosen: Stage | None,
        save: Callable[[Stage, ReviewVerdict, str], ValidationError | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review a stage"))
        self._save = save
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The verdict goes back to the village with this office's next bundle; the "
                "facilitator sees it on the stage."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        outer.addWidget(intro)
        form = QFormLayout()
        self.stage = QComboBox(self)
        for stage in stages:
            self.stage.addItem(f"{stage.number}. {stage_name(stage)}", stage)
        if chosen is not None and chosen in stages:
            self.stage.setCurrentIndex(list(stages).index(chosen))
        form.addRow(self.tr("Stage"), self.stage)
        self.accepted_choice = QRadioButton(self.tr("Accepted"), self)
        self.needs_changes = QRadioButton(self.tr("Needs changes"), self)
        self.choice = QButtonGroup(self)
        choices = QVBoxLayout()
        for button in (self.accepted_choice, self.needs_changes):
            self.choice.addButton(button)
            choices.addWidget(button)
        self.accepted_choice.setChecked(True)
        form.addRow(self.tr("Verdict"), choices)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What needs changing, or a word of thanks"))
        self.note.setMinimumHeight(90)
        form.addRow(self.tr("Note"), self.note)
        outer.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.ERROR.name()};")
        self.message.hide()
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record verdict"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        outer.addWidget(buttons)
        self.setMinimumWidth(440)
        accessibility.name_widgets(self)

    def verdict(self) -> ReviewVerdict:
        if self.needs_changes.isChecked():
            return ReviewVerdict.NEEDS_CHANGES
        return ReviewVerdict.ACCEPTED

    def save(self) -> None:
        """Record the verdict; a refusal stays in the dialog, said under the note."""
        stage = self.stage.currentData()
        if stage is None:
            return
        refused = self._save(Stage(stage), self.verdict(), self.note.toPlainText())
        if refused is None:
            self.accept()
            return
        self.message.setText("\n".join(translate_issue(found) for found in refused.issues))
        self.message.show()


class RecordVerdictCommand(QUndoCommand):
    """A verdict already recorded; undo withdraws it, redo brings it back."""

    def __init__(self, execute: Callable[..., Changes | None], review_id: uuid.UUID) -> None:
        super().__init__(QCoreApplication.translate("Commands", "recording the office's verdict"))
        self._execute = execute
        self._review_id = review_id
        self._done = True  # pushed after the verdict was recorded: the first redo is a no-op

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._withdraw(False)

    def undo(self) -> None:
        self._withdraw(True)

    def _withdraw(self, withdrawn: bool) -> None:
        from desktop.core.reviews import withdraw_verdict

        arguments: dict[str, Any] = {"review_id": self._review_id, "withdrawn": withdrawn}
        if self._execute(withdraw_verdict, **arguments) is None:
            self.setObsolete(True)


def _window_context(widget: QWidget) -> WindowContext | None:
    """The main window around ``widget`` (its undo stack and change signal), if it has one."""
    window = widget.window()
    if all(hasattr(window, name) for name in ("attempt", "execute", "undo_stack")):
        return cast("WindowContext", window)
    return None


def default_stage(state: ReviewState) -> Stage | None:
    """The stage to offer first: the evaluation or the action plan once reported, else the
    furthest stage that holds records."""
    for stage in _FIRST_CHOICE:
        if stage in state.reported:
            return stage
    return state.reported[-1] if state.reported else None


def review_stage(
    owner: QWidget,
    workspace: Workspace,
    program_id: uuid.UUID,
    state: ReviewState,
    on_saved: Callable[[], object],
) -> VerdictDialog:
    """Open the dialog (window-modal) for a program whose reported stages ``state`` lists."""
    from desktop.core.reviews import record_verdict

    context = _window_context(owner)

    def save(stage: Stage, verdict: ReviewVerdict, note: str) -> ValidationError | None:
        arguments: dict[str, Any] = {
            "program_id": program_id,
            "stage": stage,
            "verdict": verdict,
            "note": note,
        }
        try:
            if context is not None:
                changes = context.attempt(record_verdict, **arguments)
                context.undo_stack.push(RecordVerdictCommand(context.execute, changes.created[0]))
            else:  # no main window around: nobody else to tell
                workspace.execute(record_verdict, **arguments)
                on_saved()
        except ValidationError as refused:
            return refused
        return None

    dialog = VerdictDialog(state.reported, default_stage(state), save, owner.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
