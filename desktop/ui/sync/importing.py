"""File > Import bundle(s): choose files, check first (a dry run), import with progress and
Cancel, and a summary per bundle. Imported changes are not undoable edits: the undo history is
cleared and the summary says so. A laptop not trusted here (new, or claiming more villages) is
shown with Accept and Refuse: nothing of it is imported until the person decides."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import accessibility, formatting, jobs
from desktop.ui.sync import words
from desktop.ui.sync.newcomers import NewcomerCard

if TYPE_CHECKING:
    from desktop.core.db import Database
    from desktop.core.sync.newcomers import DeviceClaim
    from desktop.core.sync.outcome import Summary
    from desktop.ui.context import WindowContext

SUFFIX = ".berdaya"
COUNTS = ("new_rows", "updated", "deleted", "conflicts", "held", "skipped")


def _import(
    database: Database,
    paths: list[Path],
    dry_run: bool,
    context: jobs.JobContext,
    accept: Collection[str] = (),
    *,
    label: str = "",
    waiting: str = "",
) -> list[Summary]:
    """``label`` is the progress text, ``waiting`` the one while another workstation imports
    into the same server database (both in the window's language)."""
    from desktop.core.sync.merge import WAITING, import_files

    def progress(fraction: float, text: str) -> None:
        context.check()
        context.report(round(fraction * 100), waiting if text == WAITING else label)

    return import_files(database, paths, dry_run=dry_run, progress=progress, accept=accept)


class ImportDialog(QDialog):
    """The bundles to import, what they would do or did, and the way on to the conflicts."""

    imported = Signal(object)  # list[Summary], after a real import
    checked = Signal(object)  # list[Summary], after a dry run
    conflicts_requested = Signal()

    def __init__(
        self, window: WindowContext, paths: Sequence[Path] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent if parent is not None else window.window())
        self.window_ = window
        self.paths: list[Path] = []
        self.results: list[Summary] = []
        self.ran: list[Path] = []  # the bundles ``results`` are about, in the same order
        self.dry_run = True  # whether the last run was a check
        self.accepted_devices: set[str] = set()  # devices accepted in this dialog (hex ids)
        self.cards: dict[str, NewcomerCard] = {}  # by device
        self.job: jobs.Job | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import bundles"))
        self.resize(860, 460)

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Bundles to import"))
        self.files.setMaximumHeight(110)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self._browse)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self._remove_selected)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(self.remove)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.files, 1)
        top.addLayout(side)

        headers = [
            self.tr("File"),
            self.tr("Result"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Deleted"),
            self.tr("Conflicts"),
            self.tr("Held"),
            self.tr("Skipped"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("importResults")
        self.table.setAccessibleName(self.tr("What each bundle brings"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.newcomers = QWidget()
        self.newcomers.setObjectName("importNewcomers")
        self.newcomer_list = QVBoxLayout(self.newcomers)
        self.newcomer_list.setContentsMargins(0, 0, 0, 0)
        self.newcomer_scroll = QScrollArea()
        self.newcomer_scroll.setWidgetResizable(True)
        self.newcomer_scroll.setWidget(self.newcomers)
        self.newcomer_scroll.setMaximumHeight(260)
        self.newcomer_scroll.hide()

        self.status = QLabel(
            self.tr("Check first shows what each bundle would change, without changing anything.")
        )
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)

        self.check_button = QPushButton(self.tr("Check first"))
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.conflicts_button = QPushButton(self.tr("Review conflicts…"))
        self.conflicts_button.hide()
        self.conflicts_button.clicked.connect(self.conflicts_requested.emit)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.conflicts_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Bundles to import:")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.newcomer_scroll)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.add_paths(paths)
        accessibility.name_widgets(self)

    # --- files ------------------------------------------------------------------------------
    def add_paths(self, paths: Sequence[Path | str]) -> None:
        for path in paths:
            found = Path(path)
            if found not in self.paths:
                self.paths.append(found)
                self.files.addItem(found.name)
                self.files.item(self.files.count() - 1).setToolTip(str(found))
        self._update_buttons()

    def _remove_selected(self) -> None:
        for row in sorted((i.row() for i in self.files.selectedIndexes()), reverse=True):
            self.files.takeItem(row)
            del self.paths[row]
        self._update_buttons()

    def _browse(self) -> None:
        start = str(self.paths[-1].parent) if self.paths else ""
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose bundles"),
            start,
            self.tr("Berdaya bundles (*.berdaya);;All files (*)"),
        )
        self.add_paths([Path(p) for p in chosen])

    def _update_buttons(self) -> None:
        idle = self.job is None or self.job.done
        ready = bool(self.paths) and idle and self.window_.workspace is not None
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.remove.setEnabled(idle and bool(self.paths))
        for card in self.cards.values():
            card.accept_button.setEnabled(idle)
            card.refuse_button.setEnabled(idle)

    # --- running ----------------------------------------------------------------------------
    def run(self, *, dry_run: bool, again: Sequence[int] | None = None) -> jobs.Job | None:
        """Check (a dry run, rolled back) or import the listed bundles, with progress; with
        ``again``, only those of the last results (once a laptop was accepted)."""
        workspace = self.window_.workspace
        if workspace is None or not self.paths:
            return None
        paths = list(self.paths) if again is None else [self.ran[i] for i in again]
        database, accept = workspace.database, frozenset(self.accepted_devices)
        title = self.tr("Checking bundles") if dry_run else self.tr("Importing bundles")
        label = (
            self.tr("Checking {count} bundle(s)…")
            if dry_run
            else self.tr("Importing {count} bundle(s)…")
        ).format(count=len(paths))
        waiting = self.tr(
            "Another workstation is importing into this database; waiting for it to finish…"
        )
        job = jobs.Job(
            lambda context: _import(
                database, paths, dry_run, context, accept, label=label, waiting=waiting
            )
        )
        self.job = job
        job.succeeded.connect(
            lambda results: self._show(self._merged(results, paths, again), dry_run=dry_run)
        )
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(self._update_buttons)
        progress = jobs.show_progress(self, job, title=title, label=label)
        progress.setObjectName("importProgress")
        self._update_buttons()
        job.start()
        return job

    def _merged(
        self, results: list[Summary], paths: list[Path], again: Sequence[int] | None
    ) -> list[Summary]:
        if again is None:
            self.ran = paths
            return results
        merged = list(self.results)
        for index, summary in zip(again, results, strict=True):
            merged[index] = summary
        return merged

    def _show(self, results: list[Summary], *, dry_run: bool) -> None:
        self.results = results
        self.dry_run = dry_run
        self._fill_table()
        self._show_newcomers()
        applied = [s for s in results if s.status == "applied"]
        refused = [s for s in results if s.status == "refused"]
        conflicts = sum(s.conflicts for s in applied)
        if dry_run:
            text = self.tr(
                "Nothing was changed. {ok} of {all} bundle(s) can be imported; "
                "press Import to bring them in."
            ).format(ok=len(applied), all=len(results))
        else:
            text = self.tr("Imported {ok} of {all} bundle(s).").format(
                ok=len(applied), all=len(results)
            )
            if refused:
                text += " " + self.tr("Refused bundles changed nothing in this database.")
            if applied:
                text += " " + self.tr(
                    "Imported changes cannot be undone with Undo; the undo history was cleared."
                )
            if conflicts:
                text += " " + self.tr(
                    "{count} edit(s) collided with edits made here: review them."
                ).format(count=conflicts)
        waiting = [card for card in self.cards.values() if not card.decision]
        if waiting:
            text += " " + self.tr(
                "{count} laptop(s) not trusted here sent bundles: check each one's fingerprint "
                "below, then accept or refuse it."
            ).format(count=len(waiting))
        self.status.setText(text)
        self.conflicts_button.setVisible(not dry_run and conflicts > 0)
        if dry_run:
            self.checked.emit(results)
        else:
            self.imported.emit(results)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.results))
        for row, summary in enumerate(self.results):
            cells = [summary.bundle, self._result_text(summary, dry_run=self.dry_run)]
            cells += [
                formatting.number(getattr(summary, name)) if summary.status == "applied" else ""
                for name in COUNTS
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if summary.message:
                    item.setToolTip(
                        words.refusal(summary.template, summary.values, summary.message)
                    )
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _result_text(self, summary: Summary, *, dry_run: bool) -> str:
        if summary.status == "skipped":
            return self.tr("Already imported before: skipped.")
        if summary.claim is not None:
            card = self.cards.get(summary.claim.device)
            if card is not None and card.decision == "refused":
                return self.tr("Not imported: you refused the laptop that sent it.")
            return self.tr("Not imported yet: first decide on the laptop that sent it (below).")
        if summary.status == "refused":
            return self.tr("Not imported, nothing changed: {reason}").format(
                reason=words.refusal(summary.template, summary.values, summary.message)
            )
        fresh = summary.changes - summary.skipped
        if fresh == 0:
            return self.tr(
                "Nothing new from {sender}: this database already has all of it."
            ).format(sender=summary.sender)
        changes = formatting.number(fresh)
        if dry_run:
            return self.tr("Would bring {count} new changes from {sender}").format(
                count=changes, sender=summary.sender
            )
        return self.tr("Imported {count} new changes from {sender}").format(
            count=changes, sender=summary.sender
        )

    # --- laptops asking to be trusted -------------------------------------------------------
    def _show_newcomers(self) -> None:
        for summary in self.results:
            claim = summary.claim
            if claim is None or claim.device in self.cards:
                continue
            card = NewcomerCard(claim, self.newcomers)
            card.accept_requested.connect(self.accept_device)
            card.refuse_requested.connect(self.refuse_device)
            self.cards[claim.device] = card
            self.newcomer_list.addWidget(card)
        self.newcomer_scroll.setVisible(bool(self.cards))
        accessibility.name_widgets(self)

    def accept_device(self, claim: DeviceClaim) -> jobs.Job | None:
        """Trust the laptop as it asks, and bring its bundles in (or check them again)."""
        self.accepted_devices.add(claim.device)
        self.cards[claim.device].mark("accepted", checked_only=self.dry_run)
        if self.dry_run:  # a check left nothing behind: check everything again
            return self.run(dry_run=True)
        waiting = [i for i, s in enumerate(self.results) if s.status == "refused"]
        return self.run(dry_run=False, again=waiting)

    def refuse_device(self, claim: DeviceClaim) -> None:
        """Remember the refusal at once (also after a check): its bundles stay out, now and
        later, until someone allows the laptop again."""
        from desktop.core.sync.trust import refuse_device

        workspace = self.window_.workspace
        if workspace is None:
            return
        workspace.execute(refuse_device, claim=claim)
        self.cards[claim.device].mark("refused")
        self._fill_table()
        self.status.setText(
            self.tr(
                "Nothing from “{name}” was imported, and its bundles will be refused here from "
                "now on."
            ).format(name=claim.label)
        )

    def _failed(self, error: Exception) -> None:
        from desktop.ui.sync import words

        self.status.setText(
            self.tr("The import stopped; the bundle in progress changed nothing: {reason}").format(
                reason=words.file_error(error)
            )
        )

    def _cancelled(self) -> None:
        self.status.setText(
            self.tr(
                "Cancelled. The bundle in progress changed nothing; bundles finished before "
                "the cancel stay imported."
            )
        )
        self.imported.emit([])


def show_import_dialog(window: WindowContext, paths: Sequence[Path] = ()) -> ImportDialog | None:
    """The import dialog (window-modal); after an import the window's views reload."""
    if window.workspace is None:
        return None
    dialog = ImportDialog(window, paths)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(lambda _results: window.reload_all())
    dialog.conflicts_requested.connect(lambda: _review(window, dialog))
    dialog.open()
    if not paths:
        dialog._browse()
    return dialog


def _review(window: WindowContext, dialog: ImportDialog) -> None:
    from desktop.ui.sync.review import show_conflicts

    dialog.accept()
    show_conflicts(window)


def bundle_paths(urls: Sequence[object]) -> list[Path]:
    """The .berdaya files among dropped URLs."""
    from PySide6.QtCore import QUrl

    found: list[Path] = []
    for url in urls:
        if isinstance(url, QUrl) and url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix == SUFFIX:
                found.append(path)
    return found
