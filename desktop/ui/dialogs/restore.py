"""Berkas > Pulihkan dari cadangan…: the open database's backups (date, programs, size, why),
and one restored after a confirmation, off the GUI thread, the database then opened again."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import accessibility, jobs
from desktop.ui.formatting import number, translate_issue

if TYPE_CHECKING:
    from desktop.core.backups import BackupInfo
    from desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)


class Reopens(Protocol):
    """What restoring needs of the window: its open database, and opening one again."""

    @property
    def workspace(self) -> Workspace | None: ...

    def open_database(self, target: str | None) -> jobs.Job: ...

    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...


def reason_text(reason: str) -> str:
    words = {
        "before-import": QCoreApplication.translate("RestoreDialog", "before an import"),
        "before-migration": QCoreApplication.translate("RestoreDialog", "before an update"),
        "daily": QCoreApplication.translate("RestoreDialog", "daily"),
        "before-restore": QCoreApplication.translate("RestoreDialog", "before a restore"),
        "manual": QCoreApplication.translate("RestoreDialog", "made by hand"),
    }
    return words.get(reason, reason)


def size_text(size: int) -> str:
    return QCoreApplication.translate("RestoreDialog", "{size} MB").format(
        size=number(size / 1_000_000, 1)
    )


class RestoreDialog(QDialog):
    """The backups of the open SQLite database, newest first; *Restore* restores the chosen."""

    def __init__(self, window: Reopens, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.db_path = db_path
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "Berdaya backs this database up before every import and update, and once a "
                "day. Restoring one puts its content back; the database as it is now is kept "
                "as a backup first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Programs"), self.tr("Size"), self.tr("Why")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.status = QLabel(self.tr("Reading the backups…"), self)
        self.status.setObjectName("figureDetail")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.confirm_restore)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        accessibility.name_widgets(self)

    def load(self, *, inline: bool = False) -> jobs.Job:
        from desktop.core.backups import list_backups

        path = self.db_path
        return jobs.run(
            lambda _context: list_backups(path),
            self.show_backups,
            self._failed,
            owner=self,
            inline=inline,
        )

    def show_backups(self, found: list[BackupInfo]) -> None:
        self.backups = found
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            made = info.made_at.astimezone().strftime("%d-%m-%Y %H:%M")
            programs = "—" if info.programs is None else str(info.programs)
            reason = reason_text(info.reason)
            if not info.ok:
                reason = self.tr("{reason} — damaged, cannot be restored").format(reason=reason)
            cells = [made, programs, size_text(info.size), reason]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.status.setText(
            self.tr("No backup of this database yet.")
            if not found
            else self.tr("Choose a backup to restore.")
        )
        good = next((row for row, info in enumerate(found) if info.ok), None)
        if good is not None:
            self.table.selectRow(good)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None and chosen.ok)

    def confirm_restore(self) -> None:
        chosen = self.chosen()
        if chosen is None or not chosen.ok:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "The database will hold what it held on {date}; what was entered since is "
                "kept in a new backup, not lost."
            ).format(date=chosen.made_at.astimezone().strftime("%d-%m-%Y %H:%M")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(chosen.path)

    def restore(self, backup: Path, *, inline: bool = False) -> jobs.Job:
        """Close the window's database, restore off the GUI thread, then open it again."""
        from desktop.core.backups import restore

        workspace = self.window_.workspace
        if workspace is not None:
            workspace.close()  # no connection of the window may write meanwhile
        path = self.db_path
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        job = jobs.Job(lambda _context: restore(path, backup))
        job.succeeded.connect(self._restored)
        job.failed.connect(self._failed)
        job.failed.connect(lambda _error: self.window_.open_database(str(path)))
        return job.start(inline=inline)

    def _restored(self, safety: Path | None) -> None:
        self.window_.open_database(str(self.db_path))
        self.window_.show_status(self.tr("Backup restored; the database as it was is kept."), 8000)
        log.info("restored %s (the earlier file kept as %s)", self.db_path.name, safety)
        self.accept()

    def _failed(self, error: Exception) -> None:
        from desktop.core.errors import ValidationError

        if not isinstance(error, ValidationError):
            log.error("restoring %s failed", self.db_path.name, exc_info=error)
        self.status.setText(
            "\n".join(translate_issue(found) for found in error.issues)
            if isinstance(error, ValidationError)
            else self.tr("The backup could not be restored; the details are in the log.")
        )
        self._selection_changed()


def show_restore_dialog(window: Reopens, parent: QWidget) -> RestoreDialog | None:
    """The restore dialog for the window's open database (SQLite files only)."""
    from desktop.core.backups import database_file
    from desktop.core.errors import ValidationError

    workspace = window.workspace
    if workspace is None:
        return None
    try:
        path = database_file(workspace.database.url)
    except ValidationError as exc:
        title = QCoreApplication.translate("RestoreDialog", "Backups")
        text = "\n".join(translate_issue(found) for found in exc.issues)
        QMessageBox.information(parent, title, text)
        return None
    dialog = RestoreDialog(window, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.load()
    dialog.open()
    return dialog
