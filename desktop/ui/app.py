"""Starting the window: paint first, open the database meanwhile, off the GUI thread.

Only QtCore, QtGui and QtWidgets are imported here; SQLAlchemy, the models and the list of
places are imported by the job that opens the database, while the window is being built.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n, jobs, settings, theme

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
    return app


def run(
    *,
    db: str | None,
    lang: str | None,
    observer: Callable[[MainWindow], None] | None = None,
) -> int:
    """Show the main window on ``db`` (None: the default database) and run until it closes.

    ``observer`` is called with the window right after it is made, before it is shown.
    """
    app = application()
    language = i18n.choose_language(lang, settings.saved_language())
    i18n.install(app, language)
    theme.apply_palette(app)

    from desktop.ui.main_window import MainWindow

    window = MainWindow(language=language)
    # the database opens right after the first paint: its imports would only delay it
    window.open_when_shown(db)
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
