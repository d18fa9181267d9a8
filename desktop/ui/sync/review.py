"""View > Conflicts: edits that collided, both values, and the choice of the other one; and,
in a second tab, changes held because they are dated in the future."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import accessibility
from desktop.ui.sync import words
from desktop.ui.sync.held import HeldPanel

if TYPE_CHECKING:
    from desktop.core.sync.conflicts import ConflictEntry
    from desktop.ui.context import WindowContext


class ConflictsDialog(QDialog):
    """Unresolved conflicts of the open database, filtered by village."""

    loaded = Signal()

    def __init__(self, window: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window.window())
        self.window_ = window
        self.entries: list[ConflictEntry] = []
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts to review"))
        self.resize(1080, 480)

        intro = QLabel(
            self.tr(
                "Two laptops changed the same field without seeing each other's change. Berdaya "
                "kept the later one. Keep it, or use the other value instead: the choice is sent "
                "to the other devices with the next bundle."
            )
        )
        intro.setWordWrap(True)
        self.village = QComboBox()
        self.village.setObjectName("conflictVillage")
        self.village.addItem(self.tr("All villages"), None)
        self.village.currentIndexChanged.connect(lambda _index: self.reload())
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Village:")))
        filter_row.addWidget(self.village)
        filter_row.addStretch(1)

        headers = [
            self.tr("Village"),
            self.tr("Program"),
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Kept value"),
            self.tr("Other value"),
            self.tr("Other value from"),
            self.tr("Other value changed on"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.empty = QLabel(self.tr("No conflicts to review."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("figureDetail")
        self.keep_button = QPushButton(self.tr("Keep this"))
        self.keep_button.setToolTip(self.tr("Keep the value shown now and close the conflict."))
        self.keep_button.clicked.connect(self.keep_selected)
        self.other_button = QPushButton(self.tr("Use the other value"))
        self.other_button.setToolTip(
            self.tr("Save the other value as a new change; it reaches the other devices too.")
        )
        self.other_button.clicked.connect(self.use_other_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        choices = QHBoxLayout()
        choices.addWidget(self.keep_button)
        choices.addWidget(self.other_button)
        choices.addStretch(1)

        conflicts_tab = QWidget()
        inner = QVBoxLayout(conflicts_tab)
        inner.setSpacing(10)
        inner.addWidget(intro)
        inner.addLayout(filter_row)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.empty, 1)
        inner.addLayout(choices)
        self.held = HeldPanel(window)
        self.tabs = QTabWidget()
        self.tabs.addTab(conflicts_tab, self.tr("Conflicts"))
        self.tabs.addTab(self.held, self.tr("Held changes"))
        self.held.changed.connect(self.reload)
        self.held.loaded.connect(self._count_held)
        closing = QHBoxLayout()
        closing.addStretch(1)
        closing.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(closing)
        self._update_buttons()
        accessibility.name_widgets(self)

    # --- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        from desktop.core.sync.conflicts import list_conflicts

        workspace = self.window_.workspace
        if workspace is None:
            return
        village = self.village.currentData()
        workspace.fetch(
            lambda session: (list_conflicts(session), village),
            self._arrived,
            owner=self,
        )

    def _arrived(self, found: tuple[list[ConflictEntry], str | None]) -> None:
        entries, village = found
        known = {self.village.itemData(i) for i in range(self.village.count())}
        self.village.blockSignals(True)
        for entry in sorted(entries, key=lambda e: e.village_name):
            if entry.village_code not in known:
                known.add(entry.village_code)
                self.village.addItem(entry.village_name, entry.village_code)
        self.village.blockSignals(False)
        if village is not None:
            entries = [e for e in entries if e.village_code == village]
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            record = words.record_kind(entry.table_name)
            if entry.row_label:
                record = f"{record}: {entry.row_label}"
            cells = [
                entry.village_name,
                entry.program_name or "—",
                record,
                words.field_name(entry.column_name),
                words.value(entry.current_value),
                words.value(entry.other_value),
                entry.other_device,
                words.when(entry.other_at),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            kept = self.table.item(row, 4)
            if kept is not None:
                kept.setToolTip(
                    self.tr("Kept: from {device}, {when}").format(
                        device=entry.current_device,
                        when=words.when(entry.current_at),
                    )
                )
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 240))
        if entries:
            self.table.selectRow(0)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.tabs.setTabText(0, self.tr("Conflicts ({count})").format(count=len(entries)))
        self._update_buttons()
        self.loaded.emit()

    def _count_held(self) -> None:
        count = sum(group.changes for group in self.held.groups)
        self.tabs.setTabText(1, self.tr("Held changes ({count})").format(count=count))
        if count and not self.entries and self.tabs.currentIndex() == 0:
            self.tabs.setCurrentWidget(self.held)  # nothing to review here, something there

    def selected(self) -> ConflictEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.keep_button.setEnabled(chosen)
        self.other_button.setEnabled(chosen)

    # --- choosing ---------------------------------------------------------------------------
    def keep_selected(self) -> None:
        from desktop.core.sync.conflicts import keep_current

        entry = self.selected()
        if entry is not None and self.window_.execute(keep_current, conflict_id=entry.id):
            self.reload()

    def use_other_selected(self) -> None:
        from desktop.core.sync.conflicts import use_other

        entry = self.selected()
        if entry is not None and self.window_.execute(use_other, conflict_id=entry.id):
            self.reload()


def show_conflicts(window: WindowContext) -> ConflictsDialog | None:
    """The conflicts of the open database, in a dialog of its own (not modal)."""
    if window.workspace is None:
        return None
    dialog = ConflictsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.reload()
    dialog.held.reload()
    return dialog
