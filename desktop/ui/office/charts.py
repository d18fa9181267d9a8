"""The office's four charts, drawn with pyqtgraph in the window and into the PDF report alike.

Why pyqtgraph: Qt Charts is deprecated since Qt 6.10 and licensed GPL-only; pyqtgraph is MIT,
fast with hundreds of villages, and its charts are a QGraphicsScene, which renders into any
QPainter. So the PDF report carries the very charts of the dashboard, drawn as vectors with
their words as text (searchable), not a screenshot.

pyqtgraph and numpy are heavy to import: this module imports them at its top and is itself only
imported where a chart is drawn (the dashboard, the PDF report), never at the window's start.

A chart is drawn in the interface's language, or in the words of ``Words`` (the PDF report can be
written in another language than the window's). ``chart_picture`` records a chart into a
QPicture on the GUI thread; a report written on a worker thread replays it with
``draw_picture``.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPicture
from PySide6.QtWidgets import QWidget

from desktop.core import domain
from desktop.core.domain import Principle, Stage
from desktop.core.office.charts import AreaCharts
from desktop.ui import theme, vocabulary
from desktop.ui.formatting import rupiah

CONTEXT = "OfficeCharts"

# one colour per sub-district on the principles' lines, cycled (then dashed) past the eighth
SERIES = (
    theme.ACCENT,
    theme.IN_PROGRESS,
    QColor("#2f6db3"),
    theme.WOMEN,
    QColor("#7a8c1e"),
    QColor("#5b4a9e"),
    QColor("#1d8f9e"),
    QColor("#8a5a2b"),
)
COMMUNITY_PLANNED = QColor("#a6d3c3")
OUTSIDE_PLANNED = QColor("#e4e8e7")
OUTSIDE_GIVEN = QColor("#8f9b98")
CLOSED = theme.NOT_STARTED
THRESHOLD = theme.ERROR

TITLES = {
    "stages": QT_TRANSLATE_NOOP("OfficeCharts", "Programs per stage"),
    "principles": QT_TRANSLATE_NOOP("OfficeCharts", "The four principles per sub-district"),
    "women": QT_TRANSLATE_NOOP("OfficeCharts", "Women's share of attendance per sub-district"),
    "money": QT_TRANSLATE_NOOP("OfficeCharts", "Community and outside money, planned and given"),
}
# what each principle's figure measures, under its name
PRINCIPLE_MEASURES = {
    Principle.EQUALITY: QT_TRANSLATE_NOOP("OfficeCharts", "women's share"),
    Principle.PARTICIPATION: QT_TRANSLATE_NOOP("OfficeCharts", "community's share of the work"),
    Principle.SUSTAINABILITY: QT_TRANSLATE_NOOP(
        "OfficeCharts", "facilitator's share, lower is better"
    ),
    Principle.SELF_RELIANCE: QT_TRANSLATE_NOOP("OfficeCharts", "community's share of resources"),
}


class ChartKind(Enum):
    """The office's four charts, in the order the dashboard and the report show them."""

    STAGES = "stages"
    PRINCIPLES = "principles"
    WOMEN = "women"
    MONEY = "money"


@dataclass(frozen=True)
class Words:
    """How a chart speaks: ``translate(context, source)`` and the locale of its months and
    numbers. The default is the interface's language."""

    translate: Callable[[str, str], str] = QCoreApplication.translate
    locale: QLocale = field(default_factory=QLocale)

    def __call__(self, source: object) -> str:
        """A text of this module marked with QT_TRANSLATE_NOOP, translated."""
        return self.translate(CONTEXT, str(source))

    def stage(self, stage: Stage) -> str:
        """The stage's name as desktop.ui.vocabulary says it (the core's one table, translated
        in the ``Issues`` context)."""
        return self.translate("Issues", domain.stage_name(stage))

    def principle(self, principle: Principle) -> str:
        """The principle's name as desktop.ui.vocabulary says it."""
        names = vocabulary.principle_name
        return self.translate(names.context, str(names.texts[principle]))

    def measure(self, principle: Principle) -> str:
        return self.translate(CONTEXT, str(PRINCIPLE_MEASURES[principle]))

    def percent(self, value: float) -> str:
        return f"{self.locale.toString(round(value))}%"

    def count(self, value: float) -> str:
        """A whole count; nothing between two counts (ticks at 0.5 would read "0" and "1")."""
        return self.locale.toString(round(value)) if float(value).is_integer() else ""

    def month(self, first_day: dt.date) -> str:
        return self.locale.toString(QDate(first_day.year, first_day.month, 1), "MMM yy")


