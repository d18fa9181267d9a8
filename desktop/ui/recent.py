"""The databases opened lately, most recent first, kept in the user's preferences."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.settings import app_settings

RECENT_KEY = "files/recent"
MOST = 8


def recent_databases() -> list[str]:
    """What File > Recent databases lists: paths (or URLs), the latest first."""
    value = app_settings().value(RECENT_KEY)
    if isinstance(value, str):
        value = [value]  # QSettings hands back a one-item list as a plain string
    if not isinstance(value, list):
        return []
    return [str(entry) for entry in value if entry][:MOST]


def remember_database(description: str) -> None:
    """Put a database just opened at the top of the list (the oldest falls off)."""
    entries = [description, *(e for e in recent_databases() if e != description)]
    settings = app_settings()
    settings.setValue(RECENT_KEY, entries[:MOST])
    settings.sync()


def forget_missing() -> list[str]:
    """Take files that are no longer there off the list; returns what was taken off."""
    entries = recent_databases()
    gone = [entry for entry in entries if not is_available(entry)]
    if gone:
        settings = app_settings()
        settings.setValue(RECENT_KEY, [e for e in entries if e not in gone])
        settings.sync()
    return gone


def is_available(entry: str) -> bool:
    """A file still there; a server URL is taken on trust (it is checked when opened)."""
    return "://" in entry or Path(entry).is_file()
