"""Undoable commands: each calls core operations through the window, never touches views."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from desktop.core.changes import Changes
    from desktop.ui.dialogs.new_program import ProgramDraft

Execute = Callable[..., "Changes | None"]  # runs an operation; None when it was refused


class CreateProgramCommand(QUndoCommand):
    """Creating a program; undo tombstones it, redo brings the same program back."""

    def __init__(self, execute: Execute, draft: ProgramDraft) -> None:
        text = QCoreApplication.translate("Commands", "creating program “{name}”")
        super().__init__(text.format(name=draft.name))
        self._execute = execute
        self._draft = draft
        self.program_id: uuid.UUID | None = None

    def redo(self) -> None:
        from desktop.core.programs import create_program

        if self.program_id is not None:
            self._set_deleted(False)
            return
        draft = self._draft
        changes = self._execute(
            create_program,
            village_code=draft.village.code,
            name=draft.name,
            start_date=draft.start_date,
            end_date=draft.end_date,
            description=draft.description,
        )
        if changes is None or not changes.created:
            self.setObsolete(True)  # refused: the stack drops the command
            return
        self.program_id = changes.created[0]

    def undo(self) -> None:
        self._set_deleted(True)

    def _set_deleted(self, deleted: bool) -> None:
        from desktop.core.programs import set_program_deleted

        arguments: dict[str, Any] = {"program_id": self.program_id, "deleted": deleted}
        if self._execute(set_program_deleted, **arguments) is None:
            self.setObsolete(True)
