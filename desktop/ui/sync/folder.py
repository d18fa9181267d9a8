"""The transfer folder in the window: rounds off the GUI thread after a quiet spell without
edits, on a slow look at the inbox and on closing; the status bar says when bundles last went
out and came in, and a bundle refused or waiting for a decision leaves a note to click.

A timer looks at the inbox instead of a file-system watcher: those miss changes on network
shares and USB drives. A round in the background shows no progress dialog, only the status bar.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from desktop.ui import jobs

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.changes import Changes
    from desktop.core.sync.folder import FolderRound, Received
    from desktop.core.sync.outcome import Summary
    from desktop.ui.context import WindowContext
    from desktop.ui.workspace import Workspace

QUIET_MS = 2 * 60 * 1000  # no edit for this long: what was done goes out
POLL_MS = 30 * 1000  # how often the inbox is looked at
FIRST_LOOK_MS = 3 * 1000  # after a database opens, once its own reads are done
CLOSING_SECONDS = 8.0  # on closing, no bundle is begun after this long (the process waits 10)

log = logging.getLogger(__name__)


def follow_transfer_folder(window: WindowContext) -> FolderSync:
    """The window's transfer-folder rounds (made once), following the database just opened."""
    found = window.window().findChild(FolderSync, "folderSync")
    sync = found if isinstance(found, FolderSync) else FolderSync(window)
    sync.follow(window.workspace)
    return sync


def _read_setting(session: Session) -> Path | None:
    from desktop.core.sync.folder_state import transfer_folder

    return transfer_folder(session)


