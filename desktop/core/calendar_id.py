"""Indonesian working days: weekends, public holidays and cuti bersama (collective leave).

Holidays come from the ``holidays`` package: its ``public`` category holds the national public
holidays, its ``government`` category the cuti bersama days decreed each year for civil servants,
which village offices and most programs observe too. Counting is done on an index of working
days (the n-th working day), so adding, subtracting and comparing durations is integer work.
"""

from __future__ import annotations

import datetime as dt
import threading
from bisect import bisect_left
from collections.abc import Iterable

import holidays

SATURDAY = 5
SUNDAY = 6


class WorkingCalendar:
    """Which days are worked. Years are loaded on demand; indices stay valid as it grows."""

    def __init__(
        self,
        *,
        collective_leave: bool = True,
        weekend: Iterable[int] = (SATURDAY, SUNDAY),
        language: str = "id",
        extra_days_off: Iterable[dt.date] = (),
    ) -> None:
        self.collective_leave = collective_leave
        self.weekend = frozenset(weekend)
        self.language = language
        self._extra = frozenset(extra_days_off)
        self._names: dict[dt.date, str] = {}
        self._first_year = 0
        self._last_year = -1
        # ordinals of working days across the loaded years; index i of _ordinals is the
        # working day number _base + i, so prepending years only lowers _base
        self._ordinals: list[int] = []
        self._base = 0
        self._lock = threading.Lock()  # views and background jobs share one calendar

    # --- loading --------------------------------------------------------------------------

    def _holidays_of(self, years: range) -> dict[dt.date, str]:
        categories = ("public", "government") if self.collective_leave else ("public",)
        found = holidays.country_holidays(
            "ID", years=list(years), categories=categories, language=self.language
        )
        return {day: str(name) for day, name in found.items()}

    def _working_ordinals(self, years: range) -> list[int]:
        names = self._holidays_of(years)
        self._names.update(names)
        out = []
        day = dt.date(years.start, 1, 1).toordinal()
        last = dt.date(years.stop - 1, 12, 31).toordinal()
        while day <= last:
            date = dt.date.fromordinal(day)
            if date.weekday() not in self.weekend and date not in names and date not in self._extra:
                out.append(day)
            day += 1
        return out

    def _ensure_year(self, year: int) -> None:
        if self._first_year <= year <= self._last_year:
            return
        with self._lock:
            self._load_year(year)

    def _load_year(self, year: int) -> None:
        if self._first_year <= year <= self._last_year:
            return
        if self._last_year < self._first_year:  # nothing loaded yet: a few years around it
            first, last = year - 1, year + 2
            self._ordinals = self._working_ordinals(range(first, last + 1))
            self._first_year, self._last_year = first, last
            return
        if year > self._last_year:
            self._ordinals.extend(self._working_ordinals(range(self._last_year + 1, year + 1)))
            self._last_year = year
        else:
            earlier = self._working_ordinals(range(year, self._first_year))
            self._ordinals[:0] = earlier
            self._base -= len(earlier)
            self._first_year = year

    # --- questions ------------------------------------------------------------------------

    def is_working_day(self, day: dt.date) -> bool:
        self._ensure_year(day.year)
        return (
            day.weekday() not in self.weekend
            and day not in self._names
            and (day not in self._extra)
        )

    def holiday_name(self, day: dt.date) -> str | None:
        """The holiday's name (in the calendar's language), or None on an ordinary day."""
        self._ensure_year(day.year)
        return self._names.get(day)

    def holidays_between(self, first: dt.date, last: dt.date) -> dict[dt.date, str]:
        """Holidays and collective leave days from ``first`` to ``last`` inclusive."""
        for year in range(first.year, last.year + 1):
            self._ensure_year(year)
        return {day: name for day, name in self._names.items() if first <= day <= last}

    def index(self, day: dt.date) -> int:
        """The number of the first working day on or after ``day``."""
        self._ensure_year(day.year)
        self._ensure_year(day.year + 1)  # a day after the last working day of a year
        return self._base + bisect_left(self._ordinals, day.toordinal())

    def day(self, index: int) -> dt.date:
        """The working day numbered ``index`` (the inverse of :meth:`index`)."""
        while index - self._base < 0:
            self._ensure_year(self._first_year - 1)
        while index - self._base >= len(self._ordinals):
            self._ensure_year(self._last_year + 1)
        return dt.date.fromordinal(self._ordinals[index - self._base])

    # --- arithmetic -----------------------------------------------------------------------

    def roll_forward(self, day: dt.date) -> dt.date:
        """``day`` if it is worked, else the next working day."""
        return self.day(self.index(day))

    def roll_back(self, day: dt.date) -> dt.date:
        """``day`` if it is worked, else the working day before it."""
        if self.is_working_day(day):
            return day
        return self.day(self.index(day) - 1)

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The working day ``count`` working days after ``day`` (before it when negative).

        From a non-working day, counting starts at the next (or, going back, the previous)
        working day, which is day zero."""
        if count >= 0:
            return self.day(self.index(day) + count)
        start = self.roll_back(day)
        return self.day(self.index(start) + count)

    def working_days(self, first: dt.date, last: dt.date) -> int:
        """How many working days from ``first`` to ``last``, both included (0 if none)."""
        if last < first:
            return 0
        return self.index(last + dt.timedelta(days=1)) - self.index(first)

    def working_days_signed(self, since: dt.date, until: dt.date) -> int:
        """Working days from ``since`` to ``until``: positive when ``until`` is later.

        The difference of the two days' working-day numbers, so a slip from Friday to Monday
        counts one, and a slip over a holiday week counts only the days worked."""
        return self.index(until) - self.index(since)


_default: WorkingCalendar | None = None


def default_calendar() -> WorkingCalendar:
    """The shared calendar: Indonesian public holidays and cuti bersama, Saturday and Sunday."""
    global _default
    if _default is None:
        _default = WorkingCalendar()
    return _default
