"""The dashboard's Charts tab: the office's four charts (made by ``desktop.ui.office.charts``,
which the PDF report draws from too) one under the other in a scroll area, each as tall as its
bars need. pyqtgraph is imported with them, only when the tab is first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.core.office.charts import AreaCharts


def clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def fill_charts(layout: QLayout, charts: AreaCharts) -> None:
    """Replace what ``layout`` holds with the charts of ``charts``."""
    from desktop.ui.office.charts import chart_widgets, preferred_height

    clear(layout)
    scroll = QScrollArea(layout.parentWidget())
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    holder = QWidget(scroll)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 8, 0)
    column.setSpacing(12)
    for chart in chart_widgets(charts, holder):
        chart.setMinimumHeight(preferred_height(chart.kind, charts))
        column.addWidget(chart)
    column.addStretch(1)
    scroll.setWidget(holder)
    layout.addWidget(scroll)
