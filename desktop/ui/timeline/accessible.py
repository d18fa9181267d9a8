"""The timeline's painted bars as things a screen reader reaches: the chart is a list, each bar
(an activity, a meeting, a stage's span) an item named with its title, dates and progress;
pressing one opens it, focusing one selects it (Qt's QAccessible factory, as the stepper)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from desktop.ui import formatting
from desktop.ui.accessibility import PaintedPart

if TYPE_CHECKING:
    from desktop.ui.timeline.area import GanttArea
    from desktop.ui.timeline.model import Node

CHART_NAME = "timelineChart"  # the object name the factory knows the chart by


def bar_name(node: Node) -> str:
    """What a bar says: its title, its dates, and for a span its progress."""
    if node.start is None or node.end is None:
        return node.title
    if node.start == node.end and (
        node.item is None or node.item.is_milestone or not node.progress
    ):
        return QCoreApplication.translate("Timeline", "{title}: {day}").format(
            title=node.title, day=formatting.long_date(node.start)
        )
    return QCoreApplication.translate(
        "Timeline", "{title}: {start} – {end}, {progress}% done"
    ).format(
        title=node.title,
        start=formatting.long_date(node.start),
        end=formatting.long_date(node.end),
        progress=formatting.number(node.progress),
    )


class _BarActions(QAccessibleActionInterface):
    """Press opens the bar's record (as a double click does); focus selects it."""

    def __init__(self, bar: _Bar) -> None:
        super().__init__()
        self._bar = bar

    def actionNames(self) -> list[str]:
        return [
            QAccessibleActionInterface.pressAction(),
            QAccessibleActionInterface.setFocusAction(),
        ]

    def doAction(self, name: str) -> None:
        view = self._bar.area.view
        if name == QAccessibleActionInterface.setFocusAction():
            view.select_node(self._bar.node)
        elif name == QAccessibleActionInterface.pressAction():
            view.select_node(self._bar.node)
            view.activate(self._bar.node)

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []


class _Bar(PaintedPart):
    """One painted bar of the chart."""

    def __init__(self, owner: ChartAccessible, node: Node) -> None:
        super().__init__(owner, owner.area)
        self.area: GanttArea = owner.area
        self.node = node
        self._actions = _BarActions(self)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        return self._actions if kind == QAccessible.InterfaceType.ActionInterface else None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return bar_name(self.node)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """A bar's words are its record's."""

    def rect(self) -> QRect:
        geometry = self.area.geometry_of(self.node)
        if geometry is None:
            return QRect()
        on_screen = geometry.bar.translated(-self.area.offset()).toAlignedRect()
        viewport = self.area.viewport()
        return QRect(viewport.mapToGlobal(on_screen.topLeft()), on_screen.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        chosen = self.area.chart.selected == self.node.key
        state.selected = chosen
        state.focused = chosen and self.area.hasFocus()
        visible = self.area.visible_rect()
        geometry = self.area.geometry_of(self.node)
        state.offscreen = geometry is None or not visible.intersects(geometry.bar)
        return state


class ChartAccessible(QAccessibleWidget):
    """The chart as the list of its bars, in the order of the rows."""

    def __init__(self, area: GanttArea) -> None:
        super().__init__(area, QAccessible.Role.List, "")
        self.area = area
        self._bars: dict[object, _Bar] = {}

    def bars(self) -> list[_Bar]:
        """The rows that draw a bar, each with one interface kept while its row is shown."""
        nodes = [n for n in self.area.chart.layout.nodes if n.start is not None]
        kept = {node.key: self._bars.get(node.key) for node in nodes}
        self._bars = {
            node.key: bar if bar is not None and bar.node is node else _Bar(self, node)
            for node, bar in zip(nodes, kept.values(), strict=True)
        }
        return list(self._bars.values())

    def childCount(self) -> int:
        return len(self.bars())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        bars = self.bars()
        return bars[index] if 0 <= index < len(bars) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, bar in enumerate(self.bars()) if bar is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        viewport = self.area.viewport()
        point = viewport.mapFromGlobal(QPoint(x, y))
        if not viewport.rect().contains(point):
            return None
        node, _hit = self.area.hit_at(self.area.to_chart(point))
        return self._bar_of(node)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not self.area.hasFocus():
            return None
        return self._bar_of(self.area.view.selected_node())

    def _bar_of(self, node: Node | None) -> _Bar | None:
        if node is None:
            return None
        return next((bar for bar in self.bars() if bar.node is node), None)


def _accessible(_key: str, target: QObject) -> QAccessibleInterface | None:
    if target.objectName() == CHART_NAME and hasattr(target, "geometry_of"):
        return ChartAccessible(target)  # type: ignore[arg-type]
    return None


_installed: list[bool] = []


def install() -> None:
    """Teach Qt's accessibility the chart (once per process)."""
    if not _installed:
        QAccessible.installFactory(_accessible)
        _installed.append(True)
