"""Printing the timeline across pages (PDF or a printer) and saving it as one PNG picture.

Pages tile the chart: across for time, down for rows; every page repeats the time header for
its slice of time and the row titles for its rows, under a title line with the page number.
Paper is A4 or F4 (the 215 x 330 mm folio of Indonesian offices), portrait or landscape.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from desktop.ui.timeline.chart import HEADER_HEIGHT, ChartPainter

LABEL_WIDTH = 240
TITLE_HEIGHT = 26
SCREEN_DPI = 96.0
MAX_PNG_SIDE = 30_000
MAX_PNG_PIXELS = 60_000_000


def page_size(name: str) -> QPageSize:
    if name.upper() == "F4":
        return QPageSize(
            QSizeF(215, 330),
            QPageSize.Unit.Millimeter,
            "F4",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    if name.upper() == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    raise ValueError(f"unknown paper size {name!r}: use A4 or F4")


@dataclass(frozen=True)
class PagePlan:
    columns: int
    rows: int
    width: float  # chart pixels of time per page
    row_count: int  # chart rows per page
    scale: float  # device pixels per chart pixel

    @property
    def pages(self) -> int:
        return self.columns * self.rows


def plan_pages(
    chart_width: float,
    row_total: int,
    row_height: int,
    device_width: float,
    device_height: float,
    scale: float,
) -> PagePlan:
    """How the chart tiles over pages whose printable area is ``device_*`` device pixels."""
    usable_w = device_width / scale - LABEL_WIDTH
    usable_h = device_height / scale - TITLE_HEIGHT - HEADER_HEIGHT
    if usable_w < 50 or usable_h < row_height:
        raise ValueError("the page is too small for the timeline at this scale")
    per_page = max(1, int(usable_h // row_height))
    columns = max(1, math.ceil(max(chart_width, 1) / usable_w))
    rows = max(1, math.ceil(row_total / per_page))
    return PagePlan(columns, rows, usable_w, per_page, scale)


def paint_pages(
    device: QPagedPaintDevice,
    chart: ChartPainter,
    title: str,
    *,
    resolution: int,
    zoom: float = 1.0,
) -> PagePlan:
    """Paint the whole chart on ``device``, page after page; returns the plan used."""
    scale = resolution / SCREEN_DPI * zoom
    layout = chart.layout
    plan = plan_pages(
        chart.width, len(layout), layout.row_height, device.width(), device.height(), scale
    )
    selected, chart.selected = chart.selected, None
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font = QFont(chart.delegate.bold)
        number = 0
        for page_row in range(plan.rows):
            first_row = page_row * plan.row_count
            rows_here = min(plan.row_count, len(layout) - first_row) if len(layout) else 0
            y0 = layout.y_of(first_row)
            height = max(rows_here, 1) * layout.row_height
            for column in range(plan.columns):
                if number:
                    device.newPage()
                number += 1
                x0 = column * plan.width
                width = min(plan.width, max(chart.width - x0, 1))
                painter.save()
                painter.scale(scale, scale)
                painter.setFont(title_font)
                painter.setPen(chart.delegate.palette.text_pen)
                painter.drawText(
                    QRectF(0, 0, LABEL_WIDTH + plan.width, TITLE_HEIGHT - 6),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    f"{title}    {number}/{plan.pages}",
                )
                _paint_part(
                    painter,
                    QPointF(0, TITLE_HEIGHT + HEADER_HEIGHT),
                    QRectF(0, 0, LABEL_WIDTH, height),
                    lambda p: chart.paint_labels(p, y0, height, LABEL_WIDTH),  # noqa: B023 - called now
                    QPointF(0, -y0),
                )
                _paint_part(
                    painter,
                    QPointF(LABEL_WIDTH, TITLE_HEIGHT),
                    QRectF(0, 0, width, HEADER_HEIGHT),
                    lambda p: chart.paint_header(p, x0, width),  # noqa: B023 - called now
                    QPointF(-x0, 0),
                )
                _paint_part(
                    painter,
                    QPointF(LABEL_WIDTH, TITLE_HEIGHT + HEADER_HEIGHT),
                    QRectF(0, 0, width, height),
                    lambda p: chart.paint_body(p, QRectF(x0, y0, width, height)),  # noqa: B023
                    QPointF(-x0, -y0),
                )
                painter.setPen(QColor("#c9d1ce"))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(
                    QRectF(0, TITLE_HEIGHT, LABEL_WIDTH + width, HEADER_HEIGHT + height)
                )
                painter.restore()
    finally:
        painter.end()
        chart.selected = selected
    return plan


def _paint_part(
    painter: QPainter,
    at: QPointF,
    clip: QRectF,
    paint: Callable[[QPainter], None],
    shift: QPointF,
) -> None:
    painter.save()
    painter.translate(at)
    painter.setClipRect(clip)
    painter.translate(shift)
    paint(painter)
    painter.restore()


def export_pdf(
    chart: ChartPainter,
    path: str | Path,
    title: str,
    *,
    paper: str = "A4",
    landscape: bool = True,
    resolution: int = 150,
    zoom: float = 1.0,
) -> PagePlan:
    writer = QPdfWriter(str(path))
    writer.setResolution(resolution)
    writer.setTitle(title)
    writer.setCreator("Berdaya")
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            page_size(paper), orientation, QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter
        )
    )
    return paint_pages(writer, chart, title, resolution=resolution, zoom=zoom)


def render_image(chart: ChartPainter, *, with_labels: bool = True) -> QImage:
    """The whole chart with its header (and row titles) as one picture."""
    left = LABEL_WIDTH if with_labels else 0
    width = math.ceil(left + chart.width)
    height = int(HEADER_HEIGHT + max(chart.layout.height, chart.layout.row_height))
    if max(width, height) > MAX_PNG_SIDE or width * height > MAX_PNG_PIXELS:
        raise ValueError(
            f"The timeline is too large for one picture ({width} × {height} pixels); "
            "export it as PDF, which splits it over pages."
        )
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    selected, chart.selected = chart.selected, None
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body_h = height - HEADER_HEIGHT
        if with_labels:
            _paint_part(
                painter,
                QPointF(0, HEADER_HEIGHT),
                QRectF(0, 0, left, body_h),
                lambda p: chart.paint_labels(p, 0, body_h, left),
                QPointF(0, 0),
            )
        _paint_part(
            painter,
            QPointF(left, 0),
            QRectF(0, 0, chart.width, HEADER_HEIGHT),
            lambda p: chart.paint_header(p, 0, chart.width),
            QPointF(0, 0),
        )
        _paint_part(
            painter,
            QPointF(left, HEADER_HEIGHT),
            QRectF(0, 0, chart.width, body_h),
            lambda p: chart.paint_body(p, QRectF(0, 0, chart.width, body_h)),
            QPointF(0, 0),
        )
    finally:
        painter.end()
        chart.selected = selected
    return image


def export_png(chart: ChartPainter, path: str | Path) -> QImage:
    image = render_image(chart)
    saved: bool = image.save(str(path), "PNG")  # type: ignore[call-overload]
    if not saved:
        raise OSError(f"could not write {path}")
    return image
