"""The seven stages as a stepper: numbered circles on a line, each with its name and status.

Status shows by shape as well as colour: a dashed empty circle (not started), a solid circle
with a halo ring (in progress), a solid circle with a tick (done).

A stage is opened (``stage_activated``) by a click, or from the keyboard: Tab to the stepper,
Left/Right to move between stages (a focus ring shows which), Enter or Space to open.
A screen reader sees the seven stages as buttons named by number, name and status, each with a
press action that opens it (``StepperAccessible``, installed as a Qt accessibility factory).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QGridLayout, QLabel, QSizePolicy, QWidget

from desktop.core.domain import Stage, StageStatus
from desktop.ui import formatting, theme
from desktop.ui.accessibility import PaintedPart
from desktop.ui.vocabulary import stage_name, stage_purpose, status_name

if TYPE_CHECKING:
    from desktop.core.overview_values import StageSummary

RADIUS = 15
MIN_POINT_SIZE = 7.0  # below this the names are not worth reading: they may clip

STATUS_COLOURS = {
    StageStatus.NOT_STARTED: theme.NOT_STARTED,
    StageStatus.IN_PROGRESS: theme.IN_PROGRESS,
    StageStatus.DONE: theme.DONE,
}
STATUS_MARKS = {StageStatus.NOT_STARTED: "○", StageStatus.IN_PROGRESS: "◐", StageStatus.DONE: "✓"}


class _Track(QWidget):
    """The circles and the line between them, one column per stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statuses: list[StageStatus] = [StageStatus.NOT_STARTED] * len(Stage)
        self.focused: int | None = None  # the stage with the keyboard focus ring
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(7 * 90, 2 * RADIUS + 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * 40, 2 * RADIUS + 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(self.statuses)
        column = self.width() / count
        cy = self.height() / 2
        centres = [QPointF((i + 0.5) * column, cy) for i in range(count)]
        for i in range(count - 1):
            done = self.statuses[i] is StageStatus.DONE
            pen = QPen(theme.DONE if done else theme.LINE, 3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            start = centres[i].x() + RADIUS + 6
            end = centres[i + 1].x() - RADIUS - 6
            if end > start:
                painter.drawLine(QPointF(start, cy), QPointF(end, cy))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for number, (centre, status) in enumerate(zip(centres, self.statuses, strict=True), 1):
            self._paint_step(painter, centre, status, number)
        if self.focused is not None:
            ring = QPen(theme.ACCENT, 2, Qt.PenStyle.DotLine)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            c = centres[self.focused]
            painter.drawEllipse(c, RADIUS + 6.0, RADIUS + 6.0)
        painter.end()

    def _paint_step(
        self, painter: QPainter, centre: QPointF, status: StageStatus, number: int
    ) -> None:
        colour = STATUS_COLOURS[status]
        circle = QRectF(centre.x() - RADIUS, centre.y() - RADIUS, 2 * RADIUS, 2 * RADIUS)
        if status is StageStatus.DONE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(circle)
            tick = QPainterPath(QPointF(centre.x() - 6.5, centre.y() + 0.5))
            tick.lineTo(centre.x() - 2, centre.y() + 5)
            tick.lineTo(centre.x() + 7, centre.y() - 5)
            pen = QPen(QColor("white"), 3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
            return
        if status is StageStatus.IN_PROGRESS:
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle.adjusted(-5, -5, 5, 5))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(circle)
            painter.setPen(QColor("white"))
        else:
            pen = QPen(colour, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(theme.CARD)
            painter.drawEllipse(circle.adjusted(1, 1, -1, -1))
            painter.setPen(theme.TEXT_MUTED)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(number))


class StageStepper(QWidget):
    """Shows where a program stands in its seven stages; a stage clicked (or chosen with the
    keyboard) is announced by ``stage_activated`` so its wizard can open."""

    stage_activated = Signal(object)  # Stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageStepper")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Stages of the program"))
        self._current = 0
        self._track = _Track(self)
        self._names: list[QLabel] = []
        self._full_names: list[str] = [stage_name(stage) for stage in Stage]
        self._full_statuses: list[str] = [""] * len(Stage)
        self._statuses: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._track, 0, 0, 1, len(Stage))
        for column, stage in enumerate(Stage):
            name = QLabel(stage_name(stage), self)
            name.setObjectName("stageName")
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            name.setWordWrap(True)
            name.setContentsMargins(4, 0, 4, 0)
            name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            status = QLabel(self)
            status.setObjectName("stageStatus")
            status.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            status.setWordWrap(True)
            status.setContentsMargins(2, 0, 2, 0)
            status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(name, 1, column)
            grid.addWidget(status, 2, column)
            grid.setColumnStretch(column, 1)
            self._names.append(name)
            self._statuses.append(status)
        self.set_stages([])

    def set_stages(self, stages: Sequence[StageSummary]) -> None:
        by_stage = {s.stage: s for s in stages}
        statuses = [
            by_stage[stage].status if stage in by_stage else StageStatus.NOT_STARTED
            for stage in Stage
        ]
        current = next((i for i, s in enumerate(statuses) if s is not StageStatus.DONE), None)
        self._current = current if current is not None else len(statuses) - 1
        if self._track.focused is not None:
            self._track.focused = self._current
        self._track.statuses = statuses
        self._track.update()
        for i, stage in enumerate(Stage):
            status = statuses[i]
            name = self._names[i]
            name.setText(stage_name(stage))
            font = name.font()
            font.setBold(i == current)
            name.setFont(font)
            label = self._statuses[i]
            label.setText(status_name(status))
            self._full_names[i] = stage_name(stage)
            self._full_statuses[i] = status_name(status)
            label.setStyleSheet(f"color: {STATUS_COLOURS[status].name()};")
            summary = by_stage.get(stage)
            tip = [f"<b>{stage.number}. {stage_name(stage)}</b>", stage_purpose(stage)]
            tip.append(f"{STATUS_MARKS[status]} {status_name(status)}")
            if summary is not None and summary.started_on is not None:
                tip.append(
                    self.tr("Started {date}").format(date=formatting.long_date(summary.started_on))
                )
            if summary is not None and summary.completed_on is not None:
                tip.append(
                    self.tr("Completed {date}").format(
                        date=formatting.long_date(summary.completed_on)
                    )
                )
            name.setToolTip("<br>".join(tip))
            label.setToolTip(name.toolTip())
            name.setAccessibleName(f"{stage.number}. {stage_name(stage)}: {status_name(status)}")
        self._track.setToolTip(
            "<br>".join(
                f"{stage.number}. {stage_name(stage)} — {status_name(statuses[i])}"
                for i, stage in enumerate(Stage)
            )
        )

        self._fit_text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """Names and statuses wrap between words; when one word is wider than its column (a
        narrow window, Indonesian's long words), the text gets smaller, and at the smallest
        readable size a word that still does not fit is cut short with "…" (the tooltip and
        the chip above the stepper say it whole)."""
        column = self.width() / len(Stage) - 10  # the labels' margins, and some air
        labels = [*self._names, *self._statuses]
        texts = [*self._full_names, *self._full_statuses]
        words = [word for text in texts for word in text.split()]
        base = QFont(self.font())
        chosen = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        while chosen > MIN_POINT_SIZE:
            font = QFont(base)
            font.setPointSizeF(chosen)
            font.setBold(True)  # the widest case: the current stage's bold name
            if all(QFontMetricsF(font).horizontalAdvance(word) <= column for word in words):
                break
            chosen -= 0.5
        for label, text in zip(labels, texts, strict=True):
            font = label.font()
            scale = 0.9 if label in self._statuses else 1.0
            font.setPointSizeF(max(MIN_POINT_SIZE, chosen * scale))
            label.setFont(font)
            metrics = QFontMetricsF(font)
            label.setText(
                " ".join(
                    metrics.elidedText(word, Qt.TextElideMode.ElideRight, max(column + 2, 10))
                    for word in text.split()
                )
            )

    def stage_texts(self) -> list[tuple[str, str]]:
        """The name and status shown under each circle, in order."""
        return list(zip(self._full_names, self._full_statuses, strict=True))

    # --- opening a stage --------------------------------------------------------------------
    def stage_at(self, x: float) -> Stage:
        """The stage whose column holds ``x`` (in the stepper's coordinates)."""
        stages = list(Stage)
        column = int(x * len(stages) / max(self.width(), 1))
        return stages[min(max(column, 0), len(stages) - 1)]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.stage_activated.emit(self.stage_at(event.position().x()))
            event.accept()
            return
        super().mousePressEvent(event)

    def focused_index(self) -> int | None:
        return self._track.focused

    def focused_stage(self) -> Stage | None:
        return list(Stage)[self._track.focused] if self._track.focused is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self._track.focused if self._track.focused is not None else self._current
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self._track.focused = min(max(index + step, 0), len(Stage) - 1)
            self._track.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._track.focused = index
            self.stage_activated.emit(list(Stage)[index])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:
        self._track.focused = self._current
        self._track.update()
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: object) -> None:
        self._track.focused = None
        self._track.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]


