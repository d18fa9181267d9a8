"""The time grid: where a date lies on the x axis at each zoom, and the header's labels.

x is measured in pixels from the grid's origin (a date); a day is ``day_width`` pixels wide and
day ``d`` covers ``[x_of(d), x_of(d) + day_width)``. Month, week and day names come from the
locale (Indonesian unless the interface runs in English).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QLocale


class Zoom(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"

    @property
    def day_width(self) -> float:
        return _DAY_WIDTH[self]


_DAY_WIDTH = {Zoom.DAY: 48.0, Zoom.WEEK: 12.0, Zoom.MONTH: 4.0, Zoom.QUARTER: 1.5}
ZOOMS = (Zoom.DAY, Zoom.WEEK, Zoom.MONTH, Zoom.QUARTER)
_ROMAN = ("I", "II", "III", "IV")


def timeline_locale() -> QLocale:
    """Indonesian names (QLocale id_ID), unless the interface was set to English."""
    current = QLocale()
    if current.language() == QLocale.Language.English:
        return current
    return QLocale("id_ID")


@dataclass(frozen=True, slots=True)
class HeaderCell:
    start: dt.date
    end: dt.date  # exclusive
    label: str


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _next_quarter(day: dt.date) -> dt.date:
    start = _quarter_start(day)
    return dt.date(start.year + (start.month + 3 > 12), (start.month + 2) % 12 + 1, 1)


class TimeGrid:
    """Maps dates to x and back at one zoom; ``fit`` picks a free day width."""

    def __init__(
        self,
        origin: dt.date,
        zoom: Zoom = Zoom.WEEK,
        *,
        locale: QLocale | None = None,
    ) -> None:
        self.origin = origin
        self.zoom = zoom
        self.day_width = zoom.day_width
        self.locale = locale if locale is not None else timeline_locale()
        self._indonesian = self.locale.language() == QLocale.Language.Indonesian

    # --- mapping --------------------------------------------------------------------------

    def x_of(self, day: dt.date) -> float:
        return (day.toordinal() - self.origin.toordinal()) * self.day_width

    def x_end(self, day: dt.date) -> float:
        """The right edge of ``day`` (where an inclusive end date's bar stops)."""
        return self.x_of(day) + self.day_width

    def date_at(self, x: float) -> dt.date:
        """The day under pixel ``x``."""
        return dt.date.fromordinal(self.origin.toordinal() + math.floor(x / self.day_width))

    def nearest_boundary(self, x: float) -> dt.date:
        """The day whose left edge is nearest to ``x`` (for dragging an edge)."""
        return dt.date.fromordinal(self.origin.toordinal() + round(x / self.day_width))

    def days_for(self, dx: float) -> int:
        """A drag of ``dx`` pixels as whole days."""
        return round(dx / self.day_width)

    def set_zoom(self, zoom: Zoom) -> None:
        self.zoom = zoom
        self.day_width = zoom.day_width

    def fit(self, first: dt.date, last: dt.date, width: float) -> None:
        """Choose a day width that shows ``first``..``last`` in ``width`` pixels, and the
        zoom whose header suits it."""
        days = max(1, (last - first).days + 1)
        self.day_width = max(0.2, min(_DAY_WIDTH[Zoom.DAY], width / days))
        if self.day_width >= 24:
            self.zoom = Zoom.DAY
        elif self.day_width >= 7:
            self.zoom = Zoom.WEEK
        elif self.day_width >= 2.5:
            self.zoom = Zoom.MONTH
        else:
            self.zoom = Zoom.QUARTER

    # --- header ---------------------------------------------------------------------------

    def boundaries(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """Where the lower header's cells start, without their labels (for grid lines)."""
        if self.zoom is Zoom.DAY:
            return _days(first, last)
        if self.zoom is Zoom.WEEK:
            monday = first - dt.timedelta(days=first.weekday())
            return [monday + dt.timedelta(days=7 * i) for i in range((last - monday).days // 7 + 1)]
        out = []
        start = _month_start(first) if self.zoom is Zoom.MONTH else _quarter_start(first)
        step = _next_month if self.zoom is Zoom.MONTH else _next_quarter
        while start <= last:
            out.append(start)
            start = step(start)
        return out

    def month_label(self, day: dt.date, short: bool = False) -> str:
        fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return self.locale.standaloneMonthName(day.month, fmt)

    def week_label(self, day: dt.date) -> str:
        week = day.isocalendar().week
        if self.day_width * 7 >= 60:
            return f"{'Minggu' if self._indonesian else 'Week'} {week}"
        return f"{'Mg' if self._indonesian else 'W'} {week}"

    def quarter_label(self, day: dt.date) -> str:
        number = (day.month - 1) // 3
        if self._indonesian:
            return f"Triwulan {_ROMAN[number]}" if self.day_width * 91 >= 80 else f"TW {number + 1}"
        return f"Q{number + 1}"

    def day_label(self, day: dt.date) -> str:
        if self.day_width >= 44:
            name = self.locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{name} {day.day}"
        return str(day.day)

    def header_cells(
        self, first: dt.date, last: dt.date
    ) -> tuple[list[HeaderCell], list[HeaderCell]]:
        """The upper and lower header rows covering ``first``..``last`` (inclusive)."""
        if self.zoom is Zoom.DAY:
            return self._months(first, last, with_year=True), [
                HeaderCell(d, d + dt.timedelta(days=1), self.day_label(d))
                for d in _days(first, last)
            ]
        if self.zoom is Zoom.WEEK:
            monday = first - dt.timedelta(days=first.weekday())
            weeks = []
            while monday <= last:
                nxt = monday + dt.timedelta(days=7)
                weeks.append(HeaderCell(monday, nxt, self.week_label(monday)))
                monday = nxt
            return self._months(first, last, with_year=True), weeks
        if self.zoom is Zoom.MONTH:
            return self._years(first, last), self._months(
                first, last, with_year=False, short=self.day_width * 30 < 70
            )
        quarters = []
        start = _quarter_start(first)
        while start <= last:
            nxt = _next_quarter(start)
            quarters.append(HeaderCell(start, nxt, self.quarter_label(start)))
            start = nxt
        return self._years(first, last), quarters

    def _months(
        self, first: dt.date, last: dt.date, *, with_year: bool, short: bool = False
    ) -> list[HeaderCell]:
        out = []
        start = _month_start(first)
        while start <= last:
            nxt = _next_month(start)
            label = self.month_label(start, short)
            out.append(HeaderCell(start, nxt, f"{label} {start.year}" if with_year else label))
            start = nxt
        return out

    def _years(self, first: dt.date, last: dt.date) -> list[HeaderCell]:
        return [
            HeaderCell(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), str(year))
            for year in range(first.year, last.year + 1)
        ]


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
