"""The sync entries of the window's menus, and dropping .berdaya files on the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop.ui.context import WindowContext


def add_file_actions(window: WindowContext, menu: QMenu) -> tuple[QAction, QAction]:
    """File > Export bundle… (Ctrl+E) and Import bundle(s)… (Ctrl+I); drops on the window too."""
    from desktop.ui.sync.exporting import show_export_dialog
    from desktop.ui.sync.importing import show_import_dialog

    widget = window.window()
    export = QAction(QCoreApplication.translate("SyncMenu", "&Export bundle…"), widget)
    export.setObjectName("exportBundleAction")
    export.setShortcut(QKeySequence("Ctrl+E"))
    export.triggered.connect(lambda _checked=False: show_export_dialog(window))
    imported = QAction(QCoreApplication.translate("SyncMenu", "&Import bundle(s)…"), widget)
    imported.setObjectName("importBundlesAction")
    imported.setShortcut(QKeySequence("Ctrl+I"))
    imported.triggered.connect(lambda _checked=False: show_import_dialog(window))
    menu.addSeparator()
    menu.addAction(export)
    menu.addAction(imported)
    _add_card_actions(window, menu)
    widget.setAcceptDrops(True)
    widget.installEventFilter(BundleDrops(window))
    return export, imported


def add_view_actions(window: WindowContext, menu: QMenu) -> QAction:
    """View > Conflicts…"""
    from desktop.ui.sync.review import show_conflicts

    action = QAction(QCoreApplication.translate("SyncMenu", "&Conflicts…"), window.window())
    action.setObjectName("conflictsAction")
    action.triggered.connect(lambda _checked=False: show_conflicts(window))
    menu.addAction(action)
    return action


def _add_card_actions(window: WindowContext, menu: QMenu) -> None:
    """File > Office card… (an office's laptop) and File > Import office card… (a village's);
    which one shows is decided each time the menu opens. The card's modules load when used:
    they bring the database layer, which the first paint must not wait for."""
    widget = window.window()
    office = QAction(QCoreApplication.translate("OfficeCard", "Office &card…"), widget)
    office.setObjectName("officeCardAction")
    village = QAction(QCoreApplication.translate("OfficeCard", "Import o&ffice card…"), widget)
    village.setObjectName("importOfficeCardAction")

    def save(_checked: bool = False) -> None:
        from desktop.ui.sync.card import save_office_card

        save_office_card(window)

    def load(_checked: bool = False) -> None:
        from desktop.ui.sync.card import import_office_card

        import_office_card(window)

    def show_one() -> None:
        from desktop.core.domain import DeviceKind
        from desktop.core.sync.card import own_kind

        kind = window.workspace.read(own_kind) if window.workspace is not None else None
        office.setVisible(kind is DeviceKind.OFFICE)
        village.setVisible(kind is not DeviceKind.OFFICE)
        village.setEnabled(kind is not None)

    office.triggered.connect(save)
    village.triggered.connect(load)
    menu.addAction(office)
    menu.addAction(village)
    menu.aboutToShow.connect(show_one)


class BundleDrops(QObject):
    """Bundles dropped on the main window open the import dialog with them listed."""

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window.window())
        self.window_ = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from desktop.ui.sync.importing import bundle_paths, show_import_dialog

        if isinstance(event, QDragEnterEvent):
            if self.window_.workspace is not None and bundle_paths(event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent):
            paths = bundle_paths(event.mimeData().urls())
            if paths and self.window_.workspace is not None:
                event.acceptProposedAction()
                show_import_dialog(self.window_, paths)
                return True
        return super().eventFilter(watched, event)
