"""Numbers, money and dates as people in the chosen language write them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

NOTHING = "—"


def rupiah(amount: int) -> str:
    """Rupiah the Indonesian way, in either language: ``Rp 1.500.000``."""
    grouped = f"{abs(int(amount)):,}".replace(",", ".")
    return f"−Rp {grouped}" if amount < 0 else f"Rp {grouped}"


def number(value: float, decimals: int = 0) -> str:
    """A number with the locale's separators; whole numbers lose their decimals."""
    locale = QLocale()
    if decimals == 0 or float(value).is_integer():
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def percent(share: float | None) -> str:
    """A share 0..1 as a whole percent, or a dash when there is nothing to divide."""
    if share is None:
        return NOTHING
    return f"{number(round(share * 100))}%"


def long_date(day: dt.date | None) -> str:
    if day is None:
        return NOTHING
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_date(day: dt.date | None) -> str:
    if day is None:
        return NOTHING
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def day_text(value: dt.date | None) -> str:
    """A day as every list of the wizards shows it, the way it is typed: ``dd-mm-yyyy``."""
    return value.strftime("%d-%m-%Y") if value is not None else ""
