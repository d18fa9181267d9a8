"""The time grid: dates to x and back at every zoom, and Indonesian header names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from desktop.ui.timeline.grid import ZOOMS, TimeGrid, Zoom
from desktop.ui.timeline.model import ROW_HEIGHT
from desktop.ui.timeline.rows import RowLayout

ORIGIN = dt.date(2025, 12, 29)  # a Monday
ID = QLocale("id_ID")


@pytest.mark.parametrize("zoom", ZOOMS, ids=[z.value for z in ZOOMS])
def test_date_to_x_and_back_at_every_zoom(zoom: Zoom) -> None:
    grid = TimeGrid(ORIGIN, zoom, locale=ID)
    width = zoom.day_width
    assert grid.x_of(ORIGIN) == 0
    for offset in (0, 1, 6, 7, 31, 90, 365, 800):
        day = ORIGIN + dt.timedelta(days=offset)
        x = grid.x_of(day)
        assert x == pytest.approx(offset * width)
        assert grid.x_end(day) == pytest.approx(x + width)
        # every pixel of the day maps back to it
        assert grid.date_at(x) == day
        assert grid.date_at(x + width * 0.5) == day
        assert grid.date_at(x + width - 0.01) == day
        assert grid.nearest_boundary(x + width * 0.4) == day
        assert grid.nearest_boundary(x + width * 0.6) == day + dt.timedelta(days=1)
    assert grid.date_at(-0.01) == ORIGIN - dt.timedelta(days=1)
    assert grid.days_for(width * 3.4) == 3
    assert grid.days_for(-width * 2.6) == -3


def test_zoom_widths_order_and_fit() -> None:
    widths = [z.day_width for z in ZOOMS]
    assert widths == sorted(widths, reverse=True)
    grid = TimeGrid(ORIGIN, Zoom.DAY, locale=ID)
    grid.fit(dt.date(2026, 1, 1), dt.date(2026, 12, 31), 1000)
    assert grid.zoom is Zoom.MONTH and grid.day_width == pytest.approx(1000 / 365)
    grid.fit(dt.date(2026, 1, 1), dt.date(2027, 12, 31), 1000)
    assert grid.zoom is Zoom.QUARTER
    grid.fit(dt.date(2026, 1, 1), dt.date(2026, 1, 20), 1000)
    assert grid.zoom is Zoom.DAY and grid.day_width == Zoom.DAY.day_width
    grid.fit(dt.date(2026, 1, 1), dt.date(2026, 3, 31), 1000)
    assert grid.zoom is Zoom.WEEK


def test_header_names_in_indonesian() -> None:
    first, last = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    upper, lower = TimeGrid(ORIGIN, Zoom.DAY, locale=ID).header_cells(first, last)
    assert upper[0].label == "Maret 2026"
    assert lower[0].label == "Min 1" and lower[1].label == "Sen 2"
    assert len(lower) == 31
    upper, lower = TimeGrid(ORIGIN, Zoom.WEEK, locale=ID).header_cells(first, last)
    assert lower[0].start == dt.date(2026, 2, 23) and lower[0].label == "Minggu 9"
    upper, lower = TimeGrid(ORIGIN, Zoom.MONTH, locale=ID).header_cells(
        dt.date(2026, 1, 10), dt.date(2026, 8, 1)
    )
    assert [c.label for c in upper] == ["2026"]
    assert [c.label for c in lower][:3] == ["Januari", "Februari", "Maret"]
    assert lower[-1].label == "Agustus"
    upper, lower = TimeGrid(ORIGIN, Zoom.QUARTER, locale=ID).header_cells(
        dt.date(2026, 2, 1), dt.date(2027, 1, 5)
    )
    assert [c.label for c in lower] == [
        "Triwulan I",
        "Triwulan II",
        "Triwulan III",
        "Triwulan IV",
        "Triwulan I",
    ]
    assert lower[-1].start == dt.date(2027, 1, 1)
    assert [c.label for c in upper] == ["2026", "2027"]


def test_row_layout_maps_rows_and_y() -> None:
    layout = RowLayout()
    assert layout.row_height == ROW_HEIGHT
    assert layout.rows_between(0, 100) == range(0, 0)
    assert layout.row_at(5) is None
