"""The second tab of the review window: changes held because their dates lie in the future."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import accessibility, formatting, jobs
from desktop.ui.sync import words

if TYPE_CHECKING:
    from desktop.core.sync.held import HeldGroup
    from desktop.ui.context import WindowContext


class HeldPanel(QWidget):
    """Held changes per bundle and sender, with Release and Discard."""

    loaded = Signal()
    changed = Signal()  # after a release or a discard

    def __init__(self, window: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.groups: list[HeldGroup] = []
        intro = QLabel(
            self.tr(
                "These changes carry dates in the future: the sending laptop's clock was "
                "probably set wrong. Release applies them now; Discard drops them for good."
            )
        )
        intro.setWordWrap(True)
        headers = [
            self.tr("From"),
            self.tr("Changes"),
            self.tr("Dated from"),
            self.tr("Dated to"),
            self.tr("State"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("heldTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No changes are held."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("figureDetail")
        self.release_button = QPushButton(self.tr("Release"))
        self.release_button.setToolTip(self.tr("Apply these changes now, as an import would."))
        self.release_button.clicked.connect(self.release_selected)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Drop these changes; they are not applied here."))
        self.discard_button.clicked.connect(lambda: self.discard_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self._busy = False
        self._update_buttons()
        accessibility.name_widgets(self)

    def reload(self) -> None:
        from desktop.core.sync.held import list_held

        if self.window_.workspace is not None:
            self.window_.workspace.fetch(list_held, self._arrived, owner=self)

    def _arrived(self, groups: list[HeldGroup]) -> None:
        self.groups = groups
        self.table.setRowCount(len(groups))
        for row, group in enumerate(groups):
            state = (
                self.tr("Ready to apply") if group.releasable else self.tr("Still in the future")
            )
            cells = [
                group.device_label,
                formatting.number(group.changes),
                words.when(group.earliest),
                words.when(group.latest),
                state,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if groups:
            self.table.selectRow(0)
        self.table.setVisible(bool(groups))
        self.empty.setVisible(not groups)
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> HeldGroup | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.groups):
            return None
        return self.groups[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and not self._busy
        self.release_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def release_selected(self) -> jobs.Job | None:
        from desktop.core.sync.held import release_held

        return self._run(
            lambda database, bundle: release_held(database, bundles=[bundle], accept=True)
        )

    def discard_selected(self, *, confirm: bool = True) -> jobs.Job | None:
        from desktop.core.sync.held import discard_held

        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Discard held changes"),
                self.tr("Drop these changes for good? They will not be applied here."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self._run(lambda database, bundle: discard_held(database, bundles=[bundle]))

    def _run(self, action: object) -> jobs.Job | None:
        group = self.selected()
        workspace = self.window_.workspace
        if group is None or workspace is None or not callable(action):
            return None
        database, bundle = workspace.database, group.bundle_id.hex
        self._busy = True
        self._update_buttons()
        job = jobs.run(
            lambda _context: action(database, bundle),
            lambda _result: self._done(),
            self._failed,
            owner=self,
        )
        return job

    def _done(self) -> None:
        self._busy = False
        self.status.clear()
        self.window_.reload_all()
        self.changed.emit()
        self.reload()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.status.setText(words.file_error(error))
        self._update_buttons()
