"""The user's preferences, kept by Qt in the platform's usual place."""

from __future__ import annotations

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
