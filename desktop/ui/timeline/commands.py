"""Undoable edits of the timeline: each command runs core operations (never touches bars),
all its steps in one transaction, so a move with its shifted successors undoes in one step."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.errors import ValidationError

log = logging.getLogger(__name__)

Operation = Callable[[Session], Changes]
Runner = Callable[[Callable[[Session], Changes]], Changes]


class TimelineCommand(QUndoCommand):
    """Steps of (do, undo) operations. ``run`` opens a session and transaction around a
    callable (nothing changes when it raises); ``on_done`` tells the window what changed;
    ``on_error`` shows a refusal.

    An undo or redo the database refuses leaves the database as it was, so the command makes
    itself obsolete: ``QUndoStack`` then drops it and keeps its index where the database is
    (a failed undo stays done, a failed redo stays undone), instead of offering to undo what
    was never done or redo what is still there."""

    def __init__(
        self,
        text: str,
        run: Runner,
        steps: Sequence[tuple[Operation, Operation]],
        *,
        on_done: Callable[[Changes], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(text)
        self._run = run
        self._steps = list(steps)
        self._on_done = on_done
        self._on_error = on_error
        self._already_done = False

    def execute(self) -> Changes:
        """Run the steps the first time; raises what the operations raise (nothing changes
        then), and the command goes on the stack only when this succeeded."""
        changes = self._run(self._do_all)
        self._already_done = True
        self._on_done(changes)
        return changes

    def _do_all(self, session: Session) -> Changes:
        changes = Changes()
        for do, _undo in self._steps:
            changes = changes | do(session)
        return changes

    def _undo_all(self, session: Session) -> Changes:
        changes = Changes()
        for _do, undo in reversed(self._steps):
            changes = changes | undo(session)
        return changes

    def redo(self) -> None:
        if self._already_done:  # QUndoStack.push calls redo(); the work is done already
            self._already_done = False
            return
        self._apply(self._do_all, "redone")

    def undo(self) -> None:
        self._apply(self._undo_all, "undone")

    def _apply(self, operation: Operation, verb: str) -> None:
        try:
            changes = self._run(operation)
        except ValidationError as exc:  # the core refused: the program was closed meanwhile
            self.setObsolete(True)
            self._on_error(exc)
            return
        except Exception as exc:  # a failure the core did not foresee: the log keeps it
            log.exception("A timeline edit could not be %s; dropped from the undo stack", verb)
            self.setObsolete(True)
            self._on_error(exc)
            return
        self._on_done(changes)
