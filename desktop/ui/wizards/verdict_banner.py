"""The office's verdict at the top of a stage wizard: accepted, or what needs changing (the
whole note), who reviewed it and when, and whether the stage changed after the review."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget, QWizard

from desktop.core.domain import Stage
from desktop.ui.verdict_badges import reviewed_by, verdict_colour, verdict_line

if TYPE_CHECKING:
    from desktop.core.changes import Changes
    from desktop.core.reviews import VerdictView
    from desktop.ui.context import WindowContext


class VerdictBanner(QFrame):
    """One page's banner; hidden while the stage has no verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        self.headline = QLabel(self)
        self.headline.setObjectName("verdictHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.byline = QLabel(self)
        self.byline.setObjectName("muted")
        for label in (self.headline, self.note, self.byline):
            layout.addWidget(label)
        self.hide()

    def show_verdict(self, view: VerdictView | None) -> None:
        self.setVisible(view is not None)
        if view is None:
            return
        colour = verdict_colour(view)
        self.setStyleSheet(
            f"QFrame#verdictBanner {{ border: 1px solid {colour}; border-left: 4px solid "
            f"{colour}; border-radius: 4px; }}"
        )
        self.headline.setStyleSheet(f"color: {colour};")
        self.headline.setText(verdict_line(view, note_chars=None))
        self.note.setText(view.note)
        self.note.setVisible(bool(view.note))
        self.byline.setText(reviewed_by(view))


class VerdictBanners(QObject):
    """A banner at the top of each page of a stage's wizard, read again when the program
    changes (an amendment shows at once)."""

    def __init__(
        self,
        wizard: QWizard,
        stage: Stage,
        program_id: uuid.UUID,
        window: WindowContext,
    ) -> None:
        super().__init__(wizard)
        self.stage, self.program_id, self.window = stage, program_id, window
        self.banners: list[VerdictBanner] = []
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            layout = page.layout()
            if isinstance(layout, QVBoxLayout):
                banner = VerdictBanner(page)
                layout.insertWidget(0, banner)
                self.banners.append(banner)
        self.refresh()
        window.operation_executed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if self.program_id in changes.program_ids:
            self.refresh()

    def refresh(self) -> None:
        from desktop.core.reviews import verdicts

        workspace = self.window.workspace
        if workspace is None:
            return
        found = workspace.read(lambda session: verdicts(session, self.program_id))
        view = found.get(self.stage.number)
        for banner in self.banners:
            banner.show_verdict(view)
        self.view: VerdictView | None = view