# --- what a screen reader sees -----------------------------------------------------------------
class _StagePress(QAccessibleActionInterface):
    """Press: open the stage, as a click or Enter does."""

    def __init__(self, item: _StageItem) -> None:
        super().__init__()
        self._item = item

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self._item.stepper.stage_activated.emit(list(Stage)[self._item.index])

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []


class _StageItem(PaintedPart):
    """One stage of the stepper: its number and name, its status, and a press that opens it."""

    def __init__(self, owner: StepperAccessible, index: int) -> None:
        super().__init__(owner, owner.stepper)
        self.stepper: StageStepper = owner.stepper
        self.index = index
        self._press = _StagePress(self)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        return self._press if kind == QAccessible.InterfaceType.ActionInterface else None

    def text(self, kind: QAccessible.Text) -> str:
        name, status = self.stepper.stage_texts()[self.index]
        if kind == QAccessible.Text.Name:
            return f"{self.index + 1}. {name}"
        if kind == QAccessible.Text.Description:
            return status
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """The stages' names are the program's own."""

    def rect(self) -> QRect:
        column = self.stepper.width() / len(Stage)
        corner = self.stepper.mapToGlobal(QPoint(int(self.index * column), 0))
        return QRect(corner, QSize(int(column), self.stepper.height()))

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Button

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.focused = self.stepper.hasFocus() and self.stepper.focused_index() == self.index
        return state


class StepperAccessible(QAccessibleWidget):
    """The stepper as a list of its seven stages (the painted circles and the labels under them
    are one thing to a screen reader)."""

    def __init__(self, stepper: StageStepper) -> None:
        super().__init__(stepper, QAccessible.Role.List, "")
        self.stepper = stepper
        self._items = [_StageItem(self, i) for i in range(len(Stage))]

    def childCount(self) -> int:
        return len(self._items)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, item in enumerate(self._items) if item is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        point = self.stepper.mapFromGlobal(QPoint(x, y))
        if not self.stepper.rect().contains(point):
            return None
        return self._items[list(Stage).index(self.stepper.stage_at(point.x()))]

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        index = self.stepper.focused_index()
        return self._items[index] if self.stepper.hasFocus() and index is not None else None


def _accessible(key: str, target: QObject) -> QAccessibleInterface | None:
    return StepperAccessible(target) if isinstance(target, StageStepper) else None


QAccessible.installFactory(_accessible)
