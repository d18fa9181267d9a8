"""Starting the window: paint first, open the database meanwhile, off the GUI thread.

Only QtCore, QtGui and QtWidgets are imported here; SQLAlchemy, the models and the list of
places are imported by the job that opens the database, while the window is being built.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from desktop.core import logbook
from desktop.ui import errors, i18n, jobs, settings, theme

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

GEOMETRY_KEY = "window/geometry"


def application() -> QApplication:
    """The one QApplication of the process (tests and the screenshot command share it)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Berdaya")
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationDisplayName("Berdaya")
    # the installed menu entry (packaging/linux): desktops show its name and icon for the window
    app.setDesktopFileName("id.berdaya.Berdaya")
    return app


def run(
    *,
    db: str | None,
    lang: str | None,
    observer: Callable[[MainWindow], None] | None = None,
    files: Sequence[str] = (),
) -> int:
    """Show the main window on ``db`` (None: the default database) and run until it closes.

    ``observer`` is called with the window right after it is made, before it is shown; ``files``
    (bundles double-clicked in a file manager) are offered in the import dialog once it is open.
    """
    app = application()
    language = i18n.choose_language(lang, settings.saved_language())
    logbook.configure(rotate=False)  # logging.handlers and the platform's name after the paint
    errors.install()
    i18n.install(app, language)
    theme.apply_palette(app)

    from desktop.ui.main_window import MainWindow

    pending = [Path(file) for file in files]
    window = MainWindow(language=language)
    window.asks_first_start = window.reopens_last_program = True
    window.first_painted.connect(lambda: _log_start(language))

    def switch_language(chosen: str) -> None:
        """A new window in the language the first-start walk chose, on the same database."""
        nonlocal window
        old = window
        target = old.workspace.database.url if old.workspace is not None else db
        i18n.install(app, chosen)
        window = MainWindow(language=chosen)
        window.reopens_last_program = True
        window.language_switched.connect(switch_language)
        window.setGeometry(old.geometry())
        window.open_when_shown(target)
        if pending:
            _import_when_open(window, pending)
        window.show()
        old.close()
        if old.workspace is not None:
            old.workspace.close()
        old.deleteLater()

    window.language_switched.connect(switch_language)
    # the database opens right after the first paint: its imports would only delay it
    window.open_when_shown(db)
    if pending:
        _import_when_open(window, pending)
    if observer is not None:
        observer(window)
    geometry = settings.app_settings().value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    window.show()
    try:
        return app.exec()
    finally:
        settings.app_settings().setValue(GEOMETRY_KEY, window.saveGeometry())
        jobs.cancel_all()
        jobs.wait_for_all()
        if window.workspace is not None:
            window.workspace.close()


def _log_start(language: str) -> None:
    logbook.start_rotating()
    logbook.log_start("window", language=language)


def _import_when_open(window: MainWindow, paths: list[Path]) -> None:
    """The import dialog with ``paths`` (emptied once shown), when the database is open and any
    first-start walk is over: bundles go to a laptop that knows its places."""

    def show(*_args: object) -> None:
        if not paths or not window.isVisible():
            return  # shown already, or this window gave way to one in another language
        from desktop.ui.sync.importing import show_import_dialog

        show_import_dialog(window, list(paths))
        paths.clear()

    def device_shown(_device: object) -> None:
        window.device_shown.disconnect(device_shown)
        if window.first_start is not None:
            window.first_start.finished.connect(show)
        else:
            show()

    window.device_shown.connect(device_shown)
