"""The base of the seven stage wizards: a QWizard whose pages are the steps of a core Flow.

What the base does for every stage
----------------------------------
- One page per :class:`~desktop.core.stages.base.Step` of the stage's flow, in order. The wizard
  starts the stage the first time it is opened (``start_stage``), opens on the page where the
  user left it (``resume_step``; the pages before it are walked through so Back works) and
  remembers every page change (``save_step``).
- Next is refused on a required page while its step's rules report issues: the messages go
  under the fields they name (``Issue.field``) and into the summary line at the bottom. An
  optional step lets the user go on. Finish completes the stage (``complete_stage``); a refusal
  is shown on the page and the wizard stays open.
- A completed stage opens read-only with an **Amend** button: it takes the stage back to in
  progress (``reopen_stage``); Finish completes it again. A closed program opens read-only.
- Writes go through the window's ``attempt`` (one transaction, ``operation_executed`` emitted so
  the overview and the navigator refresh; a refusal raises ``ValidationError`` for the page to
  show). Adding a record is undoable: undo tombstones it (``set_record_deleted``), redo brings
  it back; removing works the other way round. Ctrl+Z / Ctrl+Shift+Z work in the wizard.
- Text typed but not yet saved is kept as a draft (``desktop.core.drafts``) ~300 ms after the
  last keystroke and restored when the wizard opens again, so closing or a crash loses nothing.
  Closing by Escape, the Close button or the window's own close button over typing not yet
  saved as a record asks first: Save, Discard or Keep editing (:mod:`.keyboard`).
- Keyboard: each page opens with its first field focused; Tab leaves text boxes; Escape
  closes the innermost open list before the wizard.

Why this module passes 600 lines: the page and the wizard call each other at every step
(drafts, issues, editability, the closing question) and the architecture allows no import
circle, so they stay one module; the keyboard's words and popups live in :mod:`.keyboard` and
:mod:`.popups`, and this text is the guide a newcomer reads first.

How to write a stage wizard
---------------------------
1. In ``desktop/ui/wizards/<stage>.py`` subclass :class:`StagePage` once per step. Give it
   ``step_id = "<the Step.id>"``; in ``build()`` make the widgets, in ``load(session)`` fill
   them from the database (quick reads: a stage's records are few). Title and subtitle: call
   ``self.setTitle(self.tr(...))`` / ``self.setSubTitle(self.tr(...))`` in ``build``.
2. Lists of records: ``RecordList(self, table=..., field=<the rule's Issue.field>, headers=...,
   read_rows=..., build_add=...)`` (:mod:`desktop.ui.wizards.record_list`); put inputs on it
   with ``add_input(name, label, widget)`` (``name`` = the operation's Issue.field, so its
   refusals land under that input).
   ``build_add`` returns ``(operation, kwargs)`` or None; Enter in an input adds the record.
3. A single value saved as the user goes (like the entry plan): ``self.bind(widget, field,
   save=lambda value: self.run(op, ...))``: saved on editingFinished / leaving the page,
   drafted on every keystroke.
4. ``self.add_message(field, below=widget)`` places a FieldMessage for other Issue fields.
5. Subclass :class:`StageWizard` with ``stage = Stage.X`` and ``page_types = (PageA, ...)``;
   a step without a page type gets the generic :class:`ReviewPage`.
6. Add one line to ``WIZARDS`` in ``desktop/ui/wizards/registry.py``.
7. New user-visible strings: English in ``self.tr``; Indonesian in
   ``resources/translations/pending/<tag>.tsv``; list the core Issue templates your pages can
   show with ``QT_TRANSLATE_NOOP("Issues", "...")`` so lupdate keeps them.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.domain import Stage, StageStatus
from desktop.core.errors import ValidationError
from desktop.core.readers.snapshot import StageSnapshot, read_snapshot
from desktop.ui import accessibility
from desktop.ui.formatting import translate_issue
from desktop.ui.vocabulary import stage_name
from desktop.ui.wizards import keyboard
from desktop.ui.wizards.bindings import Binding
from desktop.ui.wizards.fields import DateField, FieldMessage, number_refusals
from desktop.ui.wizards.popups import keep_clicks
from desktop.ui.wizards.steps_panel import StepsPanel
from desktop.ui.wizards.verdict_banner import VerdictBanners

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.changes import Changes
    from desktop.core.errors import Issue
    from desktop.core.stages.base import Flow, Step
    from desktop.ui.context import Operation, WindowContext

T = TypeVar("T")
EDITABLE = (QLineEdit, QPlainTextEdit, DateField, QComboBox, QCheckBox, QPushButton)


class PageList(Protocol):
    """A list of records on a page (:class:`~desktop.ui.wizards.record_list.RecordList`)."""

    inputs: dict[str, QWidget]  # its add form's inputs by name

    def reload(self) -> None:
        """Read its records again."""

    def set_editable(self, editable: bool) -> None:
        """Show or hide its form and buttons."""

    def add(self) -> uuid.UUID | None:
        """Save the form as a record (or the record being edited); None when refused."""

    def cancel_edit(self) -> None:
        """Leave an edit, its form emptied."""

    def clear_form(self) -> None:
        """Empty the form and forget its drafts."""


# --- pages ---------------------------------------------------------------------------------


class StagePage(QWizardPage):
    """One step's page. Subclasses set ``step_id`` and write :meth:`build` and :meth:`load`."""

    step_id: ClassVar[str] = ""
    reload_on: ClassVar[frozenset[str]] = frozenset()  # extra tables whose changes reload it
    # bound fields that stay editable and saved when the wizard is read-only (a closed
    # program's final report); the core operation decides whether the change is allowed
    always_editable: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, wizard: StageWizard, step: Step) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.step = step
        self.step_id = step.id  # type: ignore[misc]  # the generic pages take their step's
        self.bindings: dict[str, Binding] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.lists: list[PageList] = []
        self.setTitle(QCoreApplication.translate("Issues", step.title))
        self.body = QVBoxLayout()
        self.summary = FieldMessage(self)
        self.summary.setObjectName("pageSummary")
        outer = QVBoxLayout(self)
        outer.addLayout(self.body, 1)
        outer.addWidget(self.summary)
        self.build()
        for edit in self.findChildren(QLineEdit):
            if edit.completer() is not None:
                keep_clicks(edit.completer())
        for box in self.findChildren(QPlainTextEdit):
            box.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere else
        accessibility.name_widgets(self)
        self.subtitle_text = self.subTitle()

    # -- for subclasses --
    def build(self) -> None:
        """Make the page's widgets (into ``self.body``)."""

    def load(self, session: Session) -> None:
        """Fill the widgets from the database."""

    @property
    def program_id(self) -> uuid.UUID:
        return self.wizard_.program_id

    @property
    def snapshot(self) -> StageSnapshot:
        return self.wizard_.snapshot

    def read(self, query: Callable[[Session], T]) -> T:
        return self.wizard_.read(query)

    def run(self, operation: Operation, **arguments: Any) -> Changes | None:
        """Run an operation; a refusal is shown under the fields it names (returns None)."""
        if number_refusals(self):  # a number not understood: each field says why
            return None
        try:
            changes: Changes = self.wizard_.main_window.attempt(operation, **arguments)
            return changes
        except ValidationError as error:
            self.show_issues(list(error.issues), FieldMessage.ERROR)
            return None

    def bind(
        self,
        widget: QWidget,
        field: str,
        *,
        save: Callable[[Any], object] | None = None,
        message: bool = True,
    ) -> QWidget:
        """Keep ``widget``'s typing as a draft under ``field``; with ``save``, also save it
        (editingFinished, focus out, page left). Returns the widget."""
        self.bindings[field] = Binding(
            self,
            widget,
            field,
            save,
            write_draft=lambda text: self.wizard_.write_draft(self.step_id, field, text),
            may_save=lambda: self.field_editable(field),
            report=self.summary.show_text,
        )
        if message and field not in self.messages:
            self.messages[field] = FieldMessage(self)
        return widget

    def add_message(
        self, field: str, layout: QVBoxLayout | QFormLayout | None = None
    ) -> FieldMessage:
        """A message for issues about ``field``, added to ``layout`` (default: the body)."""
        message = self.messages.get(field) or FieldMessage(self)
        self.messages[field] = message
        target = layout if layout is not None else self.body
        if isinstance(target, QFormLayout):
            target.addRow("", message)
        else:
            target.addWidget(message)
        return message

    # -- the wizard calls these --
    def initializePage(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.read(self.load)
        for lst in self.lists:
            lst.reload()
        self.restore_drafts()
        self.show_step_issues()

    def restore_drafts(self) -> None:
        for (step, field), text in self.wizard_.drafts.items():
            binding = self.bindings.get(field)
            if step == self.step_id and binding is not None:
                binding.set_text(text)
                binding.dirty = True

    def commit_pending(self) -> None:
        for binding in self.bindings.values():
            binding.flush()
            binding.commit()

    def flush_drafts(self) -> None:
        for binding in self.bindings.values():
            binding.flush()

    def step_issues(self) -> list[Issue]:
        from desktop.core.stages import guards

        def query(session: Session) -> list[Issue]:
            program = guards.program_row(session, self.program_id)
            return self.step.issues(session, program)

        return self.read(query)

    def show_step_issues(self, level: str = FieldMessage.HINT) -> list[Issue]:
        issues = self.step_issues() if self.wizard_.editable else []
        self.show_issues(issues, level)
        return issues

    def show_issues(self, issues: Sequence[Issue], level: str = FieldMessage.ERROR) -> None:
        """Each issue under its field (by ``Issue.field``); the rest in the summary line."""
        by_field: dict[str, list[Issue]] = {}
        rest: list[Issue] = []
        for found in issues:
            if found.field in self.messages:
                by_field.setdefault(found.field, []).append(found)
            else:
                rest.append(found)
        for field, message in self.messages.items():
            message.show_issues(by_field.get(field, []), level)
        number_refusals(self)  # a refused number's message stands while the number does
        if rest:
            self.summary.show_issues(rest, level)
        elif issues and level == FieldMessage.ERROR:
            self.summary.show_text(
                self.tr("This page is not complete yet: see the messages above."), level
            )
        else:
            self.summary.clear_message()

    def set_editable(self, editable: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not editable)
            elif isinstance(widget, EDITABLE) and not isinstance(widget, QPlainTextEdit):
                widget.setEnabled(editable)
        for lst in self.lists:
            lst.set_editable(editable)
        for field in self.always_editable:
            binding = self.bindings.get(field)
            if binding is not None:
                if isinstance(binding.widget, QLineEdit | QPlainTextEdit):
                    binding.widget.setReadOnly(False)
                else:
                    binding.widget.setEnabled(True)

    def unsaved_typing(self) -> list[tuple[PageList, str]]:
        """The lists whose add form holds typing not yet saved, with that typing."""
        found = []
        for lst in self.lists:
            typed = [keyboard.typed_text(w) for w in lst.inputs.values() if w.isVisibleTo(self)]
            typed = [text for text in typed if text]
            if typed:
                found.append((lst, typed[0]))
        return found

    def field_editable(self, field: str) -> bool:
        """Whether a bound field may be saved now."""
        return self.wizard_.editable or field in self.always_editable

    def on_changes(self, changes: Changes) -> None:
        if changes.program_ids and self.program_id not in changes.program_ids:
            return
        if changes.tables & (frozenset(self.step.captures) | self.reload_on):
            self.reload()


class ReviewPage(StagePage):
    """The last page of a stage: every step with what it still lacks, then Finish."""

    def build(self) -> None:
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("Check every step, then choose Finish to complete the stage."))
        self.overview = QLabel(self)
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.overview, 1)

    def load(self, session: Session) -> None:
        from desktop.core.stages import guards

        program = guards.program_row(session, self.program_id)
        lines = []
        for step in self.wizard_.flow.steps:
            if step.id == self.step_id:
                continue
            issues = step.issues(session, program)
            title = QCoreApplication.translate("Issues", step.title)
            page = self.wizard_.page_for(step.id)
            if page is not None and page.title():
                title = page.title()
            if issues:
                what = "<br>".join(f"&nbsp;&nbsp;• {translate_issue(i)}" for i in issues)
                lines.append(f"<p><b>○ {title}</b><br>{what}</p>")
            else:
                lines.append(f"<p><b>✓ {title}</b></p>")
        self.overview.setText("".join(lines))

    def on_changes(self, changes: Changes) -> None:
        if not changes.program_ids or self.program_id in changes.program_ids:
            self.reload()


