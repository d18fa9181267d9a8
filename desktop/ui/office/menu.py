"""The office's entries in the window's menus: File > Report…, View > Dashboard and back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.context import WindowContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop.ui.pages import Pages


class WindowWithPages(WindowContext, Protocol):
    @property
    def pages(self) -> Pages:
        """The window's body (made when first asked for)."""


def _action(window: WindowContext, text: object, name: str, shortcut: str | None = None) -> QAction:
    """``text`` is marked with QT_TRANSLATE_NOOP in the ``OfficeMenu`` context."""
    action = QAction(QCoreApplication.translate("OfficeMenu", str(text)), window.window())
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def add_file_actions(window: WindowContext, menu: QMenu) -> QAction:
    """File > Report… (Ctrl+R): the office's workbook or monthly PDF."""

    def show() -> None:
        from desktop.ui.office.report_dialog import show_report_dialog

        show_report_dialog(window)

    action = _action(window, QT_TRANSLATE_NOOP("OfficeMenu", "&Report…"), "reportAction", "Ctrl+R")
    action.triggered.connect(lambda _checked=False: show())
    menu.addAction(action)
    return action


def add_view_actions(window: WindowWithPages, menu: QMenu) -> tuple[QAction, QAction]:
    """View > Dashboard of the area (Ctrl+D) and View > Programs and navigator (Ctrl+Shift+D)."""
    pages = {
        "dashboardAction": (QT_TRANSLATE_NOOP("OfficeMenu", "&Dashboard of the area"), "Ctrl+D"),
        "programsAction": (
            QT_TRANSLATE_NOOP("OfficeMenu", "&Programs and navigator"),
            "Ctrl+Shift+D",
        ),
    }
    dashboard, programs = (
        _action(window, text, name, keys) for name, (text, keys) in pages.items()
    )
    dashboard.triggered.connect(lambda _checked=False: window.pages.show_dashboard())
    programs.triggered.connect(lambda _checked=False: window.pages.show_programs())
    menu.addAction(dashboard)
    menu.addAction(programs)
    menu.addSeparator()
    return dashboard, programs
