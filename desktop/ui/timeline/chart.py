"""Painting the chart, its time header and its row labels for any rectangle of it: the view
paints the visible part, printing paints page by page, with the same code.

Chart coordinates: x from the grid's origin, y from the top of the first row. Only the rows,
days and links that meet the asked rectangle are touched.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import uuid
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from desktop.core.calendar_id import WorkingCalendar
from desktop.core.timeline import DependencyItem
from desktop.ui.timeline.delegate import BarDelegate, BarGeometry
from desktop.ui.timeline.dependencies import DependencyModel
from desktop.ui.timeline.grid import TimeGrid
from desktop.ui.timeline.model import Node, NodeKind
from desktop.ui.timeline.rows import RowLayout

HEADER_ROW = 20
HEADER_HEIGHT = 2 * HEADER_ROW


class ChartPainter:
    def __init__(
        self,
        grid: TimeGrid,
        layout: RowLayout,
        dependencies: DependencyModel,
        calendar: WorkingCalendar,
        delegate: BarDelegate | None = None,
    ) -> None:
        self.grid = grid
        self.layout = layout
        self.dependencies = dependencies
        self.calendar = calendar
        self.delegate = delegate or BarDelegate()
        self.today: dt.date | None = dt.date.today()
        self.selected: object | None = None
        self.selected_link: uuid.UUID | None = None  # a dependency's id
        self.header_font = QFont(self.delegate.font)
        self.header_bold = QFont(self.header_font)
        self.header_bold.setBold(True)
        self.header_metrics = QFontMetrics(self.header_font)
        self.header_line = QPen(QColor("#c9d1ce"), 1)
        self.header_fill = QColor("#f3f5f4")
        self.width = 0.0  # chart width in pixels, set by whoever owns the grid
        self._runs: dict[int, list[tuple[int, int, bool]]] = {}
        # geometry of rows and routes of links, kept between paints until the rows, the
        # zoom or the origin change (scrolling repaints the same rows many times)
        self._shapes: dict[int, BarGeometry | None] = {}
        self._routes: dict[tuple[int, int, object], list[QPointF]] = {}

    def invalidate(self) -> None:
        """Forget cached geometry: call after the rows, the zoom or the grid's origin change."""
        self._shapes.clear()
        self._routes.clear()

    def shape(self, row: int) -> BarGeometry | None:
        shapes = self._shapes
        if row in shapes:
            return shapes[row]
        geom = self.delegate.geometry(self.layout.nodes[row], self.grid, self.layout.y_of(row))
        shapes[row] = geom
        return geom

    # --- body -----------------------------------------------------------------------------

    def paint_body(
        self,
        painter: QPainter,
        area: QRectF,
        overlay: Callable[[QPainter], None] | None = None,
    ) -> None:
        """Paint chart rectangle ``area``; the painter maps chart coordinates already."""
        pal = self.delegate.palette
        painter.fillRect(area, pal.background)
        rows = self.layout.rows_between(area.top(), area.bottom())
        self._paint_days(painter, area)
        height = self.layout.row_height
        top_of = self.layout.y_of
        # stage and program rows get a light band; the selection a stronger one
        for row in rows:
            node = self.layout.nodes[row]
            if node.key == self.selected:
                painter.fillRect(
                    QRectF(area.left(), top_of(row), area.width(), height), pal.selection
                )
            elif node.kind is not NodeKind.ITEM:
                painter.fillRect(
                    QRectF(area.left(), top_of(row), area.width(), height), pal.stage_band
                )
        delegate = self.delegate
        nodes = self.layout.nodes
        shape = self.shape
        self._paint_links(painter, area, rows)
        left, right = area.left(), area.right()
        for row in rows:
            geom = shape(row)
            if geom is None:
                continue
            node = nodes[row]
            bar = geom.bar
            if bar.left() > right or bar.right() + 400 < left:
                if geom.baseline is None and geom.actual is None:
                    continue
                first, last = delegate.extent(geom)
                if last < left or first > right:
                    continue
            delegate.paint(painter, node, geom, selected=node.key == self.selected)
        if self.today is not None:
            x = self.grid.x_of(self.today) + self.grid.day_width / 2
            if left <= x <= right:
                painter.setPen(pal.today_pen)
                painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        if overlay is not None:
            overlay(painter)

    def _shade_runs(self, year: int) -> list[tuple[int, int, bool]]:
        """Days off of one year as runs of (first day's ordinal, days, is a holiday):
        a weekend is one rectangle, not two, and the year is worked out once."""
        runs = self._runs.get(year)
        if runs is not None:
            return runs
        holidays = self.calendar.holidays_between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        weekend = self.calendar.weekend
        runs = []
        day = dt.date(year, 1, 1)
        one = dt.timedelta(days=1)
        while day.year == year:
            holiday = day in holidays
            if holiday or day.weekday() in weekend:
                ordinal = day.toordinal()
                if runs and runs[-1][0] + runs[-1][1] == ordinal and runs[-1][2] == holiday:
                    runs[-1] = (runs[-1][0], runs[-1][1] + 1, holiday)
                else:
                    runs.append((ordinal, 1, holiday))
            day += one
        self._runs[year] = runs
        return runs

    def _paint_days(self, painter: QPainter, area: QRectF) -> None:
        grid = self.grid
        pal = self.delegate.palette
        first = grid.date_at(area.left())
        last = grid.date_at(area.right())
        top, height = area.top(), area.height()
        width = grid.day_width
        if width >= 1.5:
            origin = grid.origin.toordinal()
            low, high = first.toordinal(), last.toordinal()
            for year in range(first.year, last.year + 1):
                for ordinal, days, holiday in self._shade_runs(year):
                    if ordinal + days <= low or ordinal > high or (not holiday and width < 3):
                        continue
                    painter.fillRect(
                        QRectF((ordinal - origin) * width, top, days * width, height),
                        pal.holiday if holiday else pal.weekend,
                    )
        painter.setPen(pal.grid_pen)
        for boundary in grid.boundaries(first, last):
            x = grid.x_of(boundary)
            if area.left() <= x <= area.right():
                painter.drawLine(QPointF(x, top), QPointF(x, top + height))

    def _paint_links(self, painter: QPainter, area: QRectF, rows: range) -> None:
        nodes = self.layout.nodes
        delegate = self.delegate
        routes = self._routes
        route = self.route
        left, right = area.left(), area.right()
        chosen = None
        for dep, pred_row, succ_row in self.dependencies.near_rows(rows):
            points = routes.get((pred_row, succ_row, dep.kind)) or route(dep, pred_row, succ_row)
            if points is None:
                continue
            xs = [p.x() for p in points]
            if max(xs) < left or min(xs) > right:
                continue
            if dep.id == self.selected_link:
                chosen = points  # painted last, over the others
                continue
            critical = nodes[pred_row].critical and nodes[succ_row].critical
            delegate.paint_arrow(painter, points, critical)
        if chosen is not None:
            delegate.paint_arrow(painter, chosen, False, selected=True)

    def route(self, dep: DependencyItem, pred_row: int, succ_row: int) -> list[QPointF] | None:
        """The arrow's points, kept until the rows, the zoom or the origin change."""
        key = (pred_row, succ_row, dep.kind)
        points = self._routes.get(key)
        if points is None:
            pred, succ = self.shape(pred_row), self.shape(succ_row)
            if pred is None or succ is None:
                return None
            points = self.delegate.arrow_points(pred, succ, dep.kind)
            self._routes[key] = points
        return points

    def link_at(self, pos: QPointF, tolerance: float = 4.0) -> DependencyItem | None:
        """The arrow passing within ``tolerance`` pixels of chart point ``pos``."""
        row = int(pos.y() // self.layout.row_height)
        best: tuple[float, DependencyItem] | None = None
        for dep, pred_row, succ_row in self.dependencies.near_rows(range(row, row + 1)):
            points = self.route(dep, pred_row, succ_row)
            if points is None:
                continue
            for a, b in itertools.pairwise(points):
                gap = _distance(pos, a, b)
                if gap <= tolerance and (best is None or gap < best[0]):
                    best = (gap, dep)
        return None if best is None else best[1]

    # --- header ---------------------------------------------------------------------------

    def paint_header(self, painter: QPainter, left: float, width: float) -> None:
        """The two header rows for chart x ``left``..``left + width``; the painter is
        translated so that chart x maps to the header's x and y 0 is the header's top."""
        grid = self.grid
        first = grid.date_at(left)
        last = grid.date_at(left + width)
        upper, lower = grid.header_cells(first, last)
        painter.fillRect(QRectF(left, 0, width, HEADER_HEIGHT), self.header_fill)
        painter.setPen(self.header_line)
        painter.drawLine(QPointF(left, HEADER_ROW), QPointF(left + width, HEADER_ROW))
        painter.drawLine(
            QPointF(left, HEADER_HEIGHT - 0.5), QPointF(left + width, HEADER_HEIGHT - 0.5)
        )
        for row, cells, font in ((0, upper, self.header_bold), (1, lower, self.header_font)):
            painter.setFont(font)
            y = row * HEADER_ROW
            for cell in cells:
                x1 = grid.x_of(cell.start)
                x2 = grid.x_of(cell.end)
                painter.setPen(self.header_line)
                painter.drawLine(QPointF(x1, y), QPointF(x1, y + HEADER_ROW))
                # keep the label of a long cell in sight while it scrolls
                text_left = max(x1, left) + 3
                room = min(x2, left + width) - text_left - 2
                if room < 8:
                    continue
                painter.setPen(self.delegate.palette.text_pen)
                text = self.header_metrics.elidedText(
                    cell.label, Qt.TextElideMode.ElideRight, int(room)
                )
                painter.drawText(
                    QRectF(text_left, y, room, HEADER_ROW),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    text,
                )

    # --- labels (printing) ----------------------------------------------------------------

    def paint_labels(self, painter: QPainter, top: float, height: float, width: float) -> None:
        """Row titles, indented like the tree, for chart y ``top``..``top + height``."""
        pal = self.delegate.palette
        metrics = QFontMetrics(self.delegate.font)
        painter.fillRect(QRectF(0, top, width, height), pal.background)
        for row in self.layout.rows_between(top, top + height):
            node = self.layout.nodes[row]
            depth = _depth(node)
            y = self.layout.y_of(row)
            if node.kind is not NodeKind.ITEM:
                painter.fillRect(QRectF(0, y, width, self.layout.row_height), pal.stage_band)
            painter.setFont(
                self.delegate.bold if node.kind is not NodeKind.ITEM else self.delegate.font
            )
            painter.setPen(pal.text_pen)
            x = 6 + 14 * depth
            text = metrics.elidedText(node.title, Qt.TextElideMode.ElideRight, int(width - x - 4))
            painter.drawText(
                QRectF(x, y, width - x - 4, self.layout.row_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text,
            )
        painter.setPen(self.header_line)
        painter.drawLine(QPointF(width - 0.5, top), QPointF(width - 0.5, top + height))


def _distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    """From point ``p`` to the segment ``a``-``b``."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length
    t = max(0.0, min(1.0, t))
    return math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))


def _depth(node: Node) -> int:
    depth = 0
    parent = node.parent
    while parent is not None:
        depth += 1
        parent = parent.parent
    return depth
