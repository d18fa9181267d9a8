"""The main window's menus: File (with its recent databases), Edit, View and Help.

Their texts keep the ``MainWindow`` translation context they had when the window built them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui import errors, recent
from desktop.ui.context import WindowContext

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoGroup
    from PySide6.QtWidgets import QMenu, QWidget

    from desktop.ui.pages import Pages


class MenuHost(WindowContext, Protocol):
    """What the menus call on the main window."""

    undo_group: QUndoGroup

    @property
    def pages(self) -> Pages: ...

    @property
    def navigator(self) -> QWidget: ...

    def show_new_program_dialog(self) -> object: ...

    def choose_database(self) -> None: ...

    def open_database(self, target: str | None) -> object: ...

    def show_restore_dialog(self) -> object: ...

    def close(self) -> bool: ...

    def show_settings(self) -> None: ...

    def show_timeline(self, *, every_program: bool = False) -> object: ...

    def refresh(self) -> None: ...

    def show_about(self) -> None: ...


def add_action(
    window: WindowContext,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window.window())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


class MenuActions(NamedTuple):
    """The entries the window enables, disables or reads later."""

    new_program: QAction
    restore: QAction
    undo: QAction
    redo: QAction
    navigator: QAction
    recent: QMenu


def fill_menus(window: MenuHost, menus: list[QMenu]) -> MenuActions:
    from desktop.ui.office import menu as office_menu
    from desktop.ui.sync import menu as sync_menu

    keys = QKeySequence.StandardKey
    file_menu, edit_menu, view_menu, help_menu = menus
    new_program = add_action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&New program…"),
        window.show_new_program_dialog,
        keys.New,
    )
    add_action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Open database…"),
        window.choose_database,
        keys.Open,
    )
    recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Recent &databases"))
    recent_menu.setObjectName("recentDatabasesMenu")
    recent_menu.setToolTipsVisible(True)
    recent_menu.aboutToShow.connect(lambda: fill_recent(window, recent_menu))
    fill_recent(window, recent_menu)
    sync_menu.add_file_actions(window, file_menu)
    office_menu.add_file_actions(window, file_menu)
    file_menu.addSeparator()
    restore = add_action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "Restore from backup…"),
        window.show_restore_dialog,
    )
    file_menu.addSeparator()
    add_action(
        window, file_menu, QCoreApplication.translate("MainWindow", "&Quit"), window.close, "Ctrl+Q"
    )

    # the Edit menu undoes the window in front: its text names what ("Undo adding …")
    undo = window.undo_group.createUndoAction(
        window.window(), QCoreApplication.translate("MainWindow", "Undo")
    )
    undo.setShortcut(QKeySequence(keys.Undo))
    redo = window.undo_group.createRedoAction(
        window.window(), QCoreApplication.translate("MainWindow", "Redo")
    )
    redo.setShortcut(QKeySequence(keys.Redo))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    add_action(
        window,
        edit_menu,
        QCoreApplication.translate("MainWindow", "&Settings…"),
        window.show_settings,
    )

    office_menu.add_view_actions(window, view_menu)
    navigator = add_action(
        window,
        view_menu,
        QCoreApplication.translate("MainWindow", "&Navigator"),
        lambda: None,
        "Ctrl+1",
    )
    navigator.setCheckable(True)
    navigator.setChecked(True)
    navigator.toggled.connect(lambda shown: window.navigator.setVisible(shown))
    add_action(
        window,
        view_menu,
        QCoreApplication.translate("MainWindow", "&Timeline of the program"),
        window.show_timeline,
        "Ctrl+T",
    )
    add_action(
        window,
        view_menu,
        QCoreApplication.translate("MainWindow", "Timeline of &all programs"),
        lambda: window.show_timeline(every_program=True),
        "Ctrl+Shift+T",
    )
    sync_menu.add_view_actions(window, view_menu)
    add_action(
        window,
        view_menu,
        QCoreApplication.translate("MainWindow", "&Refresh"),
        window.refresh,
        "F5",
    )
    logs = add_action(
        window,
        help_menu,
        QCoreApplication.translate("MainWindow", "Open log folder"),
        errors.open_log_folder,
    )
    logs.setObjectName("openLogFolderAction")
    add_action(
        window,
        help_menu,
        QCoreApplication.translate("MainWindow", "&About Berdaya"),
        window.show_about,
    )
    return MenuActions(new_program, restore, undo, redo, navigator, recent_menu)


def fill_recent(window: MenuHost, menu: QMenu) -> None:
    """File > Recent databases: the latest first, the open one ticked, a file that is gone
    greyed out (and a way to take those off the list)."""
    from desktop.ui.demo_data import DEMO_FILE

    menu.clear()
    entries = recent.recent_databases()
    current = window.workspace.description if window.workspace is not None else None
    missing = False
    for number, entry in enumerate(entries, 1):
        path = Path(entry)
        name = path.name if "://" not in entry else entry
        if name == DEMO_FILE:
            name = QCoreApplication.translate("MainWindow", "Demo data ({file})").format(file=name)
        action = QAction(f"&{number}  {name}", menu)
        action.setData(entry)
        action.setToolTip(entry)
        action.setStatusTip(entry)
        if entry == current:
            action.setCheckable(True)
            action.setChecked(True)
        if not recent.is_available(entry):
            missing = True
            action.setEnabled(False)
            action.setText(
                QCoreApplication.translate("MainWindow", "{name} (not found)").format(
                    name=action.text()
                )
            )
        action.triggered.connect(lambda _checked=False, e=entry: window.open_database(e))
        menu.addAction(action)
    if not entries:
        empty = menu.addAction(QCoreApplication.translate("MainWindow", "No databases opened yet"))
        empty.setEnabled(False)
    if missing:
        menu.addSeparator()
        forget = menu.addAction(
            QCoreApplication.translate("MainWindow", "Remove the files not found")
        )
        forget.setObjectName("forgetMissingDatabases")
        forget.triggered.connect(lambda _checked=False: _forget(window, menu))


def _forget(window: MenuHost, menu: QMenu) -> None:
    recent.forget_missing()
    fill_recent(window, menu)
