"""The office's verdicts under the overview's stepper: a line for each stage the office reviewed
(accepted, or what needs changing, and whether the stage changed since), and on an office's
database the button that records a verdict (:mod:`desktop.ui.review_verdict`).

The texts that say a verdict are here too, for the stage wizard's banner to say it the same way.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.domain import Stage
from desktop.ui import accessibility, formatting, theme
from desktop.ui.vocabulary import stage_name

if TYPE_CHECKING:
    from desktop.core.reviews import ReviewState, VerdictView
    from desktop.ui.workspace import Workspace

NOTE_SHOWN = 70  # characters of a note on the overview's line; the tooltip has it whole


def reviewed_on(view: VerdictView) -> str:
    """The day of the verdict, where the reader is."""
    return formatting.short_date(view.reviewed_at.astimezone().date())


def verdict_line(view: VerdictView, *, note_chars: int | None = NOTE_SHOWN) -> str:
    """The verdict in a few words: "Accepted by the office, 3 Mar 2026", or "Needs changes:"
    and the note (cut short at ``note_chars``; without the note for None), and whether the
    stage changed after it."""
    if view.accepted:
        text = QCoreApplication.translate("Verdicts", "Accepted by the office, {date}").format(
            date=reviewed_on(view)
        )
    elif note_chars is None:
        text = QCoreApplication.translate("Verdicts", "Needs changes")
    else:
        note = " ".join(view.note.split())
        if len(note) > note_chars:
            note = note[: note_chars - 1].rstrip() + "…"
        text = QCoreApplication.translate("Verdicts", "Needs changes: {note}").format(note=note)
    if view.amended:
        text += " · " + QCoreApplication.translate("Verdicts", "changed after the review")
    return text


def reviewed_by(view: VerdictView) -> str:
    return QCoreApplication.translate("Verdicts", "Reviewed by {office} on {date}").format(
        office=view.reviewer, date=reviewed_on(view)
    )


def verdict_colour(view: VerdictView) -> str:
    return (theme.DONE if view.accepted else theme.IN_PROGRESS).name()


class VerdictBadges(QWidget):
    """The verdicts on one program's stages; hidden while there are none (and not an office)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBadges")
        self.workspace: Workspace | None = None
        self.program_id: uuid.UUID | None = None
        self.state: ReviewState | None = None
        self._request = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 0)
        layout.setSpacing(3)
        self.lines: dict[Stage, QLabel] = {}
        for stage in Stage:
            line = QLabel(self)
            line.setObjectName("verdictLine")
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.hide()
            layout.addWidget(line)
            self.lines[stage] = line
        row = QHBoxLayout()
        row.addStretch(1)
        self.review_button = QPushButton(self.tr("Review a stage…"), self)
        self.review_button.setToolTip(
            self.tr("Record the office's verdict on a stage: accepted, or what needs changing.")
        )
        self.review_button.clicked.connect(self.review)
        row.addWidget(self.review_button)
        layout.addLayout(row)
        self.review_button.hide()
        self.hide()
        accessibility.name_widgets(self)

    def load(self, workspace: Workspace | None, program_id: uuid.UUID) -> None:
        """Read the program's verdicts (off the window's thread) and show them."""
        self.workspace, self.program_id = workspace, program_id
        if workspace is None:
            return
        from desktop.core.reviews import review_state

        self._request += 1
        request = self._request
        workspace.fetch(
            lambda session: review_state(session, program_id),
            lambda state: self._arrived(request, state),
            owner=self,
        )

    def reload(self) -> None:
        if self.program_id is not None:
            self.load(self.workspace, self.program_id)

    def _arrived(self, request: int, state: ReviewState) -> None:
        if request == self._request:
            self.display(state)

    def display(self, state: ReviewState) -> None:
        self.state = state
        for stage, line in self.lines.items():
            view = state.verdicts.get(stage.number)
            line.setVisible(view is not None)
            if view is None:
                continue
            line.setText(f"{stage.number}. {stage_name(stage)} — {verdict_line(view)}")
            line.setStyleSheet(f"color: {verdict_colour(view)};")
            tip = [reviewed_by(view)]
            if view.note:
                tip.append(view.note)
            line.setToolTip("\n\n".join(tip))
        self.review_button.setVisible(state.office)
        self.review_button.setEnabled(bool(state.reported))
        self.setVisible(bool(state.verdicts) or state.office)

    def review(self) -> None:
        """Open the dialog that records a verdict (an office's database only)."""
        if self.workspace is None or self.program_id is None or self.state is None:
            return
        from desktop.ui.review_verdict import review_stage

        self.dialog = review_stage(self, self.workspace, self.program_id, self.state, self.reload)
