"""The user's preferences, kept by Qt in the platform's usual place."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings

ORGANISATION = "Berdaya"
APPLICATION = "Berdaya"
LANGUAGE_KEY = "ui/language"


def app_settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def saved_language() -> str | None:
    value = app_settings().value(LANGUAGE_KEY)
    return str(value) if value else None


def save_language(language: str) -> None:
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


# Where each principle starts to warn, as the user set it. Only the values the user changed are
# kept; the core's defaults (principles.shares.Thresholds) fill in the rest. The keys are
# the field names of that class, so the read job passes them straight in.
THRESHOLD_KEYS = ("women", "community_participation", "facilitator_zero", "self_reliance")
THRESHOLDS_GROUP = "principles"


def saved_thresholds() -> dict[str, float]:
    """The user's own thresholds (shares 0..1), by field name; missing ones are the defaults."""
    settings = app_settings()
    found: dict[str, float] = {}
    for key in THRESHOLD_KEYS:
        value = settings.value(f"{THRESHOLDS_GROUP}/{key}")
        if value is None:
            continue
        try:
            share = float(value)
        except (TypeError, ValueError):
            continue  # a hand-edited file: fall back to the default
        if 0.0 <= share <= 1.0:
            found[key] = share
    return found


def save_thresholds(thresholds: dict[str, float]) -> None:
    settings = app_settings()
    for key in THRESHOLD_KEYS:
        if key in thresholds:
            settings.setValue(f"{THRESHOLDS_GROUP}/{key}", float(thresholds[key]))
        else:
            settings.remove(f"{THRESHOLDS_GROUP}/{key}")
    settings.sync()


# Databases whose device was offered the first start and left unbound ("Later"): asked once.
FIRST_START_GROUP = "first_start_asked"


def first_start_asked(device_id: uuid.UUID) -> bool:
    return bool(app_settings().value(f"{FIRST_START_GROUP}/{device_id.hex}"))


def remember_first_start_asked(device_id: uuid.UUID) -> None:
    settings = app_settings()
    settings.setValue(f"{FIRST_START_GROUP}/{device_id.hex}", True)
    settings.sync()


# How many backups each database keeps (the core remembers it beside the backups, for imports).
BACKUPS_KEY = "backups/keep"


def saved_backups_to_keep() -> int:
    from desktop.core.backups import DEFAULT_KEEP

    try:
        count = int(str(app_settings().value(BACKUPS_KEY, DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP  # a hand-edited file
    return max(1, count)


def save_backups_to_keep(count: int) -> None:
    settings = app_settings()
    settings.setValue(BACKUPS_KEY, max(1, int(count)))
    settings.sync()