def _tick_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.5)
    return font


class _ValueAxis(pg.AxisItem):  # type: ignore[misc]
    """An axis whose ticks are written by ``text`` (percent, Rupiah, whole counts)."""

    def __init__(self, orientation: str, text: Callable[[float], str]) -> None:
        super().__init__(orientation)
        self._text = text

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [self._text(value * scale) for value in values]


class OfficeChart(pg.GraphicsLayoutWidget):  # type: ignore[misc]
    """One of the office's charts: a title, the plot(s) and a legend, in the program's colours.

    Its accessible name is the title; its accessible description says every figure in words,
    so a screen reader hears what the picture shows."""

    def __init__(
        self,
        kind: ChartKind,
        charts: AreaCharts | None = None,
        *,
        words: Words | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.words = words or Words()
        self.setBackground(theme.CARD)
        self.setMinimumHeight(220)
        self.plots: list[pg.PlotItem] = []
        self.bars: list[pg.BarGraphItem] = []
        self.lines: list[pg.PlotDataItem] = []
        self.summary: list[str] = []
        if charts is not None:
            self.set_charts(charts)

    def set_charts(self, charts: AreaCharts) -> None:
        """Draw the chart anew for ``charts``."""
        self.clear()
        self.plots, self.bars, self.lines, self.summary = [], [], [], []
        self.ci.setContentsMargins(8, 8, 8, 8)
        title = self.words(TITLES[self.kind.value])
        self.addLabel(title, color=theme.TEXT.name(), size="11pt", bold=True, colspan=2)
        self.nextRow()
        _DRAW[self.kind](self, charts)
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(self.summary))
        self.setMinimumHeight(min(preferred_height(self.kind, charts), 420))

    # the parts every chart is built of

    def _plot(self, *, left: _ValueAxis | None = None, bottom: _ValueAxis | None = None) -> Any:
        axes = {key: axis for key, axis in (("left", left), ("bottom", bottom)) if axis}
        plot = self.addPlot(axisItems=axes)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.LINE))
            axis.setTextPen(pg.mkPen(theme.TEXT_MUTED))
            axis.setStyle(tickFont=_tick_font(), tickLength=-4)
        self.plots.append(plot)
        return plot

    def _legend(self, entries: Sequence[tuple[Any, str]], columns: int = 2) -> None:
        """A legend under the plots, as wide as its entries (not spread over the width)."""
        self.nextRow()
        legend = pg.LegendItem(colCount=columns, labelTextColor=theme.TEXT, labelTextSize="8.5pt")
        legend.setBrush(pg.mkBrush(theme.CARD))
        legend.setPen(pg.mkPen(None))
        for item, name in entries:
            legend.addItem(item, name)
        legend.layout.activate()  # a chart recorded unshown gets no layout pass of its own
        legend.setMaximumWidth(legend.layout.preferredWidth())
        self.ci.addItem(legend, row=self.ci.currentRow, col=0, colspan=2)
        self.ci.layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft)

    def _horizontal_bars(
        self,
        plot: Any,
        rows: Sequence[float],
        starts: Sequence[float],
        widths: Sequence[float],
        *,
        height: float,
        brush: QColor,
        pen: QColor | None = None,
    ) -> Any:
        bars = pg.BarGraphItem(
            x0=list(starts),
            y=list(rows),
            width=list(widths),
            height=height,
            brush=pg.mkBrush(brush),
            pen=pg.mkPen(pen) if pen is not None else pg.mkPen(None),
        )
        plot.addItem(bars)
        self.bars.append(bars)
        return bars

    def _value_label(self, plot: Any, x: float, y: float, text: str) -> None:
        label = pg.TextItem(text, color=theme.TEXT, anchor=(0, 0.5))
        label.setPos(x, y)
        plot.addItem(label)

    def _names_axis(self, plot: Any, names: Sequence[str]) -> None:
        """Category names down the left axis, the first at the top. The axis is made as wide as
        the longest name: pyqtgraph widens it only after a first paint, too late for a print."""
        axis = plot.getAxis("left")
        axis.setTicks([list(enumerate(names)), []])
        metrics = QFontMetrics(_tick_font())
        axis.setWidth(max((metrics.horizontalAdvance(name) for name in names), default=0) + 14)
        plot.invertY(True)
        plot.setYRange(-0.6, len(names) - 0.4, padding=0)

    def _threshold(self, plot: Any, value: float, *, vertical: bool) -> None:
        plot.addItem(pg.InfiniteLine(pos=value, angle=90 if vertical else 0, pen=_threshold_pen()))


