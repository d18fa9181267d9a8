"""Saving the office's own rules in its database, so the window and `berdaya report` agree: its
name for report headers, how long a silence makes a village late, and the monthly due day.

``area.office_rules`` reads them back (``read_area`` does, when given none)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.errors import Issue, issue, refuse_if
from desktop.core.models import LocalSetting
from desktop.core.office.figures import (
    DUE_DAY_KEY,
    DUE_DAY_MAX,
    LATE_DAYS_KEY,
    LATE_DAYS_MAX,
    NAME_KEY,
)
from desktop.core.stages import guards


def rules_issues(*, office_name: str, late_days: int, due_day: int) -> list[Issue]:
    """What is wrong with rules to be saved: a name too long or with control characters, a late
    limit or due day no calendar allows."""
    found = guards.text_issues("office_name", office_name, limit=guards.NAME_MAX, one_line=True)
    if not 1 <= late_days <= LATE_DAYS_MAX:
        found.append(
            issue(
                "late_days",
                "A village counts as late after 1 to {most} days without sending; "
                "{days} is not possible.",
                most=LATE_DAYS_MAX,
                days=late_days,
            )
        )
    if not 1 <= due_day <= DUE_DAY_MAX:
        found.append(
            issue(
                "due_day",
                "The monthly due day is a day from 1 to {most}, which every month has; "
                "{day} is not possible.",
                most=DUE_DAY_MAX,
                day=due_day,
            )
        )
    return found


def save_office_rules(
    session: Session, *, office_name: str, late_days: int, due_day: int
) -> Changes:
    """Save the office's name, late limit and due day; refused whole when one is impossible."""
    office_name = office_name.strip()
    refuse_if(rules_issues(office_name=office_name, late_days=late_days, due_day=due_day))
    saved = {NAME_KEY: office_name, LATE_DAYS_KEY: str(late_days), DUE_DAY_KEY: str(due_day)}
    for key, value in saved.items():
        row = session.get(LocalSetting, key)
        if row is None:
            session.add(LocalSetting(key=key, value=value))
        else:
            row.value = value
    session.flush()
    return Changes(tables=frozenset({"local_settings"}))
