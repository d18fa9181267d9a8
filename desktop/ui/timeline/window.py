"""The timeline in a window of its own, opened from the main window: its own undo history, its
edits told to every view through the main window's change signal."""

from __future__ import annotations

import contextlib
import uuid
import warnings
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop.ui.timeline.view import TimelineView
    from desktop.ui.workspace import Workspace


class _Navigator(Protocol):
    def selected_program(self) -> uuid.UUID | None: ...


class Host(Protocol):
    """What the timeline needs of the main window (named here, so no import cycle)."""

    @property
    def navigator(self) -> _Navigator: ...
    @property
    def undo_group(self) -> QUndoGroup: ...
    @property
    def undo_stack(self) -> QUndoStack: ...
    @property
    def operation_executed(self) -> SignalInstance: ...
    def open_stage(self, program_id: Any, stage: object) -> None: ...


def open_timeline(
    window: QMainWindow, workspace: Workspace, *, every_program: bool = False
) -> TimelineView | None:
    """The Gantt timeline of the program chosen in ``window``'s navigator (or of all)."""
    from desktop.ui.timeline.view import TimelineView
    from desktop.ui.undo import StackActivator

    host: Host = window  # type: ignore[assignment]
    program_id = host.navigator.selected_program()
    if program_id is None and not every_program:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Timeline"),
            QCoreApplication.translate("MainWindow", "Choose a program on the left first."),
        )
        return None
    holder = QMainWindow(window)
    holder.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    stack = QUndoStack(holder)
    host.undo_group.addStack(stack)
    StackActivator(holder, stack, host.undo_stack)
    view = TimelineView(
        workspace.database.session,
        None if every_program else program_id,
        undo_stack=stack,
        parent=holder,
        load=False,
        background=True,  # read on a worker; the view shows "Loading…" meanwhile
        writer=workspace.database.writing,
    )
    view.changes_made.connect(host.operation_executed.emit)

    def activated(item_id: Any) -> None:
        item = view.timeline.item(item_id)
        if item is not None:
            host.open_stage(item.program_id, item.stage)

    view.activity_activated.connect(activated)
    view.empty_hint.wizard_requested.connect(lambda stage: host.open_stage(program_id, stage))
    host.operation_executed.connect(view.on_changes)
    holder.destroyed.connect(lambda _obj=None: _disconnect(host.operation_executed, view))
    holder.setCentralWidget(view)
    holder.setWindowTitle(QCoreApplication.translate("MainWindow", "Timeline — Berdaya"))
    holder.resize(1200, 700)
    holder.show()
    view.reload()
    return view


def _disconnect(signal: SignalInstance, view: QWidget) -> None:
    with contextlib.suppress(RuntimeError, TypeError), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # already gone with the view
        signal.disconnect(view.on_changes)  # type: ignore[attr-defined]
