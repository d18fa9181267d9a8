"""A wizard's small dialog laid out the one way: its form above Save and Cancel, named for a
screen reader."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout

from desktop.ui import accessibility


def dialog_form(
    dialog: QDialog, form: QFormLayout, save_text: str, save: Callable[[], object], width: int
) -> None:
    """Lay ``form`` out in ``dialog`` above Save (named ``save_text``) and Cancel, in the order
    Tab reaches them, and name its inputs for a screen reader."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("DialogForm", "Cancel")
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(width)
    accessibility.name_widgets(dialog)
