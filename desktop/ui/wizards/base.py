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
- Writes go through ``MainWindow.attempt`` (one transaction, ``operation_executed`` emitted so
  the overview and the navigator refresh; a refusal raises ``ValidationError`` for the page to
  show). Adding a record is undoable: undo tombstones it (``set_record_deleted``), redo brings
  it back; removing works the other way round. Ctrl+Z / Ctrl+Shift+Z work in the wizard.
- Text typed but not yet saved is kept as a draft (``desktop.core.drafts``) ~300 ms after the
  last keystroke and restored when the wizard opens again, so closing or a crash loses nothing.

How to write a stage wizard
---------------------------
1. In ``desktop/ui/wizards/<stage>.py`` subclass :class:`StagePage` once per step. Give it
   ``step_id = "<the Step.id>"``; in ``build()`` make the widgets, in ``load(session)`` fill
   them from the database (quick reads: a stage's records are few). Title and subtitle: call
   ``self.setTitle(self.tr(...))`` / ``self.setSubTitle(self.tr(...))`` in ``build``.
2. Lists of records: ``RecordList(self, table=..., field=<the rule's Issue.field>, headers=...,
   read_rows=..., build_add=...)``; put inputs on it with ``add_input(name, label, widget)``
   (``name`` = the operation's Issue.field, so its refusals land under that input).
   ``build_add`` returns ``(operation, kwargs)`` or None; Enter in an input adds the record.
3. A single value saved as the user goes (like the entry plan): ``self.bind(widget, field,
   save=lambda value: self.run(op, ...))``: saved on editingFinished / leaving the page,
   drafted on every keystroke.
4. ``self.add_message(field, below=widget)`` places a FieldMessage for other Issue fields.
5. Subclass :class:`StageWizard` with ``stage = Stage.X`` and ``page_types = (PageA, ...)``;
   a step without a page type gets the generic :class:`ReviewPage`.
6. Add one line to ``WIZARDS`` in ``desktop/ui/wizards/__init__.py``.
7. New user-visible strings: English in ``self.tr``; Indonesian in
   ``resources/translations/pending/<tag>.tsv``; list the core Issue templates your pages can
   show with ``QT_TRANSLATE_NOOP("Issues", "...")`` so lupdate keeps them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.domain import Stage, StageStatus
from desktop.ui.vocabulary import stage_name
from desktop.ui.wizards.fields import DateField, FieldMessage, SearchPicker, translate_issue

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.changes import Changes
    from desktop.core.errors import Issue
    from desktop.core.stages.base import Flow, Step
    from desktop.ui.main_window import MainWindow

T = TypeVar("T")
Operation = Callable[..., "Changes"]
# (record id, values by input name) -> the operation and its arguments that write them
BuildUpdate = Callable[[uuid.UUID, Mapping[str, Any]], "tuple[Operation, dict[str, Any]] | None"]
DRAFT_DELAY_MS = 300
EDITABLE = (QLineEdit, QPlainTextEdit, DateField, QComboBox, QCheckBox, QPushButton)


# --- reading and writing -------------------------------------------------------------------


@dataclass(frozen=True)
class StageSnapshot:
    """What the wizard needs to know when it opens."""

    program_name: str
    village_code: str
    start_date: dt.date
    status: StageStatus
    closed: bool
    resume_step: str


def read_snapshot(session: Session, program_id: uuid.UUID, stage: Stage) -> StageSnapshot:
    from desktop.core import stages as st
    from desktop.core.stages import guards, lifecycle

    program = guards.program_row(session, program_id)
    state = lifecycle.existing_state(session, program, stage)
    return StageSnapshot(
        program_name=program.name,
        village_code=program.village_code,
        start_date=program.start_date,
        status=state.status if state is not None else StageStatus.NOT_STARTED,
        closed=program.closed_on is not None,
        resume_step=st.resume_step(session, program_id=program_id, stage=stage),
    )


class _RecordCommand(QUndoCommand):
    """A record added (undo: tombstone it) or removed (undo: bring it back). The first redo
    is the operation already done when the command is pushed."""

    def __init__(
        self, wizard: StageWizard, text: str, table: str, row_id: uuid.UUID, *, added: bool
    ) -> None:
        super().__init__(text)
        self._wizard = wizard
        self._table = table
        self._row_id = row_id
        self._added = added
        self._first = True

    def _set(self, deleted: bool) -> None:
        from desktop.core.errors import ValidationError
        from desktop.core.records import set_record_deleted

        try:
            self._wizard.main_window.attempt(
                set_record_deleted, table=self._table, row_id=self._row_id, deleted=deleted
            )
        except ValidationError as error:
            self._wizard.show_summary(list(error.issues))
            self.setObsolete(True)

    def redo(self) -> None:
        if self._first:
            self._first = False
            if self._added:
                return
        self._set(not self._added)

    def undo(self) -> None:
        self._set(self._added)


class UpdateCommand(QUndoCommand):
    """A record changed in place: undo runs the operation with the old values, redo with the
    new ones. The first redo is the change already made when the command is pushed."""

    def __init__(
        self,
        wizard: StageWizard,
        text: str,
        operation: Operation,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
    ) -> None:
        super().__init__(text)
        self._wizard = wizard
        self._operation = operation
        self._before = dict(before)
        self._after = dict(after)
        self._first = True

    def _run(self, arguments: dict[str, Any]) -> None:
        from desktop.core.errors import ValidationError

        try:
            self._wizard.main_window.attempt(self._operation, **arguments)
        except ValidationError as error:
            self._wizard.show_summary(list(error.issues))
            self.setObsolete(True)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._after)

    def undo(self) -> None:
        self._run(self._before)


# --- drafts and bound fields ---------------------------------------------------------------


class _Binding(QObject):
    """One input of a page: its text for drafts, and (optionally) how it is saved."""

    def __init__(
        self,
        page: StagePage,
        widget: QWidget,
        field: str,
        save: Callable[[Any], object] | None,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.widget = widget
        self.field = field
        self.save = save
        self.dirty = False  # typed since the last save
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.write_draft)
        self._quiet = False
        changed = _changed_signal(widget)
        if changed is not None:
            changed.connect(self._changed)
        if save is not None:
            if isinstance(widget, QLineEdit | DateField):
                widget.editingFinished.connect(self.commit)
            else:
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def _changed(self, *_args: object) -> None:
        if self._quiet:
            return
        self.dirty = True
        self.timer.start()

    def text(self) -> str:
        return widget_text(self.widget)

    def set_text(self, text: str) -> None:
        self._quiet = True
        try:
            set_widget_text(self.widget, text)
        finally:
            self._quiet = False

    def write_draft(self) -> None:
        self.timer.stop()
        self.page.wizard_.write_draft(self.page.step_id, self.field, self.text())

    def flush(self) -> None:
        if self.timer.isActive():
            self.write_draft()

    def commit(self) -> None:
        """Save the value to its record (bound fields), then forget its draft."""
        if self.save is None or not self.dirty or not self.page.field_editable(self.field):
            return
        self.flush()
        self.dirty = False
        if self.save(widget_value(self.widget)) is not False:
            self.page.wizard_.write_draft(self.page.step_id, self.field, "")


def _changed_signal(widget: QWidget) -> Any:
    if isinstance(widget, SearchPicker):
        return widget.chosen
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, DateField):
        return widget.dateChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    return None