def _draw_stages(chart: OfficeChart, charts: AreaCharts) -> None:
    words = chart.words
    plot = chart._plot(bottom=_ValueAxis("bottom", words.count))
    names = [f"{row.stage.number}. {words.stage(row.stage)}" for row in charts.stages]
    rows = range(len(charts.stages))
    open_counts = [row.programs - row.closed for row in charts.stages]
    chart._horizontal_bars(plot, rows, [0] * len(rows), open_counts, height=0.6, brush=theme.ACCENT)
    chart._horizontal_bars(
        plot, rows, open_counts, [row.closed for row in charts.stages], height=0.6, brush=CLOSED
    )
    for index, row in enumerate(charts.stages):
        if row.programs:
            chart._value_label(plot, row.programs, index, f" {words.count(row.programs)}")
        chart.summary.append(f"{names[index]}: {words.count(row.programs)}")
    chart._names_axis(plot, names)
    most = max((row.programs for row in charts.stages), default=0)
    plot.setXRange(0, max(most * 1.15, 1), padding=0.02)
    plot.setLabel("bottom", words.translate("OfficeCharts", "Programs"))
    chart._legend(
        [
            (chart.bars[0], words.translate("OfficeCharts", "Running")),
            (chart.bars[1], words.translate("OfficeCharts", "Closed")),
        ]
    )


def _threshold_pen() -> Any:
    return pg.mkPen(THRESHOLD, width=1.5, style=Qt.PenStyle.DashLine)


def _threshold_sample() -> Any:
    """What the legend shows for the dashed threshold line."""
    return pg.PlotDataItem(pen=_threshold_pen())


def _line_style(number: int) -> dict[str, Any]:
    """The colour (cycled, then dashed past the eighth) of the ``number``-th sub-district."""
    color = SERIES[number % len(SERIES)]
    style = Qt.PenStyle.SolidLine if number < len(SERIES) else Qt.PenStyle.DashLine
    return {
        "pen": pg.mkPen(color, width=2, style=style),
        "symbol": "o",
        "symbolSize": 5,
        "symbolBrush": pg.mkBrush(color),
        "symbolPen": None,
    }


