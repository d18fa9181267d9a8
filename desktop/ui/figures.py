"""Small building blocks of the overview: a card with a figure, a two-part share bar, a monthly
sparkline and a drawn status mark."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui import theme


class ShareBar(QWidget):
    """A thin bar split in two shares; empty (grey) when there is nothing to share."""

    def __init__(self, first: QColor, second: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first = first
        self._second = second
        self._share: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(120, 8)

    def set_share(self, share: float | None) -> None:
        self._share = share
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        whole = QRectF(self.rect()).adjusted(0, 1, 0, -1)
        radius = whole.height() / 2
        painter.setBrush(self._second if self._share is not None else theme.LINE)
        painter.drawRoundedRect(whole, radius, radius)
        if self._share:
            part = QRectF(whole)
            part.setWidth(max(whole.height(), whole.width() * min(1.0, self._share)))
            painter.setBrush(self._first)
            painter.drawRoundedRect(part, radius, radius)
        painter.end()


class FigureCard(QFrame):
    """A titled figure with a line of detail under it, and room for an optional bar."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(4)
        self.title = QLabel(title, self)
        self.title.setObjectName("figureTitle")
        self.title.setWordWrap(True)
        self.value = QLabel(self)
        self.value.setObjectName("figureValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(self)
        self.detail.setObjectName("figureDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        self.bar_slot = QVBoxLayout()
        self.bar_slot.setContentsMargins(0, 2, 0, 2)
        layout.addLayout(self.bar_slot)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def add_bar(self, bar: QWidget) -> None:
        self.bar_slot.addWidget(bar)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.title.text()}: {value}. {detail}".strip())


def status_icon(warning: bool, size: int = 16) -> QPixmap:
    """A round mark drawn in the theme's colours: an exclamation for a warning, a tick when
    all is well. Always beside words, never the only signal."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.IN_PROGRESS if warning else theme.DONE)
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    pen = QPen(QColor("white"), size / 8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = float(size)
    if warning:
        painter.drawLine(QPointF(s / 2, s * 0.25), QPointF(s / 2, s * 0.56))
        painter.drawPoint(QPointF(s / 2, s * 0.75))
    else:
        tick = QPainterPath(QPointF(s * 0.28, s * 0.52))
        tick.lineTo(s * 0.44, s * 0.68)
        tick.lineTo(s * 0.73, s * 0.35)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    painter.end()
    return pixmap


class Sparkline(QWidget):
    """A month-by-month line (0..100%) with the threshold dashed across it. Months without
    data are skipped, not drawn as zero. The month the card's figure is of (``now``) has the
    big dot; the months after it (planned, not yet done) are drawn dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: tuple[float | None, ...] = ()
        self.threshold: float | None = None
        self.lower_is_better = False
        self.now: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(80)

    def sizeHint(self) -> QSize:
        return QSize(200, 44)

    def set_series(
        self,
        values: Sequence[float | None],
        threshold: float | None,
        lower_is_better: bool,
        now: int | None = None,
    ) -> None:
        self.values = tuple(values)
        self.threshold = threshold
        self.lower_is_better = lower_is_better
        self.now = now
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 5, -4, -5)
        painter.setPen(QPen(theme.LINE, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        count = len(self.values)

        def x(index: int) -> float:
            return (
                area.center().x() if count < 2 else area.left() + area.width() * index / (count - 1)
            )

        def y(value: float) -> float:
            return area.bottom() - area.height() * min(1.0, max(0.0, value))

        if self.threshold is not None:
            dashed = QPen(theme.TEXT_MUTED, 1, Qt.PenStyle.DashLine)
            painter.setPen(dashed)
            level = y(self.threshold)
            painter.drawLine(QPointF(area.left(), level), QPointF(area.right(), level))
        now = len(self.values) - 1 if self.now is None else self.now
        done = [
            QPointF(x(i), y(v)) for i, v in enumerate(self.values) if v is not None and i <= now
        ]
        later = [
            QPointF(x(i), y(v)) for i, v in enumerate(self.values) if v is not None and i > now
        ]
        for points, style in (
            (done[-1:] + later, Qt.PenStyle.DashLine),
            (done, Qt.PenStyle.SolidLine),
        ):
            if len(points) < 2:
                continue
            line = QPen(theme.ACCENT if style is Qt.PenStyle.SolidLine else theme.TEXT_MUTED, 2)
            line.setStyle(style)
            line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            line.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(line)
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.ACCENT)
        for point in done[:-1]:
            painter.drawEllipse(point, 1.8, 1.8)
        if done:
            painter.setBrush(theme.ACCENT_DARK)
            painter.drawEllipse(done[-1], 3.2, 3.2)
        painter.end()
