"""An unexpected error, shown plainly: one sentence, details to copy, and where the log is.

:func:`install` makes it the process's ``sys.excepthook``, which PySide6 also calls for an
exception raised in a slot or an overridden Qt method; :func:`show_error` shows it for an error
already caught and logged (the window's operations).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QUrl  # not Qt: its namespace takes ~20 ms to load, after the paint
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core import logbook

log = logging.getLogger(__name__)

# the dialog on screen: an error that repeats (in a paint event, say) is logged, not stacked
_shown: list[ErrorDialog] = []
# the hook before ours: Python's prints to the terminal; pytest-qt's fails the test
_previous: list[Callable[[type[BaseException], BaseException, TracebackType | None], Any]] = []


class ErrorDialog(QDialog):
    """One sentence, the log's location, *Copy details* and *Close*."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.details = details
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        sentence = QLabel(
            self.tr(
                "Berdaya met a problem it did not expect, and what you just did may not have "
                "been saved."
            ),
            self,
        )
        sentence.setWordWrap(True)
        layout.addWidget(sentence)
        if log_file is not None:
            where = self.tr("The details are also in the log: {file}").format(file=log_file)
        else:
            where = self.tr("The log could not be written; copy the details to send them.")
        self.location = QLabel(where, self)
        self.location.setObjectName("logLocation")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.location)
        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeError")
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def error_details(error: BaseException) -> str:
    """What *Copy details* copies: the version, the platform, Qt's version and the traceback."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    text = logbook.details(error)
    head, _, rest = text.partition("\n")
    return f"{head}, Qt {qVersion()}, PySide6 {pyside_version}\n{rest}"


def show_error(error: BaseException, parent: QWidget | None = None) -> ErrorDialog | None:
    """Show the dialog for ``error`` (logged by the caller); None while another one is shown."""
    if _shown:
        return None
    from PySide6.QtCore import Qt

    dialog = ErrorDialog(error_details(error), logbook.current_file(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.append(dialog)
    dialog.finished.connect(lambda _result: _shown.clear())
    dialog.destroyed.connect(lambda _gone=None: _shown.clear())  # closed with its window
    dialog.open()
    return dialog


def excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log an exception nobody caught, hand it to the hook before ours, and show the dialog."""
    previous = _previous[0] if _previous else sys.__excepthook__
    if issubclass(kind, KeyboardInterrupt):
        previous(kind, error, trace)
        return
    log.critical("unexpected error", exc_info=(kind, error, trace))
    previous(kind, error, trace)
    if isinstance(QApplication.instance(), QApplication):
        try:
            show_error(error, QApplication.activeWindow())
        except Exception:  # the dialog itself failed: the log and the terminal have the error
            log.exception("the error dialog could not be shown")


def install() -> None:
    """Make :func:`excepthook` the process's hook for exceptions nobody caught (once)."""
    if sys.excepthook is not excepthook:
        _previous[:] = [sys.excepthook]
        sys.excepthook = excepthook


def log_folder_url() -> QUrl:
    """The log's folder as a URL (made if it does not exist yet, so there is something to open)."""
    current = logbook.current_file()
    folder = current.parent if current is not None else logbook.default_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        log.warning("the log folder %s cannot be made", folder, exc_info=True)
    return QUrl.fromLocalFile(str(folder))


def open_log_folder() -> bool:
    """*Help > Open log folder*: the folder in the desktop's file manager."""
    return QDesktopServices.openUrl(log_folder_url())