def _draw_principles(chart: OfficeChart, charts: AreaCharts) -> None:
    words = chart.words
    months = list(charts.months)
    ticks = [(index, words.month(month)) for index, month in enumerate(months)]
    step = max(1, len(ticks) // 6)
    curves: list[tuple[object, str]] = []
    for index, trend in enumerate(charts.principles):
        if index and index % 2 == 0:
            chart.nextRow()
        plot = chart._plot(left=_ValueAxis("left", words.percent))
        plot.setTitle(
            f"{html.escape(words.principle(trend.principle))}<br><span style='font-size:8pt; "
            f"color:{theme.TEXT_MUTED.name()}'>{html.escape(words.measure(trend.principle))}</span>",
            color=theme.TEXT.name(),
            size="9pt",
        )
        plot.setYRange(-4, 108, padding=0)
        left = plot.getAxis("left")
        left.setTicks([[(v, words.percent(v)) for v in range(0, 101, 20)]])
        left.setStyle(hideOverlappingLabels=False)  # else "100%" at the top goes unlabelled
        plot.setXRange(-0.3, max(len(months) - 0.7, 0.7), padding=0)
        plot.getAxis("bottom").setTicks([ticks[::step], ticks])
        plot.showGrid(y=True, alpha=0.25)
        chart._threshold(plot, trend.threshold * 100, vertical=False)
        for number, line in enumerate(trend.lines):
            xs = [i for i, value in enumerate(line.values) if value is not None]
            ys = [value * 100 for value in line.values if value is not None]
            curve = plot.plot(xs, ys, **_line_style(number))
            chart.lines.append(curve)
            if index == 0:  # a sample of its own: a sub-district without data draws nothing
                curves.append(
                    (pg.PlotDataItem([0], [0], **_line_style(number)), line.subdistrict_name)
                )
            latest = next((v for v in reversed(line.values) if v is not None), None)
            if latest is not None:
                chart.summary.append(
                    f"{words.principle(trend.principle)}, {line.subdistrict_name}: "
                    f"{words.percent(latest * 100)}"
                )
    chart._legend(
        [*curves, (_threshold_sample(), words.translate("OfficeCharts", "Threshold"))], columns=4
    )


def _draw_women(chart: OfficeChart, charts: AreaCharts) -> None:
    words = chart.words
    plot = chart._plot(bottom=_ValueAxis("bottom", words.percent))
    names = [row.subdistrict_name for row in charts.women]
    shares = [(row.share or 0.0) * 100 for row in charts.women]
    chart._horizontal_bars(
        plot, range(len(names)), [0] * len(names), shares, height=0.6, brush=theme.WOMEN
    )
    for index, row in enumerate(charts.women):
        text = words.percent(shares[index]) if row.share is not None else "—"
        chart._value_label(plot, shares[index], index, f" {text}")
        chart.summary.append(f"{row.subdistrict_name}: {text}")
    threshold = next(
        (t.threshold for t in charts.principles if t.principle is Principle.EQUALITY), None
    )
    if threshold is not None:
        chart._threshold(plot, threshold * 100, vertical=True)
    chart._names_axis(plot, names)
    plot.setXRange(0, 100, padding=0.02)
    plot.setLabel("bottom", words.translate("OfficeCharts", "Women's share of attendance"))
    chart._legend(
        [
            (chart.bars[0], words.translate("OfficeCharts", "Women")),
            (_threshold_sample(), words.translate("OfficeCharts", "Threshold")),
        ]
    )


def _draw_money(chart: OfficeChart, charts: AreaCharts) -> None:
    words = chart.words
    plot = chart._plot(bottom=_ValueAxis("bottom", lambda value: rupiah(round(value))))
    names = [row.subdistrict_name for row in charts.money]
    planned_rows = [index - 0.19 for index in range(len(names))]
    given_rows = [index + 0.19 for index in range(len(names))]
    zeros = [0] * len(names)
    community = [row.planned_community for row in charts.money]
    given = [row.given_community for row in charts.money]
    for rows, starts, widths, brush in (
        (planned_rows, zeros, community, COMMUNITY_PLANNED),
        (planned_rows, community, [row.planned_outside for row in charts.money], OUTSIDE_PLANNED),
        (given_rows, zeros, given, theme.ACCENT),
        (given_rows, given, [row.given_outside for row in charts.money], OUTSIDE_GIVEN),
    ):
        chart._horizontal_bars(plot, rows, starts, widths, height=0.34, brush=brush, pen=theme.LINE)
    for row in charts.money:
        chart.summary.append(
            words.translate(
                "OfficeCharts", "{name}: planned {community} community and {outside} outside"
            ).format(
                name=row.subdistrict_name,
                community=rupiah(row.planned_community),
                outside=rupiah(row.planned_outside),
            )
            + "; "
            + words.translate(
                "OfficeCharts", "given {community} community and {outside} outside"
            ).format(community=rupiah(row.given_community), outside=rupiah(row.given_outside))
        )
    chart._names_axis(plot, names)
    most = max(
        (
            max(r.planned_community + r.planned_outside, r.given_community + r.given_outside)
            for r in charts.money
        ),
        default=0,
    )
    plot.setXRange(0, max(most * 1.05, 1), padding=0.02)
    plot.setLabel("bottom", words.translate("OfficeCharts", "Rupiah"))
    texts = (
        QT_TRANSLATE_NOOP("OfficeCharts", "Community, planned"),
        QT_TRANSLATE_NOOP("OfficeCharts", "Outside, planned"),
        QT_TRANSLATE_NOOP("OfficeCharts", "Community, given"),
        QT_TRANSLATE_NOOP("OfficeCharts", "Outside, given"),
    )
    chart._legend([(bars, words(text)) for bars, text in zip(chart.bars, texts, strict=True)])


_DRAW: dict[ChartKind, Callable[[OfficeChart, AreaCharts], None]] = {
    ChartKind.STAGES: _draw_stages,
    ChartKind.PRINCIPLES: _draw_principles,
    ChartKind.WOMEN: _draw_women,
    ChartKind.MONEY: _draw_money,
}


def preferred_height(kind: ChartKind, charts: AreaCharts) -> int:
    """The height (in pixels at 96 per inch) at which every bar of the chart stays readable."""
    if kind is ChartKind.STAGES:
        return 300
    if kind is ChartKind.PRINCIPLES:
        return 560 + 22 * ((len(charts.principles[0].lines) + 4) // 4 if charts.principles else 0)
    rows = len(charts.women) if kind is ChartKind.WOMEN else len(charts.money)
    per_row = 26 if kind is ChartKind.WOMEN else 40
    return 140 + per_row * max(rows, 2)


def chart_widgets(charts: AreaCharts, parent: QWidget | None = None) -> list[OfficeChart]:
    """The four charts for the dashboard, in order."""
    return [OfficeChart(kind, charts, parent=parent) for kind in ChartKind]


def chart_picture(
    kind: ChartKind, charts: AreaCharts, size: QSize, *, words: Words | None = None
) -> QPicture:
    """The chart drawn at ``size`` (pixels at 96 per inch) and recorded as vectors and text.

    Needs the GUI thread (the chart is a widget, never shown); the picture may then be replayed
    on any thread."""
    chart = OfficeChart(kind, charts, words=words)
    try:
        chart.setMinimumHeight(0)
        chart.resize(size)
        source = QRectF(0, 0, size.width(), size.height())
        # a widget never shown gets no resize event, on which pyqtgraph lays out its scene
        chart.setRange(source, padding=0, disableAutoPixel=False)
        chart.ci.layout.activate()
        picture = QPicture()
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.scene().render(painter, source, source)
        painter.end()
        return picture
    finally:
        chart.close()
        chart.deleteLater()


def draw_picture(painter: QPainter, picture: QPicture, size: QSize, target: QRectF) -> None:
    """Replay a chart recorded at ``size`` into ``target`` (in the painter's coordinates)."""
    device = painter.device()
    # QPainter.drawPicture scales by the device's resolution over the picture's: undone here,
    # so that ``target`` alone decides the size
    undo_x = picture.logicalDpiX() / device.logicalDpiX() if device is not None else 1.0
    undo_y = picture.logicalDpiY() / device.logicalDpiY() if device is not None else 1.0
    painter.save()
    painter.translate(target.topLeft())
    painter.scale(target.width() / size.width() * undo_x, target.height() / size.height() * undo_y)
    painter.drawPicture(0, 0, picture)
    painter.restore()
