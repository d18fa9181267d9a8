"""The stage's steps down the side of its wizard: what each still lacks, and going to one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget, QWizardPage

from desktop.core.stages.step_marks import StepMark

if TYPE_CHECKING:
    from desktop.core.stages.base import Flow


class StepsHost(Protocol):
    """What the panel needs of its wizard: the flow, its pages, and going back and forth."""

    @property
    def flow(self) -> Flow:
        """The stage's steps."""

    def current_step(self) -> str:
        """The id of the step shown."""

    def page_for(self, step_id: str) -> QWizardPage | None:
        """The page of a step."""

    def currentId(self) -> int:
        """The wizard's current page number."""

    def back(self) -> None:
        """Go one page back."""

    def next(self) -> None:
        """Go one page on (refused where the step lacks something)."""


class StepsPanel(QListWidget):
    """The stage's steps down the wizard's side: ✓ for a step that holds what it needs, ○ for
    one that still lacks something (or needs a first record), · for an optional step with
    nothing in it yet, the current step in bold. Choosing an earlier step goes back to
    it; a later one walks forward with Next, stopping where a step still lacks something."""

    def __init__(self, wizard: StepsHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wizard_ = wizard
        self.setObjectName("wizardSteps")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays on the page's fields
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setWordWrap(True)
        self.setFixedWidth(180)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # long step names wrap
        self.setSpacing(3)
        self.setStyleSheet("QListWidget#wizardSteps { background: transparent; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(self._chosen)
        self._marks: dict[str, StepMark] = {}

    def refresh(self, marks: Mapping[str, StepMark] | None = None) -> None:
        if marks is not None:
            self._marks = dict(marks)
        current = self.wizard_.current_step()
        self.clear()
        for number, step in enumerate(self.wizard_.flow.steps, 1):
            page = self.wizard_.page_for(step.id)
            title = page.title() if page is not None and page.title() else step.title
            if title == step.title:
                title = QCoreApplication.translate("Issues", step.title)
            glyph, hint = self._shown(self._marks.get(step.id), optional=step.optional)
            item = QListWidgetItem(self._wrapped(f"{glyph}  {number}. {title}", step.id == current))
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setToolTip(hint)
            if step.id == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)

    def _shown(self, mark: StepMark | None, *, optional: bool) -> tuple[str, str]:
        """The glyph before a step and the sentence a pointer (or screen reader) gets."""
        if mark is StepMark.DONE:
            return "✓", self.tr("This step holds what it needs.")
        if mark is StepMark.LACKING:
            return "○", self.tr("This step still lacks something.")
        if mark is StepMark.EMPTY and not optional:
            return "○", self.tr("Nothing is recorded in this step yet.")
        if mark is StepMark.EMPTY:
            return "·", self.tr("Optional: nothing is recorded in this step yet.")
        return "·", ""

    def _wrapped(self, text: str, bold: bool) -> str:
        """Line breaks between words where the panel is too narrow (the view would cut the
        text short with "…" instead)."""
        font = QFont(self.font())
        font.setBold(bold)
        metrics = QFontMetrics(font)
        room = self.width() - 24
        lines: list[str] = []
        for word in text.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(lines)

    def _chosen(self, item: QListWidgetItem) -> None:
        target = self.wizard_.flow.step_ids.index(item.data(Qt.ItemDataRole.UserRole))
        wizard = self.wizard_
        while wizard.currentId() > target:
            wizard.back()
        while wizard.currentId() < target:
            before = wizard.currentId()
            wizard.next()
            if wizard.currentId() == before:  # the step refused: its messages show
                break
        self.refresh()
