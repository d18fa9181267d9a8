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
    logbook.configure()
    logbook.log_start("window", language=language)
    errors.install()
    i18n.install(app, language)
    theme.apply_palette(app)

    from desktop.ui.main_window import MainWindow

    window = MainWindow(language=language)
    window.asks_first_start = True
    # the database opens right after the first paint: its imports would only delay it
    window.open_when_shown(db)
    if files:
        _import_when_open(window, [Path(file) for file in files])
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


def _import_when_open(window: MainWindow, paths: list[Path]) -> None:
    """The import dialog with ``paths``, once the first database has opened."""

    def show(_description: str) -> None:
        window.database_opened.disconnect(show)
        from desktop.ui.sync.importing import show_import_dialog

        show_import_dialog(window, paths)

    window.database_opened.connect(show)
