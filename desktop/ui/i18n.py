"""The interface language: which one to use, and installing its translations into Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.ui.resources import translations_dir

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_LOCALES = {
    "id": (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_installed: list[QTranslator] = []
_STARTING_LOCALE = QLocale()  # what Qt chose before any install()


def choose_language(override: str | None, saved: str | None) -> str:
    """``--lang`` wins over the saved preference; Indonesian when neither says anything."""
    for candidate in (override, saved):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def install(app: QCoreApplication, language: str) -> None:
    """Replace the translators of an earlier call (tests switch languages in one process)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(*_LOCALES[language]))
    candidates = [(str(translations_dir()), f"berdaya_{language}")]
    if language != "en":
        # Qt's own words (standard buttons of message boxes and file dialogs), when shipped
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((qt_dir, f"qtbase_{language}"))
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def language_names() -> dict[str, str]:
    """Each language in its own words, so a person can find theirs whatever is chosen now."""
    return {"id": "Bahasa Indonesia", "en": "English"}


def uninstall() -> None:
    """Back to the source language and the starting locale (in-process commands and tests
    that rendered in Indonesian leave nothing behind)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_STARTING_LOCALE)
