"""One undo history per window: a wizard's Undo undoes that wizard's work, the timeline's the
timeline's, and the main window's Edit menu acts on the window in front (its text names what).

All the stacks sit in the main window's :class:`QUndoGroup`; a window's stack becomes the
active one when the window is activated. A wizard gets a :class:`WindowScope`: the main
window's database, change signal and messages, with an undo stack of its own that outlives
the wizard (reopening the wizard of the same stage finds its history again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoGroup, QUndoStack

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from desktop.core.changes import Changes
    from desktop.ui.context import Operation, WindowContext
    from desktop.ui.workspace import Workspace


class StackActivator(QObject):
    """Makes ``stack`` the group's active one while ``widget``'s window is in front, and hands
    back to ``fallback`` when that window is hidden or gone."""

    def __init__(
        self, widget: QWidget, stack: QUndoStack, fallback: QUndoStack | None = None
    ) -> None:
        super().__init__(widget)
        self.stack = stack
        self.fallback = fallback
        widget.installEventFilter(self)
        stack.setActive(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not (shiboken6.isValid(self.stack) and shiboken6.isValid(self.fallback)):
            return False  # the window is being taken down
        if kind in (QEvent.Type.WindowActivate, QEvent.Type.Show):
            self.stack.setActive(True)
        elif (
            kind in (QEvent.Type.Hide, QEvent.Type.Close)
            and self.fallback is not None
            and self.stack.isActive()
        ):
            self.fallback.setActive(True)
        return False


def clear_all(group: QUndoGroup) -> None:
    """Forget every window's history (another database, or data changed under every view)."""
    for stack in group.stacks():
        stack.clear()


class WindowScope(QObject):
    """What a wizard sees of the main window (a :class:`~desktop.ui.context.WindowContext`),
    with its own undo stack in the main window's group."""

    def __init__(self, window: WindowContext, group: QUndoGroup, home: QUndoStack) -> None:
        super().__init__(group)
        self._window = window
        self._home = home
        self._stack = QUndoStack(self)
        group.addStack(self._stack)

    def watch(self, widget: QWidget) -> None:
        """Make this scope's history the active one while ``widget`` is in front."""
        StackActivator(widget, self._stack, self._home)

    @property
    def workspace(self) -> Workspace | None:
        return self._window.workspace

    @property
    def undo_stack(self) -> QUndoStack:
        return self._stack

    @property
    def operation_executed(self) -> SignalInstance:
        return self._window.operation_executed

    def window(self) -> QWidget:
        return self._window.window()

    def execute(self, operation: Operation, **arguments: Any) -> Changes | None:
        return self._window.execute(operation, **arguments)

    def attempt(self, operation: Operation, **arguments: Any) -> Changes:
        return self._window.attempt(operation, **arguments)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self._window.show_status(text, timeout_ms)

    def reload_all(self) -> None:
        self._window.reload_all()
