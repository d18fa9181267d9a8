"""The wizards' keyboard manners: which field takes the focus on a page, Escape closing the
innermost open list first, and the question asked before closing over unsaved typing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)


def typed_text(widget: QWidget) -> str:
    """What a person typed into a free-text input (a date, a choice or a tick is no typing)."""
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    return ""


def first_input(page: QWidget) -> QWidget | None:
    """The first field of ``page`` in Tab order that takes typing, if any."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        typing = isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox | QComboBox)
        taking = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        read_only = isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isReadOnly()
        if typing and taking and not read_only and widget.isVisibleTo(page) and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_first_input(page: QWidget) -> None:
    """Put the keyboard in the first field of ``page`` if it is still the one shown."""
    first = first_input(page) if page.isVisible() else None
    if first is not None:
        first.setFocus(Qt.FocusReason.TabFocusReason)


def close_popup(root: QWidget) -> bool:
    """Close the innermost open list of ``root``'s window (a suggestion list, a combo box's
    list, a calendar); False when none is open."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
        return True
    for edit in root.findChildren(QLineEdit):
        completer = edit.completer()
        shown = completer.popup() if completer is not None else None
        if shown is not None and shown.isVisible():
            shown.hide()
            return True
    for combo in root.findChildren(QComboBox):
        if combo.view().isVisible():
            combo.hidePopup()
            return True
    return False


def typing_question(parent: QWidget, lines: Sequence[str]) -> QMessageBox:
    """Save / Discard / Keep editing, about the typing in ``lines``; opened window-modal (the
    answer comes with ``finished``), deleted once answered."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("StageWizard", "Close the wizard"))
    box.setText(QCoreApplication.translate("StageWizard", "What you typed is not saved yet."))
    box.setInformativeText(
        QCoreApplication.translate(
            "StageWizard", "Save it as a record before closing, or discard it?"
        )
        + "\n\n"
        + "\n".join(lines)
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.button(buttons.Save).setText(QCoreApplication.translate("StageWizard", "&Save"))
    box.button(buttons.Discard).setText(QCoreApplication.translate("StageWizard", "&Discard"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("StageWizard", "&Keep editing"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
