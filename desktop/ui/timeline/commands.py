"""Undoable edits of the timeline: each command runs core operations (never touches bars),
all its steps in one transaction, so a move with its shifted successors undoes in one step."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from desktop.core.changes import Changes

Operation = Callable[[Session], Changes]
Runner = Callable[[Callable[[Session], Changes]], Changes]


class TimelineCommand(QUndoCommand):
    """Steps of (do, undo) operations. ``run`` opens a session and transaction around a
    callable and tells the window what changed; ``on_error`` shows a refusal."""

    def __init__(
        self,
        text: str,
        run: Runner,
        steps: Sequence[tuple[Operation, Operation]],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(text)
        self._run = run
        self._steps = list(steps)
        self._on_error = on_error
        self._already_done = False

    def execute(self) -> Changes:
        """Run the steps the first time; raises what the operations raise (nothing changes
        then), and the command goes on the stack only when this succeeded."""
        changes = self._run(self._do_all)
        self._already_done = True
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
        try:
            self._run(self._do_all)
        except Exception as exc:
            self._on_error(exc)

    def undo(self) -> None:
        try:
            self._run(self._undo_all)
        except Exception as exc:
            self._on_error(exc)
