"""The bar delegate: the geometry of each row's bars, painting them, and hit-testing a point
(move the bar, resize an end, or start a link from its handle). Dependency arrows are routed
here too, between two bars' geometries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF

from desktop.core.domain import DependencyKind
from desktop.core.timeline import ItemKind
from desktop.ui.timeline.grid import TimeGrid
from desktop.ui.timeline.model import Node, NodeKind


class Hit(Enum):
    NONE = "none"
    MOVE = "move"
    RESIZE_START = "resize_start"
    RESIZE_END = "resize_end"
    LINK = "link"


@dataclass(slots=True)
class BarGeometry:
    bar: QRectF  # the planned bar, or the diamond's bounding box
    milestone: bool
    actual: QRectF | None = None
    baseline: QRectF | None = None
    progress_right: float = 0.0

    @property
    def mid_y(self) -> float:
        return self.bar.center().y()


class Palette:
    """Colours of the chart, made once (a QPen per bar would cost more than the bar)."""

    def __init__(self) -> None:
        self.background = QColor("#ffffff")
        self.weekend = QColor("#f1f3f2")
        self.holiday = QColor("#fbe9e7")
        self.stage_band = QColor("#f6f8f7")
        self.selection = QColor("#dcefe8")
        self.grid_line = QColor("#e3e8e6")
        self.bar = QColor("#5fa98f")
        self.bar_done = QColor("#17795e")
        self.critical = QColor("#d46a5a")
        self.critical_done = QColor("#a8352a")
        self.actual = QColor("#1e2a2f")
        self.baseline = QColor("#8d989d")
        self.summary = QColor("#34444b")
        self.text = QColor("#1e2a2f")
        self.muted = QColor("#5d6a70")
        self.arrow = QColor("#7b878c")
        self.arrow_critical = QColor("#b3261e")
        self.today = QColor("#c7741d")
        self.milestone = {
            ItemKind.MILESTONE: QColor("#17795e"),
            ItemKind.MEETING: QColor("#2f6fa3"),
            ItemKind.AGREEMENT: QColor("#b8860b"),
            ItemKind.CLOSING: QColor("#7a1f5c"),
            ItemKind.PLANNED_END: QColor("#8d989d"),
        }
        self.no_pen = QPen(Qt.PenStyle.NoPen)
        self.baseline_pen = QPen(self.baseline, 1, Qt.PenStyle.DashLine)
        self.arrow_pen = QPen(self.arrow, 1)
        self.arrow_critical_pen = QPen(self.arrow_critical, 1.4)
        self.arrow_selected = QColor("#0b5cad")
        self.arrow_selected_pen = QPen(self.arrow_selected, 2.6)
        self.outline_pen = QPen(QColor("#1e2a2f"), 1.5)
        self.text_pen = QPen(self.text)
        self.today_pen = QPen(self.today, 1.5, Qt.PenStyle.DashLine)
        self.grid_pen = QPen(self.grid_line, 1)


ROW_PAD = 5  # planned bar from the row's top
BAR_HEIGHT = 10
EDGE = 5  # pixels at each end of a bar that resize it
LINK_GAP = 4  # the link handle sits this far right of the bar
LINK_RADIUS = 4
DIAMOND = 6  # half the diamond's size
TEXT_PIXELS = 12


class BarDelegate:
    def __init__(self, palette: Palette | None = None, font: QFont | None = None) -> None:
        self.palette = palette or Palette()
        self.font = QFont(font) if font is not None else QFont()
        # sized in pixels of the chart, so a page scaled for a printer keeps the proportions
        self.font.setPixelSize(TEXT_PIXELS)
        self.metrics = QFontMetrics(self.font)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        # an activity under way has its actual bar drawn up to this day
        self.today = dt.date.today()

    # --- geometry -------------------------------------------------------------------------

    def geometry(self, node: Node, grid: TimeGrid, top: float) -> BarGeometry | None:
        if node.start is None or node.end is None:
            return None
        item = node.item
        origin = grid.origin.toordinal()
        width = grid.day_width
        if item is not None and item.is_milestone:
            cx = (item.start.toordinal() - origin + 0.5) * width
            cy = top + ROW_PAD + BAR_HEIGHT / 2
            box = QRectF(cx - DIAMOND, cy - DIAMOND, 2 * DIAMOND, 2 * DIAMOND)
            return BarGeometry(box, True)
        left = (node.start.toordinal() - origin) * width
        right = (node.end.toordinal() - origin + 1) * width
        if node.kind is not NodeKind.ITEM:
            bar = QRectF(left, top + 8, max(2.0, right - left), 5)
            return BarGeometry(
                bar, False, progress_right=left + (right - left) * node.progress / 100
            )
        bar = QRectF(left, top + ROW_PAD, max(2.0, right - left), BAR_HEIGHT)
        geom = BarGeometry(bar, False, progress_right=left + bar.width() * node.progress / 100)
        assert item is not None
        if item.actual_start is not None:
            actual_end = item.actual_end or max(item.actual_start, self.today)
            a_left = (item.actual_start.toordinal() - origin) * width
            a_right = (actual_end.toordinal() - origin + 1) * width
            geom.actual = QRectF(a_left, top + 17, max(2.0, a_right - a_left), 3)
        if item.baseline_start is not None and item.baseline_end is not None:
            b_left = (item.baseline_start.toordinal() - origin) * width
            b_right = (item.baseline_end.toordinal() - origin + 1) * width
            geom.baseline = QRectF(b_left, top + 3, max(2.0, b_right - b_left), 14)
        return geom

    def extent(self, geom: BarGeometry) -> tuple[float, float]:
        """Leftmost and rightmost x the row's drawing may reach (label included)."""
        left = geom.bar.left()
        right = geom.bar.right() + LINK_GAP + 2 * LINK_RADIUS + 400
        for extra in (geom.actual, geom.baseline):
            if extra is not None:
                left = min(left, extra.left())
        return left, right

    # --- painting -------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, node: Node, geom: BarGeometry, *, selected: bool = False
    ) -> None:
        pal = self.palette
        item = node.item
        if geom.milestone:
            kind = item.kind if item is not None else ItemKind.MILESTONE
            painter.setPen(pal.outline_pen if selected or (item and item.critical) else pal.no_pen)
            painter.setBrush(
                pal.critical if item is not None and item.critical else pal.milestone[kind]
            )
            c = geom.bar.center()
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(c.x(), c.y() - DIAMOND),
                        QPointF(c.x() + DIAMOND, c.y()),
                        QPointF(c.x(), c.y() + DIAMOND),
                        QPointF(c.x() - DIAMOND, c.y()),
                    ]
                )
            )
            self._label(painter, node, geom.bar.right() + 4, geom.bar)
            return
        if node.kind is not NodeKind.ITEM:
            bar = geom.bar
            painter.setPen(pal.no_pen)
            painter.fillRect(bar, pal.summary)
            painter.setBrush(pal.summary)
            for x in (bar.left(), bar.right()):
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(x - 4, bar.bottom()),
                            QPointF(x + 4, bar.bottom()),
                            QPointF(x, bar.bottom() + 4),
                        ]
                    )
                )
            return
        critical = item is not None and item.critical
        if geom.baseline is not None:
            painter.setPen(pal.baseline_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(geom.baseline)
        bar = geom.bar
        painter.fillRect(bar, pal.critical if critical else pal.bar)
        if geom.progress_right > bar.left():
            done = QRectF(bar.left(), bar.top(), geom.progress_right - bar.left(), bar.height())
            painter.fillRect(done, pal.critical_done if critical else pal.bar_done)
        if geom.actual is not None:
            painter.fillRect(geom.actual, pal.actual)
        if selected:
            painter.setPen(pal.outline_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar.adjusted(-1, -1, 1, 1))
            # the handle to drag a link from
            painter.setBrush(pal.summary)
            painter.setPen(pal.no_pen)
            painter.drawEllipse(self.link_handle(geom), LINK_RADIUS, LINK_RADIUS)
        self._label(painter, node, bar.right() + LINK_GAP + 2 * LINK_RADIUS + 2, bar)

    def _label(self, painter: QPainter, node: Node, x: float, bar: QRectF) -> None:
        painter.setPen(self.palette.text_pen)
        painter.setFont(self.font)
        baseline = bar.center().y() + self.metrics.ascent() / 2 - 1
        painter.drawText(QPointF(x, baseline), node.title[:80])

    def paint_summary_label(self, painter: QPainter, node: Node, geom: BarGeometry) -> None:
        painter.setPen(self.palette.text_pen)
        painter.setFont(self.bold)
        painter.drawText(QPointF(geom.bar.right() + 8, geom.bar.bottom() + 1), node.title[:80])

    # --- hit testing ----------------------------------------------------------------------

    def link_handle(self, geom: BarGeometry) -> QPointF:
        return QPointF(geom.bar.right() + LINK_GAP + LINK_RADIUS, geom.mid_y)

    def hit_test(self, node: Node, geom: BarGeometry, pos: QPointF) -> Hit:
        handle = self.link_handle(geom)
        if (
            node.kind is NodeKind.ITEM
            and abs(pos.x() - handle.x()) <= LINK_RADIUS + 2
            and abs(pos.y() - handle.y()) <= LINK_RADIUS + 3
        ):
            return Hit.LINK
        bar = geom.bar.adjusted(-1, -3, 1, 3)
        if not bar.contains(pos):
            return Hit.NONE
        if node.kind is not NodeKind.ITEM:
            return Hit.NONE
        if geom.milestone:
            return Hit.MOVE
        if pos.x() <= bar.left() + EDGE and bar.width() > 3 * EDGE:
            return Hit.RESIZE_START
        if pos.x() >= bar.right() - EDGE:
            return Hit.RESIZE_END
        return Hit.MOVE

    # --- dependency arrows ----------------------------------------------------------------

    def arrow_points(
        self, pred: BarGeometry, succ: BarGeometry, kind: DependencyKind
    ) -> list[QPointF]:
        """An orthogonal route from the predecessor's end (or start) to the successor."""
        y1, y2 = pred.mid_y, succ.mid_y
        down = 1 if y2 >= y1 else -1
        if kind is DependencyKind.START_TO_START:
            x1, x2 = pred.bar.left(), succ.bar.left()
            elbow = min(x1, x2) - 8
            return [QPointF(x1, y1), QPointF(elbow, y1), QPointF(elbow, y2), QPointF(x2, y2)]
        if kind is DependencyKind.FINISH_TO_FINISH:
            x1, x2 = pred.bar.right(), succ.bar.right()
            elbow = max(x1, x2) + 8
            return [QPointF(x1, y1), QPointF(elbow, y1), QPointF(elbow, y2), QPointF(x2, y2)]
        x1, x2 = pred.bar.right(), succ.bar.left()
        if x2 - x1 >= 12:
            elbow = x1 + 6
            return [QPointF(x1, y1), QPointF(elbow, y1), QPointF(elbow, y2), QPointF(x2, y2)]
        # the successor starts before there is room: go round, between the two rows
        between = y2 - down * 10
        return [
            QPointF(x1, y1),
            QPointF(x1 + 6, y1),
            QPointF(x1 + 6, between),
            QPointF(x2 - 8, between),
            QPointF(x2 - 8, y2),
            QPointF(x2, y2),
        ]

    def paint_arrow(
        self, painter: QPainter, points: list[QPointF], critical: bool, selected: bool = False
    ) -> None:
        pal = self.palette
        if selected:
            pen, fill = pal.arrow_selected_pen, pal.arrow_selected
        elif critical:
            pen, fill = pal.arrow_critical_pen, pal.arrow_critical
        else:
            pen, fill = pal.arrow_pen, pal.arrow
        painter.setPen(pen)
        painter.drawPolyline(points)
        tip, before = points[-1], points[-2]
        back = tip.x() - (5 if tip.x() >= before.x() else -5)
        painter.setPen(pal.no_pen)
        painter.setBrush(fill)
        painter.drawPolygon([tip, QPointF(back, tip.y() - 3), QPointF(back, tip.y() + 3)])
