"""A step's saved records in a table, with an inline form to add, edit and remove them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.layouts import widgets_in
from desktop.ui.wizards.bindings import (
    clear_when_edited,
    set_widget_text,
    value_text,
    widget_value,
)
from desktop.ui.wizards.commands import UpdateCommand, _RecordCommand
from desktop.ui.wizards.fields import FieldMessage, SearchPicker
from desktop.ui.wizards.people import confirm_picks

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.ui.context import Operation
    from desktop.ui.wizards.base import StagePage

# (record id, values by input name) -> the operation and its arguments that write them
BuildUpdate = Callable[[uuid.UUID, Mapping[str, Any]], "tuple[Operation, dict[str, Any]] | None"]


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
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
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
        clear_when_edited(widget, message)
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
        if not self.picks_confirmed():
            return None
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

    def picks_confirmed(self) -> bool:
        """Every person or group the form names by typed text is the one picked (see
        :func:`~desktop.ui.wizards.people.confirm_picks`); else Add saves nothing yet."""
        pickers: list[SearchPicker] = []
        for widget in self.inputs.values():
            if isinstance(widget, SearchPicker):
                pickers.append(widget)
            pickers += widget.findChildren(SearchPicker)
        return confirm_picks(self.page, pickers, retry=self.add)

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
            text = value_text(values.get(name))
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
        if not self.picks_confirmed():
            return None
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
        for widget in widgets_in(self.form):
            if not isinstance(widget, FieldMessage):
                widget.setVisible(editable)
