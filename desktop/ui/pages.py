"""The window's body: the office's dashboard, or the navigator beside the program, or a welcome,
or a failure page.

A database of several villages (or an office's) opens on the dashboard, a facilitator's single
village on the navigator and its program; each is one click from the other. Pages other than
the navigator are made the first time they are needed. A damaged database is
never shown as empty: its failure page says so and restores the newest good backup.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

from desktop.ui.navigator import NavigatorPanel
from desktop.ui.panels import MessagePanel, WelcomePanel

if TYPE_CHECKING:
    from desktop.core.changes import Changes
    from desktop.core.db import DamagedDatabase
    from desktop.core.device import DeviceInfo
    from desktop.ui.office.dashboard import DashboardPage
    from desktop.ui.overview import OverviewPage
    from desktop.ui.workspace import Workspace


log = logging.getLogger(__name__)


class Pages(QStackedWidget):
    create_requested = Signal()
    demo_requested = Signal()
    open_requested = Signal()
    reopen_requested = Signal(str)  # a database restored from a backup, to open again
    dashboard_ready = Signal()  # the dashboard has shown the area's figures
    page_switched = Signal()  # between the dashboard and the navigator with its program

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = NavigatorPanel()
        self.hint = MessagePanel(
            self.tr("Choose a program on the left"),
            self.tr("Its stages and key figures will appear here."),
        )
        self.right = QStackedWidget()
        self.right.addWidget(self.hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.loading = MessagePanel(self.tr("Opening the database…"), "", self)
        self.addWidget(self.loading)
        self.addWidget(self.splitter)
        self._overview: OverviewPage | None = None
        self._welcome: WelcomePanel | None = None
        self._closed: MessagePanel | None = None
        self._dashboard: DashboardPage | None = None
        self._damage: DamagedDatabase | None = None
        self._home_chosen = False  # the dashboard or the program chosen for this database
        self._office = False  # this database's device works for an office
        self._villages = 0
        self.workspace: Workspace | None = None
        self.navigator.program_selected.connect(self._program_selected)

    @property
    def overview(self) -> OverviewPage:
        if self._overview is None:
            from desktop.ui.overview import OverviewPage

            self._overview = OverviewPage()
            self._overview.set_workspace(self.workspace)
            self.right.addWidget(self._overview)
            self._overview.loaded.connect(self._overview_loaded)
            self._overview.program_missing.connect(self.show_hint)
        return self._overview

    @property
    def dashboard(self) -> DashboardPage:
        if self._dashboard is None:
            from desktop.ui.office.dashboard import DashboardPage

            self._dashboard = DashboardPage(self)
            self._dashboard.set_workspace(self.workspace)
            self._dashboard.program_opened.connect(self.open_program)
            self._dashboard.programs_requested.connect(self.show_programs)
            self._dashboard.loaded.connect(self.dashboard_ready)
            self.addWidget(self._dashboard)
        return self._dashboard

    @property
    def welcome(self) -> WelcomePanel:
        if self._welcome is None:
            self._welcome = WelcomePanel(self)
            self._welcome.create_requested.connect(self.create_requested)
            self._welcome.demo_requested.connect(self.demo_requested)
            self.addWidget(self._welcome)
        return self._welcome

    @property
    def closed(self) -> MessagePanel:
        if self._closed is None:
            self._closed = MessagePanel("", "", self)
            self._closed.action_requested.connect(self._failure_action)
            self.addWidget(self._closed)
        return self._closed

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.navigator.set_workspace(workspace)
        if self._overview is not None:
            self._overview.set_workspace(workspace)
        if self._dashboard is not None:
            self._dashboard.set_workspace(workspace)
        self._home_chosen = self._office = False
        self.show_hint()

    def on_operation_executed(self, changes: Changes) -> None:
        """Hand the change to each view; each decides whether it needs to reload."""
        self.navigator.on_operation_executed(changes)
        if self._overview is not None:
            self._overview.on_operation_executed(changes)
        if self._dashboard is not None:
            self._dashboard.on_operation_executed(changes)

    def reload_measures(self) -> None:
        """The user's thresholds changed: the principles' colours and warnings follow."""
        self.overview.reload_measures()
        if self._dashboard is not None:
            self._dashboard.refresh()

    def show_loading(self) -> None:
        self.setCurrentWidget(self.loading)

    def show_villages(self, count: int) -> None:
        """After each fill of the navigator: the welcome on an empty database; else, the first
        time for this database, its home (the dashboard for several villages or an office, the
        navigator and program for one village); later fills leave the person where they are."""
        self._villages = count
        if not count:
            self._home_chosen = False
            self.setCurrentWidget(self.welcome)
        elif not self._home_chosen or self.currentWidget() not in (self.splitter, self._dashboard):
            self._home_chosen = True
            self._show_home()

    def on_device_shown(self, device: DeviceInfo) -> None:
        """An office's database opens on the dashboard even with a single village."""
        from desktop.core.domain import DeviceKind

        office = device.kind is DeviceKind.OFFICE
        if office and not self._office and self._home_chosen and self._villages:
            self._office = True
            self._show_home()
        self._office = office

    def _show_home(self) -> None:
        # a program reopened at start (the last one shown) is home, except in an office
        reopened = self.navigator.selected_program() is not None
        if self._office or (self._villages > 1 and not reopened):
            self.show_dashboard()
        else:
            self.show_programs()

    def show_dashboard(self) -> None:
        if self.workspace is None or self.currentWidget() is self.dashboard:
            return
        self.setCurrentWidget(self.dashboard)
        self.dashboard.table.setFocus()
        self.page_switched.emit()

    def show_programs(self) -> None:
        """The navigator beside the chosen program."""
        if self.workspace is None or self.currentWidget() is self.splitter:
            return
        self.setCurrentWidget(self.splitter)
        self.navigator.tree.setFocus()
        self.page_switched.emit()

    def open_program(self, program_id: uuid.UUID) -> None:
        self.show_programs()
        self.navigator.select_program(program_id)

    def showing_dashboard(self) -> bool:
        return self._dashboard is not None and self.currentWidget() is self._dashboard

    def show_failure(
        self, title: str, reason: str, action: str, error: Exception | None = None
    ) -> None:
        """Nothing is open: why, and a way on (a damaged file: its newest good backup)."""
        from desktop.core.db import DamagedDatabase

        self._damage = error if isinstance(error, DamagedDatabase) else None
        if self._damage is not None:
            title, reason, action = self._damage_message(self._damage)
        self.closed.set_message(title, reason, action)
        self.setCurrentWidget(self.closed)

    def _damage_message(self, error: DamagedDatabase) -> tuple[str, str, str]:
        name = error.path.name
        title = self.tr("The database is damaged")
        if error.backup is None:
            return (
                title,
                self.tr(
                    "Some pages of “{name}” cannot be read, so what it shows could be "
                    "incomplete, and no good backup of it was found."
                ).format(name=name),
                self.tr("Open another database…"),
            )
        made = error.backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return (
            title,
            self.tr(
                "Some pages of “{name}” cannot be read, so what it shows could be incomplete; "
                "the newest good backup is from {made}."
            ).format(name=name, made=made),
            self.tr("Restore the backup of {made}").format(made=made),
        )

    def _failure_action(self) -> None:
        damage = self._damage
        if damage is None or damage.backup is None:
            self.open_requested.emit()
            return
        from desktop.core.backups import restore

        try:
            restore(damage.path, damage.backup.path)
        except Exception as error:
            log.exception("restoring %s failed", damage.backup.path.name)
            self.closed.set_message(
                self.tr("The backup could not be restored"),
                self.tr("Restoring {backup} failed: {error}").format(
                    backup=damage.backup.path.name, error=error
                ),
                self.tr("Open another database…"),
            )
            self._damage = None
            return
        self._damage = None
        self.reopen_requested.emit(str(damage.path))

    def show_hint(self, *_args: object) -> None:
        self.right.setCurrentWidget(self.hint)

    def _program_selected(self, program_id: uuid.UUID | None) -> None:
        if program_id is None:
            self.show_hint()
        else:
            self.show_programs()  # a program chosen (or just made) is shown, not the dashboard
            self.overview.show_program(program_id)

    def _overview_loaded(self, _program_id: uuid.UUID) -> None:
        self.right.setCurrentWidget(self.overview)
