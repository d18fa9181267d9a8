"""The chart's scroll area: paints the visible rows and days under a time header that scrolls
sideways with it, finds what is under the mouse, and turns drags, menus and keys into edits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from desktop.core import schedule
from desktop.core.schedule_math import Task
from desktop.core.timeline import DependencyItem
from desktop.ui import formatting
from desktop.ui.timeline.chart import HEADER_HEIGHT, ChartPainter
from desktop.ui.timeline.delegate import BarGeometry, Hit
from desktop.ui.timeline.editing import TimelineEditor
from desktop.ui.timeline.model import Node


class ChartView(Protocol):
    """What the chart asks of the view around it: selection, opening and zoom."""

    def selected_node(self) -> Node | None: ...

    def select_node(self, node: Node | None) -> None: ...

    def select_step(self, step: int) -> None: ...

    def selected_link(self) -> DependencyItem | None: ...

    def select_link(self, link: DependencyItem | None) -> None: ...

    def select_next_link(self, step: int = 1) -> DependencyItem | None: ...

    def activate(self, node: Node) -> None: ...

    def zoom_by(self, step: int) -> None: ...


@dataclass
class _Drag:
    hit: Hit
    node: Node
    press: QPointF  # chart coordinates
    current: QPointF
    moved: bool = False


class TimeHeader(QWidget):
    """The time scale above the chart; scrolls sideways with it."""

    def __init__(self, area: GanttArea) -> None:
        super().__init__(area)
        self.area = area
        self.setFixedHeight(HEADER_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        left = self.area.horizontalScrollBar().value()
        painter.translate(-left, 0)
        self.area.chart.paint_header(painter, left, self.width())
        painter.end()


class GanttArea(QAbstractScrollArea):
    """The chart: paints the visible rows and days, handles dragging, links and keys."""

    def __init__(
        self, view: ChartView, chart: ChartPainter, edits: TimelineEditor, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.chart = chart
        self.edits = edits
        self.header = TimeHeader(self)
        self.setViewportMargins(0, HEADER_HEIGHT, 0, 0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timeline chart"))
        self.drag: _Drag | None = None
        self._pan: tuple[QPoint, int, int] | None = None

    # --- geometry -------------------------------------------------------------------------

    def offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_chart(self, pos: QPointF | QPoint) -> QPointF:
        return QPointF(pos) + self.offset()

    def visible_rect(self) -> QRectF:
        size = self.viewport().size()
        offset = self.offset()
        return QRectF(offset.x(), offset.y(), size.width(), size.height())

    def update_scrollbars(self) -> None:
        size = self.viewport().size()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setRange(0, max(0, int(self.chart.width) - size.width()))
        h.setPageStep(size.width())
        h.setSingleStep(max(1, int(self.chart.grid.day_width)))
        v.setRange(0, max(0, self.chart.layout.height - size.height()))
        v.setPageStep(size.height())
        v.setSingleStep(self.chart.layout.row_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.viewport().geometry()
        self.header.setGeometry(
            rect.left(), rect.top() - HEADER_HEIGHT, rect.width(), HEADER_HEIGHT
        )
        self.update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        if dx:
            self.header.update()

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        area = self.visible_rect()
        painter.translate(-area.left(), -area.top())
        self.chart.paint_body(painter, area, self._paint_drag if self.drag else None)
        painter.end()
        self._describe(self.view.selected_node())

    def _describe(self, node: Node | None) -> None:
        """The bars are painted, so a screen reader hears the chosen one through the chart's
        description (every selection repaints, by mouse or by keys)."""
        text = node.title if node is not None else ""
        if node is not None and node.start is not None and node.end is not None:
            start, end = formatting.long_date(node.start), formatting.long_date(node.end)
            text = f"{node.title}: {start} – {end}"
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def _paint_drag(self, painter: QPainter) -> None:
        drag = self.drag
        if drag is None or not drag.moved:
            return
        pal = self.chart.delegate.palette
        if drag.hit is Hit.LINK:
            geom = self.geometry_of(drag.node)
            if geom is None:
                return
            painter.setPen(QPen(pal.summary, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(self.chart.delegate.link_handle(geom), drag.current)
            target = self.chart.layout.node_at(drag.current.y())
            if target is not None and target is not drag.node and target.editable:
                row = self.chart.layout.row_of[target.key]
                painter.fillRect(
                    QRectF(
                        self.visible_rect().left(),
                        self.chart.layout.y_of(row),
                        self.visible_rect().width(),
                        self.chart.layout.row_height,
                    ),
                    QColor(23, 121, 94, 40),
                )
            return
        dates = self.preview_dates(drag)
        if dates is None:
            return
        start, end = dates
        grid = self.chart.grid
        row = self.chart.layout.row_of[drag.node.key]
        top = self.chart.layout.y_of(row)
        rect = QRectF(grid.x_of(start), top + 3, grid.x_end(end) - grid.x_of(start), 14)
        painter.setPen(QPen(pal.summary, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(23, 121, 94, 50))
        painter.drawRect(rect)
        painter.setPen(pal.text_pen)
        label = f"{start:%d-%m-%Y}" if start == end else f"{start:%d-%m} – {end:%d-%m-%Y}"
        painter.drawText(QPointF(rect.left(), top + 1), label)

    # --- hit testing ----------------------------------------------------------------------

    def geometry_of(self, node: Node) -> BarGeometry | None:
        row = self.chart.layout.row_of.get(node.key)
        if row is None:
            return None
        return self.chart.delegate.geometry(node, self.chart.grid, self.chart.layout.y_of(row))

    def hit_at(self, chart_pos: QPointF) -> tuple[Node | None, Hit]:
        node = self.chart.layout.node_at(chart_pos.y())
        if node is None:
            return None, Hit.NONE
        geom = self.geometry_of(node)
        if geom is None:
            return node, Hit.NONE
        return node, self.chart.delegate.hit_test(node, geom, chart_pos)

    def preview_dates(self, drag: _Drag) -> tuple[dt.date, dt.date] | None:
        node = drag.node
        if node.start is None or node.end is None:
            return None
        grid = self.chart.grid
        if drag.hit is Hit.MOVE and node.item is not None:
            # show where the move really lands: the same working days, from a working day
            days = dt.timedelta(days=grid.days_for(drag.current.x() - drag.press.x()))
            if not days:
                return node.start, node.end
            item = node.item
            task = Task(item.id, item.start, item.end, item.is_milestone, item.title)
            return schedule.moved_dates(self.edits.calendar, task, node.start + days)
        if drag.hit is Hit.RESIZE_END:
            end = grid.nearest_boundary(drag.current.x()) - dt.timedelta(days=1)
            return node.start, max(node.start, end)
        if drag.hit is Hit.RESIZE_START:
            start = grid.nearest_boundary(drag.current.x())
            return min(start, node.end), node.end
        return None

    # --- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = self.to_chart(event.position())
        if event.button() == Qt.MouseButton.MiddleButton:
            self._start_pan(event)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        node, hit = self.hit_at(pos)
        if hit is Hit.NONE:
            link = self.chart.link_at(pos)
            if link is not None:
                self.view.select_link(link)
                return
        if node is None:
            self._start_pan(event)
            return
        self.view.select_node(node)
        if hit is not Hit.NONE and node.item is not None and node.item.editable:
            self.drag = _Drag(hit, node, pos, pos)
        else:
            self._start_pan(event)

    def _start_pan(self, event: QMouseEvent) -> None:
        self._pan = (
            event.position().toPoint(),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
        )
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self.to_chart(event.position())
        if self._pan is not None:
            start, h, v = self._pan
            delta = event.position().toPoint() - start
            self.horizontalScrollBar().setValue(h - delta.x())
            self.verticalScrollBar().setValue(v - delta.y())
            return
        if self.drag is not None:
            self.drag.current = pos
            if (pos - self.drag.press).manhattanLength() >= 3:
                self.drag.moved = True
            self.viewport().update()
            return
        _node, hit = self.hit_at(pos)
        cursors = {
            Hit.MOVE: Qt.CursorShape.SizeAllCursor,
            Hit.RESIZE_START: Qt.CursorShape.SizeHorCursor,
            Hit.RESIZE_END: Qt.CursorShape.SizeHorCursor,
            Hit.LINK: Qt.CursorShape.CrossCursor,
        }
        self.viewport().setCursor(cursors.get(hit, Qt.CursorShape.ArrowCursor))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            self._pan = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        drag, self.drag = self.drag, None
        if drag is None:
            return
        drag.current = self.to_chart(event.position())
        self.viewport().update()
        if not drag.moved:
            return
        if drag.hit is Hit.LINK:
            target = self.chart.layout.node_at(drag.current.y())
            if target is not None and target is not drag.node and target.item is not None:
                self.edits.request_link(drag.node, target)
            return
        dates = self.preview_dates(drag)
        if dates is None or (dates[0], dates[1]) == (drag.node.start, drag.node.end):
            return
        if drag.hit is Hit.MOVE:
            self.edits.request_move(drag.node, dates[0])
        elif drag.hit is Hit.RESIZE_END:
            self.edits.request_resize(drag.node, end=dates[1])
        else:
            self.edits.request_resize(drag.node, start=dates[0])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = self.to_chart(event.pos())
        node, hit = self.hit_at(pos)
        link = self.chart.link_at(pos) if hit is Hit.NONE else None
        if link is not None:
            self.view.select_link(link)
            menu = self.edits.link_menu(link)
        elif node is not None and node.item is not None:
            self.view.select_node(node)
            menu = self.edits.item_menu(node)
        else:
            return
        menu.exec(event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = self.to_chart(event.position())
        link = self.chart.link_at(pos) if self.hit_at(pos)[1] is Hit.NONE else None
        if link is not None:
            self.edits.edit_link(link)
            return
        node = self.chart.layout.node_at(self.to_chart(event.position()).y())
        if node is not None:
            self.view.activate(node)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.view.zoom_by(1 if delta.y() > 0 else -1)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            step = delta.x() or delta.y()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - step)
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() - delta.y() // 120 * 3 * self.chart.layout.row_height)

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.view.select_step(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if shift:
                self.edits.move_selected(self.view.selected_node(), step)
            else:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + step * max(bar.singleStep(), 20))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            link = self.view.selected_link()
            node = self.view.selected_node()
            if link is not None:
                self.edits.edit_link(link)
            elif node is not None:
                self.view.activate(node)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            link = self.view.selected_link()
            if link is not None:
                self.edits.request_unlink(link.predecessor_id, link.successor_id)
        elif key == Qt.Key.Key_L and not ctrl:
            self.view.select_next_link(-1 if shift else 1)
        elif key == Qt.Key.Key_Escape and self.view.selected_link() is not None:
            self.view.select_link(None)
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.zoom_by(1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.view.zoom_by(-1)
        else:
            super().keyPressEvent(event)
