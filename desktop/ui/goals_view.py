"""The six goals on the overview: under each goal, its indicators with baseline, target,
latest value and how far toward the target they have come."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.domain import Goal
from desktop.ui import formatting, theme
from desktop.ui.figures import ShareBar
from desktop.ui.vocabulary import goal_name

if TYPE_CHECKING:
    from desktop.core.goals import GoalStatus, IndicatorStatus

MONEY_UNITS = frozenset({"rp", "rupiah", "idr"})
PERCENT_UNITS = frozenset({"%", "persen", "percent"})


def style() -> str:
    """The card's look, its small text scaled to the application's font (see theme)."""
    small = theme.font_size(8.5)
    return f"""
QLabel#goalName {{ font-weight: 600; color: {theme.TEXT.name()}; }}
QLabel#columnHead {{ {small}; font-weight: 600; color: {theme.TEXT_MUTED.name()}; }}
QLabel#behind {{ color: {theme.ERROR.name()}; {small}; }}
QLabel#onTrack {{ color: {theme.DONE.name()}; {small}; }}
QLabel#partCount {{ {small}; color: {theme.TEXT_MUTED.name()}; }}
QFrame#goalRule {{ background: {theme.LINE.name()}; border: none; }}
"""


def indicator_value(value: float | None, unit: str) -> str:
    """A value in its unit: Rupiah the Indonesian way, percents glued, other units after."""
    if value is None:
        return formatting.NOTHING
    plain = unit.strip()
    if plain.lower() in MONEY_UNITS:
        return formatting.rupiah(round(value))
    text = formatting.number(value, 1)
    if plain.lower() in PERCENT_UNITS:
        return f"{text}%"
    return f"{text} {plain}" if plain else text


def progress_text(status: IndicatorStatus) -> tuple[str, str]:
    """How far the indicator has come, in words, and the style name its words take."""
    if status.latest is None:
        return QCoreApplication.translate("Goals", "not measured yet"), "partCount"
    share = formatting.percent(status.progress) if status.progress is not None else None
    if status.achieved:
        return QCoreApplication.translate("Goals", "target reached"), "onTrack"
    if status.on_track:
        return (
            QCoreApplication.translate("Goals", "{share} of the way · on track").format(
                share=share or formatting.NOTHING
            ),
            "onTrack",
        )
    if status.progress is not None and status.progress < 0:
        return QCoreApplication.translate("Goals", "went the wrong way · behind"), "behind"
    return (
        QCoreApplication.translate("Goals", "{share} of the way · behind").format(
            share=share or formatting.NOTHING
        ),
        "behind",
    )


class GoalsPanel(QFrame):
    """One card: a table per goal, its columns shared so the figures line up down the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(style())
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 14)
        self.table: QWidget | None = None
        self.rows: dict[Goal, list[list[str]]] = {}  # what each goal's rows say, for tests
        self.clear()

    def clear(self) -> None:
        self._replace(QLabel(QCoreApplication.translate("Goals", "Counting…")))
        self.rows = {}

    def _replace(self, widget: QWidget) -> None:
        if self.table is not None:
            self.table.hide()
            self.table.deleteLater()
        self.table = widget
        widget.setParent(self)
        self._layout.addWidget(widget)

    def show_goals(self, goals: Sequence[GoalStatus]) -> None:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(4, 2)
        heads = (
            QCoreApplication.translate("Goals", "Indicator"),
            QCoreApplication.translate("Goals", "Baseline"),
            QCoreApplication.translate("Goals", "Target"),
            QCoreApplication.translate("Goals", "Latest"),
            QCoreApplication.translate("Goals", "Progress toward the target"),
        )
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        for column, text in enumerate(heads):
            head = QLabel(text, holder)
            head.setObjectName("columnHead")
            head.setWordWrap(True)
            if column in (1, 2, 3):
                head.setAlignment(right)
            grid.addWidget(head, 0, column, Qt.AlignmentFlag.AlignBottom)
        row = 1
        self.rows = {}
        for number, status in enumerate(goals, 1):
            rule = QFrame(holder)
            rule.setObjectName("goalRule")
            rule.setFixedHeight(1)
            grid.addWidget(rule, row, 0, 1, len(heads))
            row += 1
            name = QLabel(f"{number}. {goal_name(status.goal)}", holder)
            name.setObjectName("goalName")
            grid.addWidget(name, row, 0, 1, len(heads))
            row += 1
            said: list[list[str]] = []
            self.rows[status.goal] = said
            if not status.indicators:
                none = QLabel(
                    QCoreApplication.translate("Goals", "No indicator set for this goal yet."),
                    holder,
                )
                none.setObjectName("partCount")
                grid.addWidget(none, row, 0, 1, len(heads))
                row += 1
                continue
            for indicator in status.indicators:
                texts = self._indicator_row(grid, row, indicator, holder)
                said.append(texts)
                row += 1
        self._replace(holder)

    def _indicator_row(
        self, grid: QGridLayout, row: int, indicator: IndicatorStatus, holder: QWidget
    ) -> list[str]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        name = QLabel(indicator.name, holder)
        name.setWordWrap(True)
        grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        values = [
            indicator_value(indicator.baseline, indicator.unit),
            indicator_value(indicator.target, indicator.unit),
            indicator_value(indicator.latest, indicator.unit),
        ]
        for column, text in enumerate(values, 1):
            label = QLabel(text, holder)
            label.setAlignment(right)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row, column, right)
        if indicator.latest_on is not None:  # the last label made is the latest value
            label.setToolTip(
                QCoreApplication.translate("Goals", "measured {date}").format(
                    date=formatting.long_date(indicator.latest_on)
                )
            )
        progress = QWidget(holder)
        stack = QVBoxLayout(progress)
        stack.setContentsMargins(0, 3, 0, 0)
        stack.setSpacing(2)
        bar = ShareBar(theme.ACCENT, theme.LINE, progress)
        share = indicator.progress
        bar.set_share(None if share is None else max(0.0, min(1.0, share)))
        words, style = progress_text(indicator)
        said = QLabel(words, progress)
        said.setObjectName(style)
        said.setWordWrap(True)
        stack.addWidget(bar)
        stack.addWidget(said)
        grid.addWidget(progress, row, 4, Qt.AlignmentFlag.AlignTop)
        return [indicator.name, *values, words]
