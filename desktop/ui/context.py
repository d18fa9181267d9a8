"""What a dialog or a wizard may use of the main window: the protocol they take instead of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from desktop.core.changes import Changes
    from desktop.ui.workspace import Workspace

Operation = Callable[..., "Changes"]  # a core operation: (session, **keywords) -> Changes


class WindowContext(Protocol):
    """The open database, its one undo stack and change signal, and the window as a parent.

    Dialogs and wizards depend on this, never on the main window's module, so the window can
    import them without an import cycle."""

    @property
    def workspace(self) -> Workspace | None:
        """The open database (None while none is open)."""

    @property
    def undo_stack(self) -> QUndoStack:
        """The one undo stack every editor pushes its commands on."""

    @property
    def operation_executed(self) -> SignalInstance:
        """Emitted with the ``Changes`` once per operation (and per undo / redo)."""

    def window(self) -> QWidget:
        """The top-level window: the parent of dialogs and message boxes."""

    def execute(self, operation: Operation, **arguments: Any) -> Changes | None:
        """Run an operation and tell every view; a refusal is shown to the user (None)."""

    def attempt(self, operation: Operation, **arguments: Any) -> Changes:
        """Run an operation and tell every view; a refusal (``ValidationError``) is raised."""

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A message in the status bar (gone after ``timeout_ms``; 0 keeps it)."""

    def reload_all(self) -> None:
        """After the data changed under every view (an import): drop the undo history and
        reload every view."""
