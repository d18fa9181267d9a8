"""The wizards' undo commands: a record added or removed, a record changed in place.

A command's operation can fail when it is undone or redone: the program was closed meanwhile,
an import changed the record, the database went away. Then the command marks itself obsolete,
so the stack drops it and its index stays where the database is: a failed undo leaves the
change done (and no longer offered for undo), a failed redo leaves it undone (and no longer
offered for redo). The reason is shown on the wizard's page, or in the status bar once the
wizard is closed.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core.errors import Issue, ValidationError
from desktop.ui.formatting import translate_issue

if TYPE_CHECKING:
    from desktop.ui.context import Operation, WindowContext

log = logging.getLogger(__name__)

STATUS_MS = 8000


class CommandHost(Protocol):
    """What a command needs of its wizard: the window it runs in and a place for messages."""

    @property
    def main_window(self) -> WindowContext:
        """The window whose undo stack holds the command."""

    def show_summary(self, issues: list[Issue]) -> None:
        """Show why an undo or a redo was refused."""


class _WizardCommand(QUndoCommand):
    """Runs its operation through the window; a failure makes it obsolete (see the module)."""

    def __init__(self, wizard: CommandHost, text: str) -> None:
        super().__init__(text)
        self._wizard = wizard
        self._window = wizard.main_window  # the stack outlives the wizard: keep the window

    def _attempt(self, operation: Operation, **arguments: Any) -> None:
        try:
            self._window.attempt(operation, **arguments)
        except ValidationError as error:
            self._failed(list(error.issues))
        except Exception as error:
            log.exception("undo command %s failed", _name(operation))
            reason = QCoreApplication.translate(
                "MainWindow", "The database reported a problem: {error}"
            ).format(error=error)
            self._failed([Issue("database", reason)])  # already in the interface's language

    def _failed(self, issues: list[Issue]) -> None:
        self.setObsolete(True)
        if shiboken6.isValid(self._wizard):
            self._wizard.show_summary(issues)
            return
        self._window.show_status(" ".join(translate_issue(i) for i in issues), STATUS_MS)


class _RecordCommand(_WizardCommand):
    """A record added (undo: tombstone it) or removed (undo: bring it back). The first redo
    is the operation already done when the command is pushed."""

    def __init__(
        self, wizard: CommandHost, text: str, table: str, row_id: uuid.UUID, *, added: bool
    ) -> None:
        super().__init__(wizard, text)
        self._table = table
        self._row_id = row_id
        self._added = added
        self._first = True

    def _set(self, deleted: bool) -> None:
        from desktop.core.records import set_record_deleted

        self._attempt(set_record_deleted, table=self._table, row_id=self._row_id, deleted=deleted)

    def redo(self) -> None:
        if self._first:
            self._first = False
            if self._added:
                return
        self._set(not self._added)

    def undo(self) -> None:
        self._set(self._added)


class UpdateCommand(_WizardCommand):
    """A record changed in place: undo runs the operation with the old values, redo with the
    new ones. The first redo is the change already made when the command is pushed."""

    def __init__(
        self,
        wizard: CommandHost,
        text: str,
        operation: Operation,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
    ) -> None:
        super().__init__(wizard, text)
        self._operation = operation
        self._before = dict(before)
        self._after = dict(after)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._attempt(self._operation, **self._after)

    def undo(self) -> None:
        self._attempt(self._operation, **self._before)


def _name(operation: Operation) -> str:
    return getattr(operation, "__name__", type(operation).__name__)
