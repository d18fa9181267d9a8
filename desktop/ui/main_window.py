"""The main window: navigator on the left, the chosen program on the right, menus and status.

Before its first paint the window is only a frame (menu titles, status line); the body, the
menu items and the database come right after, so the window is on screen at once. Operations
go through :meth:`MainWindow.execute`, which emits ``operation_executed`` once; the navigator
and the overview refresh themselves from that signal.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from desktop.core import logbook
from desktop.ui import errors, i18n, jobs, settings

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QCloseEvent, QPaintEvent, QUndoGroup, QUndoStack
    from PySide6.QtWidgets import QLabel, QMenu

    from desktop.core.changes import Changes
    from desktop.core.device import DeviceInfo
    from desktop.ui.dialogs.new_program import NewProgramDialog
    from desktop.ui.navigator import NavigatorPanel
    from desktop.ui.overview import OverviewPage
    from desktop.ui.pages import Pages
    from desktop.ui.undo import WindowScope
    from desktop.ui.workspace import FirstRead, Opened, Workspace

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The window; dialogs and wizards see it as a :class:`~desktop.ui.context.WindowContext`."""

    operation_executed = Signal(object)  # Changes, once per operation (and per undo / redo)
    navigator_loaded = Signal()  # each time the navigator has been filled
    database_opened = Signal(str)  # its description, as in the status bar
    database_failed = Signal(str)  # the reason, as shown to the user
    device_shown = Signal(object)  # the device of the open database (after any first-start offer)
    language_switched = Signal(str)  # the first-start walk chose another interface language
    # the interactive window (not tests or screenshots) walks an unbound device's user through
    # the first start
    asks_first_start = False
    first_start: QDialog | None = None  # the first-start walk while it is open
    # the interactive window reopens the program last shown on this database, its overview
    # kept from the last start while that is current (core quick_overview)
    reopens_last_program = False
    overview_filled = Signal(object)  # a program's id, its figures and principles on screen
    first_painted = Signal()  # once, the database being opened: for work that can wait for it

    def __init__(self, *, language: str = i18n.DEFAULT_LANGUAGE, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.workspace: Workspace | None = None
        self._pages: Pages | None = None
        self._painted = False
        self._open_when_shown: tuple[str | None] | None = None
        self._last_program: uuid.UUID | None = None  # to reopen once the database is open
        self.setWindowTitle("Berdaya")
        self.resize(first_size(self))
        self.setMinimumSize(860, 560)
        self.setCentralWidget(QWidget(self))
        bar = self.menuBar()
        self._menus: list[QMenu] = [
            bar.addMenu(self.tr("&File")),
            bar.addMenu(self.tr("&Edit")),
            bar.addMenu(self.tr("&View")),
            bar.addMenu(self.tr("&Help")),
        ]
        self.statusBar().showMessage(self.tr("Opening the database…"))

    # --- building up after the first paint --------------------------------------------------
    def open_when_shown(self, target: str | None) -> None:
        """Open ``target`` right after the first paint (start-up), or now if already shown."""
        if self._painted:
            self.open_database(target)
        else:
            self._open_when_shown = (target,)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self._open_when_shown is not None:
            (target,) = self._open_when_shown
            self._open_when_shown = None
            self.open_database(target)
        self.ensure_built()
        self.first_painted.emit()

    def ensure_built(self) -> None:
        """Make the menu items, the body and the status labels, once."""
        if self._pages is not None:
            return
        from PySide6.QtGui import QUndoGroup, QUndoStack
        from PySide6.QtWidgets import QLabel

        from desktop.ui import theme
        from desktop.ui.pages import Pages

        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_style_sheet(app)
        from desktop.ui import menus, stage_menu, undo

        # each window keeps its own undo history; the Edit menu acts on the window in front
        self.undo_group: QUndoGroup = QUndoGroup(self)
        self.undo_stack: QUndoStack = QUndoStack(self)
        self.undo_group.addStack(self.undo_stack)
        undo.StackActivator(self, self.undo_stack)
        (
            self.new_program_action,
            self.restore_action,
            self.undo_action,
            self.redo_action,
            self.navigator_action,
            self.recent_menu,
        ) = menus.fill_menus(self, self._menus)
        self._pages = Pages(self)
        self.setCentralWidget(self._pages)
        self._pages.navigator.loaded.connect(self._navigator_filled)
        self._pages.create_requested.connect(self.show_new_program_dialog)
        self._pages.demo_requested.connect(self.try_demo_data)
        self._pages.open_requested.connect(self.choose_database)
        self._pages.reopen_requested.connect(self.open_database)
        self.operation_executed.connect(self._pages.on_operation_executed)
        self.operation_executed.connect(self._device_changed)
        self._pages.navigator.program_selected.connect(self._connect_stepper)
        stage_menu.add_stage_menu(self)
        self._pages.page_switched.connect(self._update_actions)
        self.device_shown.connect(self._pages.on_device_shown)
        self.database_label: QLabel = QLabel(self)
        self.device_label: QLabel = QLabel(self)
        self.statusBar().clearMessage()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.device_label)
        self.statusBar().setSizeGripEnabled(False)
        if self.workspace is None:
            self.database_label.setText(self.tr("Opening the database…"))
        self._update_actions()

    @property
    def pages(self) -> Pages:
        self.ensure_built()
        assert self._pages is not None
        return self._pages

    @property
    def navigator(self) -> NavigatorPanel:
        return self.pages.navigator

    @property
    def overview(self) -> OverviewPage:
        return self.pages.overview

    # --- opening a database -----------------------------------------------------------------
    def open_database(self, target: str | None) -> jobs.Job:
        """Open a database off the GUI thread; the window follows the job to its end."""
        from desktop.ui.workspace import open_and_read

        keep = settings.saved_backups_to_keep()  # the day's backup on first use
        job = jobs.Job(lambda context: open_and_read(target, context, keep_backups=keep))
        job.succeeded.connect(self.adopt)
        job.failed.connect(self.show_open_error)
        if self.workspace is None:
            # a current SQLite file is listed at once, while SQLAlchemy and the models load
            from desktop.ui.workspace import quick_read

            thresholds = settings.saved_thresholds() if self.reopens_last_program else None
            first = jobs.Job(lambda _context: quick_read(target, thresholds))
            first.succeeded.connect(lambda read: self._after_first_read(read, target, job))
            first.failed.connect(lambda _error: job.start())
            first.start()
        else:
            job.start()
        self.ensure_built()
        if self.workspace is None:
            self.pages.show_loading()
        return job

    def _after_first_read(self, read: FirstRead | None, target: str | None, full: jobs.Job) -> None:
        """Show the first read, then start the full open: its imports would hold up the first
        read's (import locks), and while they run the GIL slows every Qt call of a table fill."""
        early = self._show_first_read(read, target)
        if early is None:
            full.start()
        else:
            early.finished.connect(lambda: full.start())  # a lambda holds the job alive

    def _show_first_read(self, read: FirstRead | None, target: str | None) -> jobs.Job | None:
        """Show what was read before the database is open; the office's cached dashboard is
        read by a job of its own, returned."""
        if self.workspace is not None:
            return None  # the full open came first
        last = read.last if read is not None else None
        early: jobs.Job | None = None
        if last is None:
            from desktop.ui.office.early import show_early_dashboard

            # an office's area, from its cache
            early = show_early_dashboard(self.pages, lambda: self.workspace is not None, target)
        if read is None:
            return early  # the file needs the full open
        self.ensure_built()
        self.navigator.setEnabled(False)  # browsable once the database is really open
        if last is not None:
            self._last_program = last.program_id
        if last is not None and last.snapshot is not None:
            overview = self.overview
            self._connect_stepper()
            overview.show_kept(last.snapshot)
            self.navigator.populate(read.villages, select=last.program_id)
            self.pages.setCurrentWidget(self.pages.splitter)
            self.pages.right.setCurrentWidget(overview)
        else:
            self.navigator.populate(read.villages)
        return early

    def adopt(self, opened: Opened, *, inline: bool = False) -> None:
        """Show an open database: the previous one is closed and its undo history dropped."""
        from desktop.ui import recent, undo
        from desktop.ui.workspace import Workspace, read_device

        self.ensure_built()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace.deleteLater()
        undo.clear_all(self.undo_group)
        recent.remember_database(opened.description)
        self.workspace = Workspace(opened, inline=inline, parent=self)
        self.workspace.waiting.connect(self.show_status)
        self.database_label.setText(self.tr("Database: {name}").format(name=opened.description))
        self.database_label.setToolTip(opened.description)
        self.device_label.clear()
        self.setWindowTitle(f"Berdaya — {Path(opened.description).name or opened.description}")
        self.workspace.keeps_overview = self.reopens_last_program
        kept = self._overview_kept()
        self.pages.set_workspace(self.workspace)
        self.navigator.setEnabled(True)
        last, self._last_program = self._last_program, None
        self.navigator.populate(opened.villages, select=last)
        if kept:  # the kept overview stays in view while its program is counted afresh
            self.pages.right.setCurrentWidget(self.overview)
        self._update_actions()
        self.workspace.fetch(read_device, self._show_device, owner=self)
        self.database_opened.emit(opened.description)
        from desktop.ui.sync.folder import follow_transfer_folder  # after the first paint

        follow_transfer_folder(self)

    def _device_changed(self, changes: Changes) -> None:
        from desktop.ui.workspace import read_device

        if changes.touches("devices") and self.workspace is not None:
            self.workspace.fetch(read_device, self._show_device, owner=self)

    def _show_device(self, device: DeviceInfo) -> None:
        if self.asks_first_start and not device.scope:
            from desktop.ui.dialogs.first_start import offer_first_start

            self.first_start = offer_first_start(self, device)
            if self.first_start is not None:
                self.first_start.finished.connect(self._first_start_done)
        from desktop.core.device_names import device_name

        self.device_label.setText(
            self.tr("Device: {name}").format(name=device_name(device.label, device.fingerprint))
        )
        self.device_label.setToolTip(
            self.tr("Device id {id}\nKey fingerprint {fingerprint}").format(
                id=device.id, fingerprint=device.fingerprint or "—"
            )
        )
        self.device_shown.emit(device)

    def _first_start_done(self, _result: int) -> None:
        self.first_start = None
        chosen = settings.saved_language()
        if chosen is not None and chosen != self.language:
            # menus and pages were built in the old language: the app makes a new window
            self.language_switched.emit(chosen)

    def show_open_error(self, error: Exception) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.db import DatabaseError

        self.ensure_built()
        reason = str(error) if isinstance(error, DatabaseError) else repr(error)
        if self.workspace is None:
            self.pages.show_failure(
                self.tr("No database is open"), reason, self.tr("Open another database…"), error
            )
            self.database_label.setText(self.tr("No database open"))
            self._update_actions()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The database cannot be opened"),
            self.tr("Berdaya could not open this database."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("openErrorBox")
        box.setInformativeText(reason)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.database_failed.emit(reason)

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = ""
        if self.workspace is not None:
            start = str(Path(self.workspace.description).parent)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            start,
            self.tr("Berdaya databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(path)

    def try_demo_data(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui import demo_data

        if not demo_data.available():
            QMessageBox.information(
                self,
                self.tr("Demo data"),
                self.tr("This version of Berdaya comes without demo data."),
            )
            return
        path = demo_data.demo_path(self.workspace.database.url if self.workspace else None)
        steps = {
            "open": self.tr("Opening the demo database…"),
            "generate": self.tr("Making programs in {count} villages…").format(
                count=demo_data.DEMO_VILLAGES
            ),
            "read": self.tr("Reading the demo database…"),
        }
        job = jobs.Job(lambda context: demo_data.make_demo(path, steps, context))
        job.succeeded.connect(self.adopt)
        job.failed.connect(self.show_open_error)
        dialog = jobs.show_progress(self, job, title=self.tr("Demo data"), label=steps["open"])
        dialog.setObjectName("demoProgress")
        job.start()

    # --- operations -------------------------------------------------------------------------
    def execute(self, operation: Callable[..., Changes], **arguments: Any) -> Changes | None:
        """Run a core operation; tell every view once. Refusals are shown, not raised."""
        from PySide6.QtWidgets import QMessageBox

        if self.workspace is None:
            return None
        try:
            changes = self.workspace.execute(operation, **arguments)
        except ValueError as error:  # the core's refusals carry a message for the user
            logbook.log_refusal(log, _name(operation), error)
            QMessageBox.warning(self, self.tr("Not done"), refusal_text(error))
            return None
        except Exception as error:
            log.exception("operation %s failed", _name(operation))
            errors.show_error(error, self)
            return None
        self.operation_executed.emit(changes)
        return changes

    def attempt(self, operation: Callable[..., Changes], **arguments: Any) -> Changes:
        """Run a core operation and tell every view once, like :meth:`execute`, but let a
        refusal (``ValidationError``) reach the caller, to be shown next to the fields."""
        if self.workspace is None:
            from desktop.core.errors import ValidationError, issue

            raise ValidationError([issue("database", "No database is open.")])
        try:
            changes = self.workspace.execute(operation, **arguments)
        except ValueError as error:
            logbook.log_refusal(log, _name(operation), error)
            raise
        self.operation_executed.emit(changes)
        return changes

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)
        self.statusBar().repaint()  # now: a write waiting for the lock keeps the loop busy

    def reload_all(self) -> None:
        """Imported rows may touch anything: every view reloads, and undo history is dropped
        (its commands would replay edits over what other devices changed)."""
        from desktop.core.changes import Changes
        from desktop.core.models.base import synced_tables
        from desktop.ui import undo

        undo.clear_all(self.undo_group)
        self.operation_executed.emit(Changes(tables=frozenset(synced_tables()) | {"conflicts"}))
        self.overview.reload()

    def _connect_stepper(self, *_args: object) -> None:
        """Clicking a stage of the overview opens its wizard (the overview is made lazily)."""
        if not getattr(self, "_stepper_connected", False):
            self._stepper_connected = True
            self.overview.stepper.stage_activated.connect(self.show_wizard)
            self.overview.filled.connect(self.overview_filled)

    def _overview_kept(self) -> bool:
        """Whether the overview shows the one kept from the last start (not yet counted)."""
        return bool(getattr(self, "_stepper_connected", False)) and self.overview.quick

    def show_wizard(self, stage: object) -> QWidget | None:
        """Open the wizard of ``stage`` (a Stage or its id) for the selected program, in its own
        window; one per program and stage (a second request brings the open one forward)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.domain import Stage
        from desktop.ui.wizards.registry import WIZARDS

        if self.workspace is None:
            return None
        program_id = self.navigator.selected_program()
        if program_id is None:
            QMessageBox.information(
                self, self.tr("Stage wizard"), self.tr("Choose a program on the left first.")
            )
            return None
        chosen = Stage(str(stage))
        wizards: dict[tuple[object, Stage], QWidget] = self.__dict__.setdefault("_wizards", {})
        open_one = wizards.get((program_id, chosen))
        if open_one is not None:
            open_one.raise_()
            open_one.activateWindow()
            return open_one
        wizard_type = WIZARDS.get(chosen)
        if wizard_type is None:
            QMessageBox.information(
                self,
                self.tr("Stage wizard"),
                self.tr("This stage's wizard is not available yet."),
            )
            return None
        scope = self._wizard_scope(program_id, chosen)
        wizard = wizard_type(scope, program_id, self)
        scope.watch(wizard)
        wizard.setWindowFlag(Qt.WindowType.Window, True)
        wizards[(program_id, chosen)] = wizard
        wizard.destroyed.connect(lambda _obj=None: wizards.pop((program_id, chosen), None))
        wizard.show()
        return wizard

    def _wizard_scope(self, program_id: object, stage: object) -> WindowScope:
        """The wizard's own undo history, kept for the next time the same wizard opens."""
        from desktop.ui.undo import WindowScope

        scopes: dict[tuple[object, object], WindowScope] = self.__dict__.setdefault("_scopes", {})
        if (program_id, stage) not in scopes:
            scopes[(program_id, stage)] = WindowScope(self, self.undo_group, self.undo_stack)
        return scopes[(program_id, stage)]

    def show_new_program_dialog(self) -> NewProgramDialog | None:
        """Open the New program dialog (window-modal); the program is made when it is accepted."""
        from PySide6.QtCore import Qt

        from desktop.ui.dialogs.new_program import NewProgramDialog, VillageChoice

        if self.workspace is None:
            return None
        known = [
            VillageChoice(v.code, v.name, ", ".join(p for p in (v.district, v.regency) if p))
            for v in self.navigator.villages
        ]
        dialog = NewProgramDialog(known, self, workspace=self.workspace)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create_program(dialog))
        dialog.open()
        return dialog

    def _create_program(self, dialog: NewProgramDialog) -> None:
        from desktop.ui.commands import CreateProgramCommand

        if dialog.draft is not None:
            self.undo_stack.push(CreateProgramCommand(self.execute, dialog.draft))

    def refresh(self) -> None:
        self.navigator.reload()
        self.overview.reload()

    # --- other dialogs ----------------------------------------------------------------------
    def show_settings(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.dialogs.settings import SettingsDialog

        current = settings.saved_language() or self.language
        dialog = SettingsDialog(current, self, thresholds=settings.saved_thresholds(), context=self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if dialog.chosen_thresholds() != settings.saved_thresholds():
            settings.save_thresholds(dialog.chosen_thresholds())
            self.pages.reload_measures()  # the principles' warnings follow at once
        chosen = dialog.chosen_language()
        if chosen == current:
            return
        settings.save_language(chosen)
        QMessageBox.information(
            self,
            self.tr("Settings"),
            self.tr("Berdaya will use {language} the next time it starts.").format(
                language=i18n.language_names()[chosen]
            ),
        )

    def show_timeline(self, *, every_program: bool = False) -> QWidget | None:
        """The Gantt timeline of the selected program (or of all), in its own window."""
        from desktop.ui.timeline.window import open_timeline

        if self.workspace is None:
            return None
        return open_timeline(self, self.workspace, every_program=every_program)

    def open_stage(self, program_id: Any, stage: object) -> None:
        """Choose the program in the navigator and open its stage's wizard."""
        if program_id is not None and self.navigator.select_program(program_id):
            self.show_wizard(stage)

    def show_restore_dialog(self) -> QWidget | None:
        from desktop.ui.dialogs.restore import show_restore_dialog

        return show_restore_dialog(self, self)

    def show_about(self) -> None:
        from desktop.ui.dialogs.about import show_about

        show_about(self)

    # --- state ------------------------------------------------------------------------------
    def _navigator_filled(self, count: int) -> None:
        if self.workspace is not None:
            self.pages.show_villages(count)
        self._update_actions()
        self.navigator_loaded.emit()

    def _update_actions(self) -> None:
        if self._pages is None:
            return
        self.new_program_action.setEnabled(self.workspace is not None)
        self.navigator_action.setEnabled(self._pages.currentWidget() is self._pages.splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        jobs.cancel_all()
        super().closeEvent(event)


def first_size(window: QWidget) -> QSize:
    """The window's size before the user chose one: 1200×760 where there is room, else what
    fits above a taskbar (about 40 pixels) with the title bar (about 48) on a laptop's screen."""
    from PySide6.QtCore import QSize

    screen = window.screen()
    room = min(screen.availableGeometry().height(), screen.geometry().height() - 40) - 48
    return QSize(min(1200, screen.availableGeometry().width() - 40), min(760, room))


def refusal_text(error: Exception) -> str:
    """A refusal of the core in the interface's language (each of its issues on a line)."""
    from desktop.core.errors import ValidationError
    from desktop.ui.formatting import translate_issue

    if isinstance(error, ValidationError) and error.issues:
        return "\n".join(translate_issue(i) for i in error.issues)
    return str(error)


def _name(operation: Callable[..., object]) -> str:
    return getattr(operation, "__name__", type(operation).__name__)