# --- the wizard ----------------------------------------------------------------------------


class StageWizard(QWizard):
    """A stage's wizard. Subclasses set ``stage`` and ``page_types`` (one StagePage subclass
    per step; steps without one get a :class:`ReviewPage`)."""

    stage: ClassVar[Stage]
    page_types: ClassVar[Sequence[type[StagePage]]] = ()
    AMEND_BUTTON = QWizard.WizardButton.CustomButton1

    completed = Signal()

    def __init__(self, window: WindowContext, program_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        from desktop.core.stages import flow_for

        self.main_window: WindowContext = window
        self.program_id = program_id
        self.flow: Flow = flow_for(self.stage)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next ›"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("‹ Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(self.AMEND_BUTTON, self.tr("Amend"))
        self.button(self.AMEND_BUTTON).setToolTip(
            self.tr("This stage is complete. Amend it to make corrections.")
        )
        self.customButtonClicked.connect(self._custom_button)
        self._closing_by_user = False  # set while a close comes from the user's key or click
        self.button(QWizard.WizardButton.CancelButton).installEventFilter(self)
        self.resize(1040, 680)
        self.setMinimumSize(720, 480)
        for keys, slot in (("Alt+N", self.next), ("Alt+B", self.back)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self._undo_actions()

        self.snapshot = self.read(lambda s: read_snapshot(s, program_id, self.stage))
        self.editable = not self.snapshot.closed
        if self.snapshot.status is StageStatus.NOT_STARTED and self.editable:
            from desktop.core import stages as st

            try:
                window.attempt(st.start_stage, program_id=program_id, stage=self.stage)
            except ValidationError as error:
                self.editable = False
                self._refusal = list(error.issues)
            else:
                self._refusal = []
            self.snapshot = self.read(lambda s: read_snapshot(s, program_id, self.stage))
        else:
            self._refusal = []
        if self.snapshot.status is StageStatus.DONE:
            self.editable = False
        self.drafts: dict[tuple[str, str], str] = self.read(self._read_drafts)

        self.setWindowTitle(
            self.tr("{stage} — {program}").format(
                stage=stage_name(self.stage), program=self.snapshot.program_name
            )
        )
        by_step = {cls.step_id: cls for cls in self.page_types}
        self._pages: dict[str, StagePage] = {}
        self._ids: dict[str, int] = {}
        for n, step in enumerate(self.flow.steps):
            page = by_step.get(step.id, ReviewPage)(self, step)
            self.setPage(n, page)
            self._pages[step.id] = page
            self._ids[step.id] = n
        self.steps_panel = StepsPanel(self, self)
        self.setSideWidget(self.steps_panel)
        self.steps_panel.setAccessibleName(self.tr("Steps of this stage"))
        self.verdict = VerdictBanners(self, self.stage, program_id, window)
        accessibility.name_widgets(self)
        window.operation_executed.connect(self._on_changes)
        self._resuming = False
        self._update_mode()
        self.currentIdChanged.connect(self._page_changed)
        self.go_to_step(self.snapshot.resume_step)

    # -- database --
    def read(self, query: Callable[[Session], T]) -> T:
        workspace = self.main_window.workspace
        assert workspace is not None
        return workspace.read(query)

    def _read_drafts(self, session: Session) -> dict[tuple[str, str], str]:
        from desktop.core.drafts import drafts_for

        return drafts_for(session, program_id=self.program_id, stage=self.stage)

    def write_draft(self, step: str, field: str, text: str) -> None:
        """Keep (or, for empty text, forget) a draft. Local bookkeeping: no broadcast."""
        from desktop.core.drafts import save_draft

        if not self.editable or self.main_window.workspace is None:
            return
        self.main_window.workspace.execute(
            save_draft,
            program_id=self.program_id,
            stage=self.stage,
            step=step,
            field=field,
            value=text,
        )
        if text:
            self.drafts[(step, field)] = text
        else:
            self.drafts.pop((step, field), None)

    def clear_drafts(self, step: str, *, prefix: str = "") -> None:
        for key_step, field in list(self.drafts):
            if key_step == step and field.startswith(prefix):
                self.write_draft(step, field, "")

    def push(self, command: QUndoCommand) -> None:
        self.main_window.undo_stack.push(command)

    # -- pages --
    def page_for(self, step_id: str) -> StagePage | None:
        return self._pages.get(step_id)

    def current_step(self) -> str:
        page = self.currentPage()
        return page.step_id if isinstance(page, StagePage) else self.flow.first_step

    def go_to_step(self, step_id: str) -> None:
        """Open on ``step_id`` with the pages before it in the history, so Back works."""
        self._resuming = True
        try:
            self.restart()
            target = self._ids.get(step_id, 0)
            while self.currentId() < target:
                self.next()
        finally:
            self._resuming = False
        self.refresh_steps()

    def _page_changed(self, page_id: int) -> None:
        from desktop.core import stages as st

        page = self.page(page_id)
        if not self._resuming:
            self.refresh_steps()
        if isinstance(page, StagePage):
            page.set_editable(self.editable)
            if self._refusal:
                page.summary.show_issues(self._refusal)
            if self.editable:  # once the page is shown: a hidden field takes no focus
                QTimer.singleShot(0, lambda: keyboard.focus_first_input(page))
        if self._resuming or not self.editable or page_id < 0:
            return
        try:
            self.main_window.attempt(
                st.save_step,
                program_id=self.program_id,
                stage=self.stage,
                current_step=self.current_step(),
            )
        except ValidationError as error:
            self.show_summary(list(error.issues))

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if self._resuming or not isinstance(page, StagePage) or not self.editable:
            return True
        page.commit_pending()
        issues = page.show_step_issues(FieldMessage.ERROR)
        return not issues or page.step.optional

    def show_summary(self, issues: list[Issue]) -> None:
        page = self.currentPage()
        if isinstance(page, StagePage):
            page.summary.show_issues(issues)

    def _on_changes(self, changes: Changes) -> None:
        page = self.currentPage()
        if isinstance(page, StagePage):
            page.on_changes(changes)
        self.refresh_steps()

    def refresh_steps(self) -> None:
        """Where each step stands (one quick read), shown in the side panel."""
        from desktop.core.stages import guards
        from desktop.core.stages.step_marks import StepMark, step_marks

        def marks(session: Session) -> dict[str, StepMark]:
            return step_marks(session, guards.program_row(session, self.program_id), self.flow)

        if self.main_window.workspace is None:
            return
        self.steps_panel.refresh(self.read(marks))

    # -- done, amend, close --
    def _update_mode(self) -> None:
        done = self.snapshot.status is StageStatus.DONE
        self.button(self.AMEND_BUTTON).setVisible(done and not self.snapshot.closed)
        for page in self._pages.values():
            page.set_editable(self.editable)
            page.setSubTitle(page.subtitle_text)
            if not self.editable:
                if self.snapshot.closed:
                    page.setSubTitle(self.tr("The program is closed: this stage can only be read."))
                elif done:
                    page.setSubTitle(self.tr("This stage is complete. Choose Amend to change it."))

    def _custom_button(self, which: int) -> None:
        if which == self.AMEND_BUTTON.value:
            self.amend()

    def amend(self) -> bool:
        """Take the completed stage back to in progress so its pages can be changed."""
        from desktop.core import stages as st

        try:
            self.main_window.attempt(st.reopen_stage, program_id=self.program_id, stage=self.stage)
        except ValidationError as error:
            self.show_summary(list(error.issues))
            return False
        self.snapshot = self.read(lambda s: read_snapshot(s, self.program_id, self.stage))
        self.editable = True
        self._update_mode()
        page = self.currentPage()
        if isinstance(page, StagePage):
            page.reload()
        return True

    def accept(self) -> None:
        from desktop.core import stages as st

        if self.editable:
            if not self.validateCurrentPage():
                return
            try:
                self.main_window.attempt(
                    st.complete_stage, program_id=self.program_id, stage=self.stage
                )
            except ValidationError as error:
                self.show_summary(list(error.issues))
                return
            self.completed.emit()
        self._leave()
        super().accept()

    def reject(self) -> None:
        asked, self._closing_by_user = self._closing_by_user, False
        if asked and self.editable and self._unsaved_typing():
            self._ask_about_typing()
            return
        self._leave()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape closes the innermost open list first; only then the wizard, asking first
        # when something typed is not saved yet
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            if not keyboard.close_popup(self):
                self._closing_by_user = True
                self.reject()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing_by_user = event.spontaneous()  # the window's own close button
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the Close button pressed by the user (a click or a key), not by the program
        user_input = (QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
        cancel = self.button(QWizard.WizardButton.CancelButton)
        if watched is cancel and event.type() in user_input:
            self._closing_by_user = True
            QTimer.singleShot(0, lambda: setattr(self, "_closing_by_user", False))
        return super().eventFilter(watched, event)

    def _unsaved_typing(self) -> list[tuple[StagePage, PageList, str]]:
        return [
            (page, lst, text)
            for page in self._pages.values()
            for lst, text in page.unsaved_typing()
        ]

    def _ask_about_typing(self) -> None:
        """Save, discard or keep editing what was typed but not saved as a record."""
        typed = self._unsaved_typing()
        lines = [f"• {page.title()}: “{text[:60]}”" for page, _lst, text in typed]
        box = keyboard.typing_question(self, lines)
        box.finished.connect(lambda answer: self._answered(QMessageBox.StandardButton(answer)))
        self.typing_question: QMessageBox | None = box

    def _answered(self, answer: QMessageBox.StandardButton) -> None:
        self.typing_question = None
        if answer == QMessageBox.StandardButton.Cancel:
            return
        for page, lst, _text in self._unsaved_typing():
            if answer == QMessageBox.StandardButton.Discard:
                lst.cancel_edit()
                lst.clear_form()
            elif lst.add() is None:  # refused: the page says why, the wizard stays open
                self.go_to_step(page.step_id)
                return
        self.reject()

    def _leave(self) -> None:
        """Keep what was typed: bound fields saved, the rest as drafts."""
        for page in self._pages.values():
            if self.editable or page.always_editable:
                page.commit_pending()
            page.flush_drafts()
        with contextlib.suppress(RuntimeError, TypeError):
            self.main_window.operation_executed.disconnect(self._on_changes)

    def _undo_actions(self) -> None:
        stack = self.main_window.undo_stack
        undo = stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.undo_action: QAction = undo
        self.redo_action: QAction = redo
