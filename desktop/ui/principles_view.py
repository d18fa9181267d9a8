"""The four principles on the overview: a card each with the figure, its parts, a monthly
trend and, in words, whether it stays on the right side of the user's threshold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import Principle
from desktop.ui import formatting, theme
from desktop.ui.figures import Sparkline, status_icon
from desktop.ui.principle_cards import CardContent, card_content, month_text
from desktop.ui.vocabulary import principle_name, principle_question

if TYPE_CHECKING:
    from desktop.core.principles.results import PrincipleScores

ORDER = (
    Principle.EQUALITY,
    Principle.PARTICIPATION,
    Principle.SUSTAINABILITY,
    Principle.SELF_RELIANCE,
)

NARROW = 620  # below this width (pixels) the cards stand one under the other


def style() -> str:
    """The cards' look, their text sizes scaled to the application's font (see theme)."""
    return f"""
QLabel#principleName {{ {theme.font_size(11)}; font-weight: 600; color: {theme.TEXT.name()}; }}
QLabel#partValue {{ font-weight: 600; color: {theme.TEXT.name()}; }}
QLabel#partCount {{ {theme.font_size(8.5)}; color: {theme.TEXT_MUTED.name()}; }}
QLabel#warning {{ color: {theme.ERROR.name()}; }}
QLabel#calm {{ {theme.font_size(10.5)}; color: {theme.TEXT_MUTED.name()}; }}
"""


class _StatusLine(QWidget):
    """A drawn mark beside a line of words that wraps."""

    def __init__(self, text: str, warning: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        mark = QLabel(self)
        mark.setPixmap(status_icon(warning))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setObjectName("warning" if warning else "muted")
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)


class PrincipleCard(QFrame):
    """One principle: name, question, figure, parts, trend and status in words."""

    def __init__(self, principle: Principle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.principle = principle
        self.content: CardContent | None = None
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(4)
        self.name = QLabel(principle_name(principle), self)
        self.name.setObjectName("principleName")
        self.question = QLabel(principle_question(principle), self)
        self.question.setObjectName("figureDetail")
        self.question.setWordWrap(True)
        layout.addWidget(self.name)
        layout.addWidget(self.question)
        layout.addSpacing(4)

        figure_row = QHBoxLayout()
        figure_row.setSpacing(10)
        self.value = QLabel(self)
        self.value.setObjectName("figureValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(self)
        self.caption.setObjectName("figureDetail")
        self.caption.setWordWrap(True)
        figure_row.addWidget(self.value, 0, Qt.AlignmentFlag.AlignVCenter)
        figure_row.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(figure_row)
        self.empty = QLabel(self)
        self.empty.setObjectName("calm")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        self.parts = QGridLayout()
        self.parts.setHorizontalSpacing(10)
        self.parts.setVerticalSpacing(2)
        self.parts.setColumnStretch(0, 1)
        layout.addLayout(self.parts)
        layout.addSpacing(6)
        self.sparkline = Sparkline(self)
        self.trend_caption = QLabel(self)
        self.trend_caption.setObjectName("partCount")
        self.trend_caption.setWordWrap(True)
        layout.addWidget(self.sparkline)
        layout.addWidget(self.trend_caption)
        layout.addSpacing(4)
        self.status = QVBoxLayout()
        self.status.setSpacing(4)
        layout.addLayout(self.status)
        layout.addStretch(1)

    def show_content(self, content: CardContent) -> None:
        self.content = content
        _clear(self.parts)
        _clear(self.status)
        empty = bool(content.empty)
        self.empty.setText(content.empty)
        self.empty.setVisible(empty)
        for widget in (self.value, self.caption, self.sparkline, self.trend_caption):
            widget.setVisible(not empty)
        self.value.setText(content.figure)
        self.caption.setText(content.caption)
        for row, part in enumerate(content.parts):
            name = QLabel(part.name, self)
            name.setObjectName("muted")
            name.setWordWrap(True)
            value = QLabel(part.value, self)
            value.setObjectName("partValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.parts.addWidget(name, row, 0)
            self.parts.addWidget(value, row, 1)
            if part.count:
                count = QLabel(part.count, self)
                count.setObjectName("partCount")
                count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.parts.addWidget(count, row, 2)
        self.sparkline.set_series(
            content.trend, content.threshold, content.lower_is_better, content.now
        )
        self.sparkline.setAccessibleName(content.trend_caption)
        self.sparkline.setToolTip(self._trend_tip(content))
        self.trend_caption.setText(content.trend_caption)
        if not empty:
            for text in content.warnings:
                self.status.addWidget(_StatusLine(text, True, self))
            if not content.warnings and content.fine:
                self.status.addWidget(_StatusLine(content.fine, False, self))
        said = content.empty or f"{content.figure} {content.caption}"
        self.setAccessibleName(f"{self.name.text()}: {said}")
        self.setAccessibleDescription(" ".join(content.warnings or (content.fine,)))

    def warnings(self) -> list[str]:
        return list(self.content.warnings) if self.content and not self.content.empty else []

    def _trend_tip(self, content: CardContent) -> str:
        now = len(content.trend) - 1 if content.now is None else content.now
        planned = self.tr("{share} (planned)")
        return "\n".join(
            f"{month_text(month)}: "
            + (planned if n > now else "{share}").format(share=formatting.percent(value))
            for n, (month, value) in enumerate(zip(content.months, content.trend, strict=False))
            if value is not None
        )


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class PrinciplesPanel(QWidget):
    """The four cards, two by two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(style())
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.cards = {p: PrincipleCard(p, self) for p in ORDER}
        self.columns = 0
        self._arrange(2)
        self.clear()

    def _arrange(self, columns: int) -> None:
        """Two by two, or one under the other when the page is too narrow for two."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for index, principle in enumerate(ORDER):
            self.grid.addWidget(self.cards[principle], index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def fit_width(self, width: int) -> None:
        """Arrange for the width the page can give (not the panel's own width: two columns
        would widen the page they are meant to fit)."""
        self._arrange(1 if width < NARROW else 2)

    def clear(self) -> None:
        """While a program's figures are being counted."""
        for card in self.cards.values():
            card.show_content(
                CardContent(
                    formatting.NOTHING,
                    "",
                    empty=QCoreApplication.translate("Principles", "Counting…"),
                )
            )

    def show_scores(self, scores: PrincipleScores, *, closed: bool = False) -> None:
        by_principle = scores.by_principle()
        for principle, card in self.cards.items():
            card.show_content(card_content(by_principle[principle], closed=closed))
