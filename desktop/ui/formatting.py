"""Numbers, money, dates and the core's issues as people in the chosen language write them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

if TYPE_CHECKING:
    from desktop.core.errors import Issue

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


def indonesian_number(value: float) -> str:
    """A number with Indonesian marks whatever the interface language (for official papers):
    dots group, a comma before two decimals: ``1.500``, ``12,50``."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".")


def translate_issue(found: Issue) -> str:
    """An issue of the core in the interface's language: its English template translated in
    the ``Issues`` context, and the words put into it (a stage's name, "start date") too."""
    from desktop.ui.vocabulary import issue_text

    return issue_text(found.template, found.values, found.message)