def widget_text(widget: QWidget) -> str:
    """An input's value as draft text (ids as hex, dates ISO, Rupiah as digits)."""
    from desktop.ui.wizards.fields import RupiahEdit

    if isinstance(widget, SearchPicker):
        chosen = widget.chosen_id()
        return chosen.hex if chosen is not None else ""
    if isinstance(widget, RupiahEdit):
        return str(widget.value()) if widget.text() else ""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, DateField):
        day = widget.date()
        return day.isoformat() if day is not None else ""
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data is not None else ""
    if isinstance(widget, QCheckBox):
        return "1" if widget.isChecked() else ""
    if isinstance(widget, QSpinBox):  # the lowest value is "not given"
        return str(widget.value()) if widget.value() != widget.minimum() else ""
    raise TypeError(f"no draft text for {type(widget).__name__}")


def set_widget_text(widget: QWidget, text: str) -> None:
    from desktop.ui.wizards.fields import RupiahEdit

    if isinstance(widget, SearchPicker):
        widget.choose(uuid.UUID(hex=text) if text else None)
    elif isinstance(widget, RupiahEdit):
        if text:
            widget.setValue(int(text))
        else:
            widget.clear()
    elif isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != text:
            widget.setPlainText(text)
    elif isinstance(widget, DateField):
        if text:
            widget.set_date(dt.date.fromisoformat(text))
        elif widget.optional:
            widget.set_date(None)
        # a required date keeps its day: the next record is often of the same day
    elif isinstance(widget, QComboBox):
        index = widget.findData(text) if text else 0
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(text))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(text) if text else widget.minimum())