class FolderSync(QObject):
    """Runs :func:`desktop.core.sync.folder.sync_round` for the open database, one at a time."""

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window.window())
        self.setObjectName("folderSync")
        self.window_ = window
        self.workspace: Workspace | None = None
        self.folder: Path | None = None
        self.job: jobs.Job | None = None
        self.sending = False  # whether the running round writes the outbox
        self.queued: bool | None = None  # a round asked for while one runs: whether it sends
        self.edited = False  # edits since the outbox was last written
        self.last: FolderRound | None = None
        self.notes: list[Received] = []
        self.label = QLabel()
        self.label.setObjectName("folderStatus")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(lambda _link: self.open_note())
        top = window.window()
        if isinstance(top, QMainWindow):
            top.statusBar().addPermanentWidget(self.label)
        self.label.hide()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check_inbox)
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self.send_out)
        window.operation_executed.connect(self._changed)
        top.installEventFilter(self)

    # --- which folder -----------------------------------------------------------------------
    def follow(self, workspace: Workspace | None) -> None:
        """Read the open database's transfer folder (per database: a demo has none)."""
        self.workspace = workspace
        self.folder = None
        self.last = None
        self.notes = []
        self.edited = False
        self.poll.stop()
        self.quiet.stop()
        self.label.hide()
        if workspace is not None:
            workspace.fetch(_read_setting, self._use, owner=self)

    def _use(self, folder: Path | None) -> None:
        self.folder = folder
        if self.folder is None:
            self.poll.stop()
            self.label.hide()
            return
        if self.last is None:
            self.label.setText(self.tr("Transfer folder: not looked at yet"))
        self.label.setToolTip(str(self.folder))
        self.label.show()
        self.poll.start()
        QTimer.singleShot(FIRST_LOOK_MS, self, self.check_inbox)

    def _changed(self, changes: Changes) -> None:
        from desktop.core.models.base import synced_tables

        if changes.touches("local_settings") and self.workspace is not None:
            # the folder may have been set in the settings
            self.workspace.fetch(_read_setting, self._use, owner=self)
        if self.folder is not None and not changes.tables.isdisjoint(synced_tables()):
            self.edited = True
            self.quiet.start()  # again from the start: two minutes after the last edit

    # --- rounds -----------------------------------------------------------------------------
    def check_inbox(self) -> jobs.Job | None:
        """Take in what arrived (the slow poll)."""
        return self.run_round(send=False)

    def send_out(self) -> jobs.Job | None:
        """Take in what arrived, then write what is new for each receiver (after work)."""
        return self.run_round(send=True)

    def run_round(self, *, send: bool, closing: bool = False) -> jobs.Job | None:
        """One round off the GUI thread; while one runs, the next waits for it."""
        from desktop.core.sync.folder import sync_round

        workspace, folder = self.workspace, self.folder
        if workspace is None or folder is None:
            return None
        if self.job is not None and not self.job.done and not closing:
            self.queued = bool(self.queued) or send
            return None
        database = workspace.database
        deadline = time.time() + CLOSING_SECONDS if closing else None
        if send:
            self.edited = False

        def work(_context: jobs.JobContext) -> FolderRound:
            return sync_round(
                database,
                folder,
                receive=not closing,
                send=send,
                deadline=deadline,
                explain=_in_words,  # Qt's translate is safe off the GUI thread
            )

        job = jobs.Job(work)
        self.job, self.sending = job, send
        if not closing:
            # a round of a database closed since (another one opened) tells nothing
            job.succeeded.connect(
                lambda done: self._done(done) if self.workspace is workspace else None
            )
            job.failed.connect(
                lambda error: self._failed(error) if self.workspace is workspace else None
            )
            job.finished.connect(self._next)
            if send:  # a look at the inbox every half minute leaves the text alone
                self.label.setText(self.tr("Transfer folder: sending…"))
        job.start(inline=workspace.inline)
        return job

    def _next(self) -> None:
        if self.queued is not None:
            send, self.queued = self.queued, None
            self.run_round(send=send)

    def _done(self, result: FolderRound) -> None:
        self.last = result
        self.notes = result.of("undecided", "refused")
        self.label.setText(self.status_text(result))
        self.label.setToolTip(str(result.folder))
        if result.applied:
            self.window_.reload_all()

    def _failed(self, error: Exception) -> None:
        from desktop.ui.sync import words

        log.info("a transfer-folder round failed: %s", type(error).__name__)
        reason = html.escape(words.file_error(error))
        self.label.setText(self.tr("Transfer folder: {reason}").format(reason=reason))

    def status_text(self, result: FolderRound) -> str:
        """``Sent 10:42 · Received 09:15``, and a note to click when a bundle waits."""
        parts = []
        if result.last_sent is not None:
            parts.append(self.tr("Sent {time}").format(time=_moment(result.last_sent)))
        if result.last_received is not None:
            parts.append(self.tr("Received {time}").format(time=_moment(result.last_received)))
        text = " · ".join(parts) or self.tr("Transfer folder: nothing sent or received yet")
        undecided = len(result.of("undecided"))
        refused = len(result.of("refused"))
        if undecided:
            note = self.tr("{count} bundle(s) need a decision").format(count=undecided)
        elif refused:
            note = self.tr("{count} bundle(s) refused").format(count=refused)
        else:
            return text
        return f'{text} · <a href="note">{note}</a>'

    def open_note(self) -> QObject | None:
        """A bundle waiting for a decision opens in the import dialog; a refused one says where
        it is and why."""
        from desktop.ui.sync import words

        undecided = [r for r in self.notes if r.outcome == "undecided"]
        if undecided:
            from desktop.ui.sync.importing import show_import_dialog

            return show_import_dialog(self.window_, [r.path for r in undecided])
        if not self.notes:
            return None
        lines = [
            self.tr("“{file}” was moved to {folder}; the reason is beside it:\n{reason}").format(
                file=r.path.name,
                folder=str(r.path.parent),
                reason=words.refusal(r.summary.template, r.summary.values, r.summary.message),
            )
            for r in self.notes
        ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Refused bundles"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self.window_.window(),
        )
        box.setObjectName("refusedBundlesBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- closing ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self.folder is not None and self.edited:
            # written while the window goes away; the program waits for it a few seconds
            running_send = self.job is not None and not self.job.done and self.sending
            if not running_send:
                self.run_round(send=True, closing=True)
        return super().eventFilter(watched, event)


def _moment(moment: dt.datetime) -> str:
    """10:42 today; 5 Dec 10:42 another day (this computer's time)."""
    shown = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    today = QDateTime.currentDateTime().date() == shown.date()
    return QLocale().toString(shown, "HH:mm" if today else "d MMM HH:mm")


def _in_words(summary: Summary) -> str:
    """A refused bundle's reason in the interface's language, for the note beside it."""
    from desktop.ui.sync import words

    return words.refusal(summary.template, summary.values, summary.message)
