"""Small building blocks of the overview: a card with a figure, and a two-part share bar."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
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
