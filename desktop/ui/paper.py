"""The paper printed PDFs come on: F4 (215 x 330 mm, "folio", what most village and district
offices load in their printers) and A4."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize

F4 = QPageSize(
    QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch
)
A4 = QPageSize(QPageSize.PageSizeId.A4)
PAPERS: dict[str, QPageSize] = {"F4": F4, "A4": A4}
LAYOUT_DPI = 96  # the pixels QTextDocument lays out in without a paint device


def page_layout(paper: str, margins_mm: QMarginsF) -> QPageLayout:
    """An upright page of ``paper`` ("F4" or "A4") with margins in millimetres."""
    return QPageLayout(
        PAPERS[paper], QPageLayout.Orientation.Portrait, margins_mm, QPageLayout.Unit.Millimeter
    )


def text_area(layout: QPageLayout) -> QSizeF:
    """The page inside its margins, in layout pixels (LAYOUT_DPI per inch)."""
    body = layout.paintRect(QPageLayout.Unit.Point)
    return QSizeF(body.width() * LAYOUT_DPI / 72, body.height() * LAYOUT_DPI / 72)
