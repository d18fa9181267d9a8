"""The quiet pages: welcome on an empty database, hints, and the page when nothing is open."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui import theme


class _Emblem(QWidget):
    """A drawn emblem: three figures under a roof, the community at home."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(120, 96))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.ACCENT_SOFT)
        painter.drawEllipse(QRectF(10, 6, 100, 86))
        roof = QPainterPath(QPointF(22, 44))
        roof.lineTo(60, 14)
        roof.lineTo(98, 44)
        pen = QPen(theme.ACCENT, 5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(roof)
        painter.setPen(Qt.PenStyle.NoPen)
        for x, colour, scale in (
            (42, theme.ACCENT, 0.85),
            (78, theme.ACCENT, 0.85),
            (60, theme.WOMEN, 1.0),
        ):
            painter.setBrush(colour)
            head = 7 * scale
            painter.drawEllipse(QPointF(x, 50 - 4 * scale), head, head)
            painter.drawRoundedRect(QRectF(x - 10 * scale, 60, 20 * scale, 20 * scale), 8, 8)
        painter.end()


def _text(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _centre(panel: QWidget, holder: QWidget) -> None:
    """Put ``holder`` in the middle, a little above centre. Stretches, not alignment flags:
    with a flag the layout would ignore the height that wrapped text needs at this width."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(holder)
    row.addStretch(1)
    outer = QVBoxLayout(panel)
    outer.addStretch(2)
    outer.addLayout(row)
    outer.addStretch(3)


class WelcomePanel(QWidget):
    """What a new user sees on an empty database: what to do first."""

    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.title = _text(self.tr("Welcome to Berdaya"), "emptyTitle", self)
        self.text = _text(
            self.tr(
                "Berdaya helps you accompany a village's community through its empowerment "
                "program, stage by stage, from preparation to termination. Everything stays "
                "on this computer; no internet connection is needed."
            ),
            "emptyText",
            self,
        )
        self.next_step = _text(
            self.tr("Start with the program you are accompanying now, or look around first:"),
            "emptyText",
            self,
        )
        self.create_button = QPushButton(self.tr("Create your first program"), self)
        self.create_button.setObjectName("primary")
        self.demo_button = QPushButton(self.tr("Try with demo data"), self)
        self.demo_button.setObjectName("secondary")
        self.demo_note = _text(
            self.tr("Demo data goes into a separate database; yours stays empty."),
            "figureDetail",
            self,
        )
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(_Emblem(self), 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(6)
        for widget in (self.title, self.text, self.next_step):
            column.addWidget(widget)
        column.addSpacing(6)
        column.addLayout(buttons)
        column.addWidget(self.demo_note)
        holder = QWidget(self)
        holder.setFixedWidth(540)
        holder.setLayout(column)
        _centre(self, holder)


class MessagePanel(QWidget):
    """A centred title and explanation, with an optional button: hints and failures."""

    action_requested = Signal()

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _text(title, "emptyTitle", self)
        self.text = _text(text, "emptyText", self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.setObjectName("secondary")
        self.button.hide()
        self.button.clicked.connect(self.action_requested)
        holder = QWidget(self)
        holder.setFixedWidth(520)
        column = QVBoxLayout(holder)
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addSpacing(6)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        _centre(self, holder)

    def set_message(self, title: str, text: str, action: str | None = None) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.button.setText(action or "")
        self.button.setVisible(action is not None)