def widget_value(widget: QWidget) -> Any:
    """An input's value as an operation takes it."""
    from desktop.ui.wizards.fields import RupiahEdit

    if isinstance(widget, SearchPicker):
        return widget.chosen_id()
    if isinstance(widget, RupiahEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, DateField):
        return widget.date()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(f"no value for {type(widget).__name__}")


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
        self.bindings: dict[str, _Binding] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.lists: list[RecordList] = []
        self.setTitle(QCoreApplication.translate("Issues", step.title))
        self.body = QVBoxLayout()
        self.summary = FieldMessage(self)
        self.summary.setObjectName("pageSummary")
        outer = QVBoxLayout(self)
        outer.addLayout(self.body, 1)
        outer.addWidget(self.summary)
        self.build()
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
        from desktop.core.errors import ValidationError

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
        self.bindings[field] = _Binding(self, widget, field, save)
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


# --- a list of records with an inline form -------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One saved record as a RecordList shows it."""

    id: uuid.UUID
    cells: tuple[str, ...]


class RecordList(QWidget):
    """The saved records of a step in a table, an inline form to add one, and Remove.

    ``read_rows(session)`` lists the records; ``build_add()`` reads the form and returns the
    ``(operation, kwargs)`` that adds one (or None when the form itself says what is missing).
    Adding and removing are undoable. ``field`` is the Issue.field the step's rule uses.

    Editing in place (optional): with ``read_record(session, id)`` giving a record's values by
    input name and ``build_update(id, values)`` returning the ``(operation, kwargs)`` that
    writes ``values`` to it, Edit (or a double-click, or F2 on the table) loads the record into
    the form, Save changes writes it and Escape cancels. Undo writes the old values back."""

    added = Signal(object)  # the new record's id

    def __init__(
        self,
        page: StagePage,
        *,
        table: str,
        field: str,
        headers: Sequence[str],
        read_rows: Callable[[Session], list[Row]],
        build_add: Callable[[], tuple[Operation, dict[str, Any]] | None],
        add_text: str | None = None,
        record_name: str = "",
        build_update: BuildUpdate | None = None,
        read_record: Callable[[Session, uuid.UUID], Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.table_name = table
        self.field = field
        self.record_name = record_name
        self._read_rows = read_rows
        self._build_add = build_add
        self._build_update = build_update
        self._read_record = read_record
        self.editing: uuid.UUID | None = None  # the record loaded into the form
        self.inputs: dict[str, QWidget] = {}
        self.rows: list[Row] = []
        page.lists.append(self)

        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.list_message = page.messages.get(field) or FieldMessage(self)
        page.messages[field] = self.list_message

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.add_button = QPushButton(add_text or self.tr("Add"), self)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("secondary")
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.add_text = self.add_button.text()
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setObjectName("secondary")
        self.edit_button.setToolTip(self.tr("Load the selected record into the form (F2)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.edit_button.setEnabled(False)
        self.edit_button.setVisible(self.can_edit)
        self.cancel_button = QPushButton(self.tr("Cancel editing"), self)
        self.cancel_button.setObjectName("secondary")
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        if self.can_edit:
            edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.table)
            edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            edit_key.activated.connect(self.edit_selected)
            self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        # Escape cancels an edit (only while editing: otherwise it closes the wizard)
        self.cancel_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.cancel_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_key.activated.connect(self.cancel_edit)
        self.cancel_key.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.list_message)
        layout.addLayout(self.form)
        layout.addLayout(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            # Enter in a form input adds the record; the wizard's default button (Next)
            # must not see it too
            assert isinstance(event, QKeyEvent)
            completer = watched.completer()
            popup = completer.popup() if completer is not None else None
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and (popup is None or not popup.isVisible()):
                QTimer.singleShot(0, self.add)
                return True
        return super().eventFilter(watched, event)

    def add_input(
        self,
        name: str,
        label: str,
        widget: QWidget,
        *,
        draft: bool = True,
        beside: QWidget | None = None,
    ) -> QWidget:
        """A field of the add form. ``name`` is the Issue.field of the add operation, so its
        refusals show under this input; Enter in a one-line input adds the record. ``beside``
        (a button, say) goes to the right of the input."""
        self.inputs[name] = widget
        message = FieldMessage(self)
        self.page.messages[name] = message
        box = QVBoxLayout()
        box.setSpacing(2)
        if beside is not None:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(beside)
            box.addLayout(row)
        else:
            box.addWidget(widget)
        box.addWidget(message)
        self.form.addRow(label, box)
        if draft:
            self.page.bind(widget, f"{self.field}.{name}", message=False)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self._enter)
            widget.installEventFilter(self)  # Enter adds the record; it must not also go Next
        return widget

    def _enter(self) -> None:
        sender = self.sender()
        popup = sender.completer().popup() if isinstance(sender, SearchPicker) else None
        if popup is not None and popup.isVisible():
            return
        QTimer.singleShot(0, self.add)  # after the completer has taken its Enter

    def reload(self) -> None:
        self.rows = self.page.read(self._read_rows)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self._selection_changed()
        self._restore_editing()

    def texts(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row."""
        return [row.cells for row in self.rows]

    def add(self) -> uuid.UUID | None:
        if not self.page.wizard_.editable:
            return None
        if self.editing is not None:
            return self.save_edit()
        for name in self.inputs:
            self.page.messages[name].clear_message()
        built = self._build_add()
        if built is None:
            return None
        operation, arguments = built
        changes = self.page.run(operation, **arguments)
        if changes is None:
            return None
        if not changes.created:  # a row with a natural key added again: its old row is back
            self.clear_form()
            return None
        row_id = changes.created[-1]
        text = QCoreApplication.translate("Wizard", "adding {what}").format(
            what=self.record_name or self.table_name
        )
        wizard = self.page.wizard_
        wizard.push(_RecordCommand(wizard, text, self.table_name, row_id, added=True))
        self.clear_form()
        self.added.emit(row_id)
        return row_id

    def clear_form(self) -> None:
        for name, widget in self.inputs.items():
            binding = self.page.bindings.get(f"{self.field}.{name}")
            if binding is not None:
                binding.set_text("")
                binding.timer.stop()
                binding.dirty = False
            else:
                set_widget_text(widget, "")
        self.page.wizard_.clear_drafts(self.page.step_id, prefix=f"{self.field}.")
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, uuid.UUID) else None

    def remove_selected(self) -> None:
        from desktop.core.records import set_record_deleted

        row_id = self.selected_id()
        if row_id is None or not self.page.wizard_.editable:
            return
        if self.page.run(set_record_deleted, table=self.table_name, row_id=row_id, deleted=True):
            text = QCoreApplication.translate("Wizard", "removing {what}").format(
                what=self.record_name or self.table_name
            )
            self.page.wizard_.push(
                _RecordCommand(self.page.wizard_, text, self.table_name, row_id, added=False)
            )
            if self.editing == row_id:
                self.cancel_edit()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.page.wizard_.editable and self.selected_id() is not None)
        self.edit_button.setEnabled(self.page.wizard_.editable and self.selected_id() is not None)

    # -- editing in place --
    @property
    def can_edit(self) -> bool:
        return self._build_update is not None and self._read_record is not None

    @property
    def _editing_key(self) -> str:
        return f"{self.field}.@editing"

    def edit_selected(self) -> bool:
        row_id = self.selected_id()
        return row_id is not None and self.edit(row_id)

    def edit(self, row_id: uuid.UUID) -> bool:
        """Load a record into the form; Save changes (or Enter) writes it back."""
        read_record = self._read_record
        if read_record is None or not self.page.wizard_.editable:
            return False
        values = self.page.read(lambda session: read_record(session, row_id))
        for name in self.inputs:
            self.page.messages[name].clear_message()
        for name, widget in self.inputs.items():
            text = _value_text(values.get(name))
            binding = self.page.bindings.get(f"{self.field}.{name}")
            if binding is not None:
                binding.set_text(text)
                binding.timer.stop()
                binding.dirty = False
                binding.write_draft()
            else:
                set_widget_text(widget, text)
        self.page.wizard_.write_draft(self.page.step_id, self._editing_key, row_id.hex)
        self._set_editing(row_id)
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus()
        return True

    def save_edit(self) -> uuid.UUID | None:
        """Write the form to the record being edited; undoable."""
        row_id, build_update, read_record = self.editing, self._build_update, self._read_record
        if row_id is None or build_update is None or read_record is None:
            return None
        for name in self.inputs:
            self.page.messages[name].clear_message()
        built = build_update(row_id, {n: widget_value(w) for n, w in self.inputs.items()})
        if built is None:
            return None
        old = self.page.read(lambda session: read_record(session, row_id))
        before = build_update(row_id, old)
        operation, arguments = built
        if self.page.run(operation, **arguments) is None:
            return None  # refused: the messages are under the fields, the form is kept
        if before is not None:
            text = QCoreApplication.translate("Wizard", "changing {what}").format(
                what=self.record_name or self.table_name
            )
            wizard = self.page.wizard_
            wizard.push(UpdateCommand(wizard, text, before[0], before[1], arguments))
        self.cancel_edit()
        return row_id

    def cancel_edit(self) -> None:
        if self.editing is None:
            return
        self._set_editing(None)
        self.clear_form()  # its drafts too, the editing mark among them

    def _set_editing(self, row_id: uuid.UUID | None) -> None:
        self.editing = row_id
        editing = row_id is not None
        self.add_button.setText(self.tr("Save changes") if editing else self.add_text)
        self.cancel_button.setVisible(editing and self.page.wizard_.editable)
        self.cancel_key.setEnabled(editing)

    def _restore_editing(self) -> None:
        """After a reload: an edit left open (a draft) comes back; a vanished record ends it."""
        ids = {row.id for row in self.rows}
        if self.editing is not None:
            if self.editing not in ids:
                self.cancel_edit()
            return
        mark = self.page.wizard_.drafts.get((self.page.step_id, self._editing_key), "")
        if mark and self.can_edit and self.page.wizard_.editable:
            row_id = uuid.UUID(hex=mark)
            if row_id in ids:
                self._set_editing(row_id)
            else:
                self.page.wizard_.write_draft(self.page.step_id, self._editing_key, "")

    def set_editable(self, editable: bool) -> None:
        """Read-only: the add form and the buttons are hidden, the table stays."""
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self.edit_button.setVisible(editable and self.can_edit)
        self.cancel_button.setVisible(editable and self.editing is not None)
        for widget in _layout_widgets(self.form):
            if not isinstance(widget, FieldMessage):
                widget.setVisible(editable)


def _value_text(value: object) -> str:
    """A record's value as the form's draft text (see :func:`set_widget_text`)."""
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for n in range(layout.count()):
        item = layout.itemAt(n)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(_layout_widgets(inner))
    return found


# --- the wizard ----------------------------------------------------------------------------


class StepsPanel(QListWidget):
    """The stage's steps down the wizard's side: ✓ for a step with nothing missing, ○ for one
    that still lacks something, the current step in bold. Choosing an earlier step goes back to
    it; a later one walks forward with Next, stopping where a step still lacks something."""

    def __init__(self, wizard: StageWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("wizardSteps")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays on the page's fields
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setWordWrap(True)
        self.setFixedWidth(180)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # long step names wrap
        self.setSpacing(3)
        self.setStyleSheet("QListWidget#wizardSteps { background: transparent; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(self._chosen)
        self._missing: dict[str, bool] = {}

    def refresh(self, missing: Mapping[str, bool] | None = None) -> None:
        if missing is not None:
            self._missing = dict(missing)
        current = self.wizard_.current_step()
        self.clear()
        for number, step in enumerate(self.wizard_.flow.steps, 1):
            page = self.wizard_.page_for(step.id)
            title = page.title() if page is not None and page.title() else step.title
            if title == step.title:
                title = QCoreApplication.translate("Issues", step.title)
            lacking = self._missing.get(step.id)
            mark = "○" if lacking else "✓" if lacking is not None else "·"
            item = QListWidgetItem(self._wrapped(f"{mark}  {number}. {title}", step.id == current))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            if lacking:
                item.setToolTip(self.tr("This step still lacks something."))
            if step.id == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)

    def _wrapped(self, text: str, bold: bool) -> str:
        """Line breaks between words where the panel is too narrow (the view would cut the
        text short with "…" instead)."""
        font = QFont(self.font())
        font.setBold(bold)
        metrics = QFontMetrics(font)
        room = self.width() - 24
        lines: list[str] = []
        for word in text.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(lines)

    def _chosen(self, item: QListWidgetItem) -> None:
        target = self.wizard_.flow.step_ids.index(item.data(Qt.ItemDataRole.UserRole))
        wizard = self.wizard_
        while wizard.currentId() > target:
            wizard.back()
        while wizard.currentId() < target:
            before = wizard.currentId()
            wizard.next()
            if wizard.currentId() == before:  # the step refused: its messages show
                break
        self.refresh()


class StageWizard(QWizard):
    """A stage's wizard. Subclasses set ``stage`` and ``page_types`` (one StagePage subclass
    per step; steps without one get a :class:`ReviewPage`)."""

    stage: ClassVar[Stage]
    page_types: ClassVar[Sequence[type[StagePage]]] = ()
    AMEND_BUTTON = QWizard.WizardButton.CustomButton1

    completed = Signal()

    def __init__(self, window: MainWindow, program_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        from desktop.core.stages import flow_for

        self.main_window = window
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
            from desktop.core.errors import ValidationError

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
        self.steps_panel = StepsPanel(self)
        self.setSideWidget(self.steps_panel)
        window.operation_executed.connect(self._on_changes)
        self._resuming = False
        self._update_mode()
        self.currentIdChanged.connect(self._page_changed)
        self.go_to_step(self.snapshot.resume_step)

    # -- database --
    def read(self, query: Callable[[Session], T]) -> T:
        workspace = self.main_window.workspace
        assert workspace is not None
        with workspace.database.session() as session, session.begin():
            return query(session)

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
        from desktop.core.errors import ValidationError

        page = self.page(page_id)
        if not self._resuming:
            self.refresh_steps()
        if isinstance(page, StagePage):
            page.set_editable(self.editable)
            if self._refusal:
                page.summary.show_issues(self._refusal)
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
        """Which steps still lack something (one quick read), shown in the side panel."""
        from desktop.core.stages import guards

        def lacking(session: Session) -> dict[str, bool]:
            program = guards.program_row(session, self.program_id)
            return {
                step.id: bool(step.issues(session, program)) and not step.optional
                for step in self.flow.steps
            }

        if self.main_window.workspace is None:
            return
        self.steps_panel.refresh(self.read(lacking))

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
        from desktop.core.errors import ValidationError

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
        from desktop.core.errors import ValidationError

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
        self._leave()
        super().reject()

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
