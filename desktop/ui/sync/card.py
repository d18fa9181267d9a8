"""The office card in the window: File > Office card… on an office, File > Import office card…
on a village laptop (the fingerprint confirmed by phone first), and the export dialog's warning
while no office's key is known, so the bundle would leave unencrypted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.device_names import grouped
from desktop.core.sync.card import (
    SUFFIX,
    Card,
    CardRefused,
    CardRevoked,
    accept_card,
    card_stem,
    knows_office_recipient,
    read_card,
    write_card,
)
from desktop.core.sync.errors import SyncError
from desktop.ui import accessibility
from desktop.ui.sync import words

if TYPE_CHECKING:
    from desktop.ui.context import WindowContext

Trusted = Callable[[Card], object]


def fingerprint_label(fingerprint: str, parent: QWidget | None = None) -> QLabel:
    """A fingerprint large, in groups of four, selectable: what is read out on the phone."""
    label = QLabel(grouped(fingerprint), parent)
    label.setObjectName("fingerprint")
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fingerprint_layout(
    parent: QWidget, before: list[QWidget], fingerprint: QLabel, after: list[QWidget]
) -> QVBoxLayout:
    """Notes, the fingerprint set apart by some space, and what comes after it."""
    layout = QVBoxLayout(parent)
    for widget in before:
        layout.addWidget(widget)
    layout.addSpacing(8)
    layout.addWidget(fingerprint)
    layout.addSpacing(8)
    for widget in after:
        layout.addWidget(widget)
    return layout


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _box(parent: QWidget, name: str, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName(name)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def _refused(parent: QWidget, error: SyncError) -> None:
    title = QCoreApplication.translate("OfficeCard", "The card was not imported")
    _box(parent, "officeCardRefused", title, words.file_error(error)).open()


def _folder(window: WindowContext) -> Path:
    from desktop.core.db import sqlite_path

    path = sqlite_path(window.workspace.database.url) if window.workspace is not None else None
    return path.parent if path is not None else Path.home()


# --- an office hands out its card ---------------------------------------------------------------


class CardSaved(QDialog):
    """The card is saved: where, what to do with it, and the fingerprint to read out."""

    def __init__(self, card: Card, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeCardSaved")
        self.setWindowTitle(self.tr("Office card"))
        self.setMinimumWidth(520)
        self.saved = _note(self.tr("The office card is saved as {file}.").format(file=path), self)
        self.next_step = _note(
            self.tr(
                "Give this file to each village facilitator, on a flash disk or in a message. "
                "When they import it they will call you: read them this fingerprint, so they "
                "know the card really comes from this office."
            ),
            self,
        )
        self.fingerprint = fingerprint_label(card.fingerprint, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        fingerprint_layout(self, [self.saved, self.next_step], self.fingerprint, [buttons])
        accessibility.name_widgets(self)


def save_office_card(window: WindowContext, path: Path | None = None) -> Card | None:
    """Ask where (named after the office), write the card, and show its fingerprint."""
    if window.workspace is None:
        return None
    parent = window.window()
    if path is None:
        default = _folder(window) / f"{window.workspace.read(card_stem)}{SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("OfficeCard", "Save the office card as"),
            str(default),
            QCoreApplication.translate("OfficeCard", "Office cards (*.berdaya-card)"),
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)
    try:
        card = write_card(window.workspace.database, path)
    except (SyncError, OSError) as error:
        _box(
            parent,
            "officeCardError",
            QCoreApplication.translate("OfficeCard", "The card was not saved"),
            words.file_error(error),
        ).open()
        return None
    dialog = CardSaved(card, path, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return card


# --- a village trusts it ------------------------------------------------------------------------


class ConfirmCard(QDialog):
    """The card's office, area and fingerprint, and the request to confirm it by phone."""

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmOfficeCard")
        self.setWindowTitle(self.tr("Import office card"))
        self.setMinimumWidth(520)
        self.office = _note(
            self.tr("This card is from the office “{office}”, for {area}.").format(
                office=card.label, area=card.area_names()
            ),
            self,
        )
        self.ask = _note(
            self.tr(
                "Call the office and ask them to read their fingerprint to you. Trust the card "
                "only if every group below matches what they read."
            ),
            self,
        )
        self.fingerprint = fingerprint_label(card.fingerprint, self)
        self.why = _note(
            self.tr(
                "Once trusted, the bundles this laptop sends are encrypted so that only the "
                "office can read them."
            ),
            self,
        )
        self.why.setObjectName("figureDetail")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.trust_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.trust_button.setText(self.tr("Trust"))
        self.trust_button.setObjectName("trustCardButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fingerprint_layout(
            self, [self.office, self.ask], self.fingerprint, [self.why, self.buttons]
        )
        accessibility.name_widgets(self)


def import_office_card(
    window: WindowContext,
    *,
    parent: QWidget | None = None,
    path: Path | None = None,
    on_trusted: Trusted | None = None,
) -> ConfirmCard | None:
    """Choose a card, read it, and open the confirmation; trusting happens on "Trust"."""
    if window.workspace is None:
        return None
    parent = parent or window.window()
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("OfficeCard", "Import office card"),
            str(_folder(window)),
            QCoreApplication.translate(
                "OfficeCard", "Office cards (*.berdaya-card);;All files (*)"
            ),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        card = read_card(path)
    except CardRefused as error:
        _refused(parent, error)
        return None
    dialog = ConfirmCard(card, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: trust(window, card, parent, on_trusted))
    dialog.open()
    return dialog


def trust(
    window: WindowContext,
    card: Card,
    parent: QWidget,
    on_trusted: Trusted | None,
    *,
    again: bool = False,
) -> bool:
    """Trust a confirmed card; a revoked office is trusted again only when asked twice."""
    try:
        window.attempt(accept_card, card=card, again=again)
    except CardRevoked as error:
        box = _box(
            parent,
            "officeCardRevoked",
            QCoreApplication.translate("OfficeCard", "Trust this office again?"),
            words.file_error(error),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        again_button = box.button(QMessageBox.StandardButton.Yes)
        again_button.setText(QCoreApplication.translate("OfficeCard", "Trust again"))
        box.button(QMessageBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("OfficeCard", "Cancel")
        )
        box.buttonClicked.connect(
            lambda clicked: (
                clicked is again_button and trust(window, card, parent, on_trusted, again=True)
            )
        )
        box.open()
        return False
    except SyncError as error:
        _refused(parent, error)
        return False
    window.show_status(
        QCoreApplication.translate(
            "OfficeCard",
            "The office “{office}” is trusted: bundles for it are encrypted from now on.",
        ).format(office=card.label),
        8000,
    )
    if on_trusted is not None:
        on_trusted(card)
    return True


# --- the export dialog's warning --------------------------------------------------------------


def warn_unencrypted(window: WindowContext, dialog: QDialog, export_button: QPushButton) -> None:
    """While a village laptop knows no office's key, the export dialog says its bundle leaves
    unencrypted and why, offers to import the office card first, and names its Export button
    for what it then does."""
    if window.workspace is None:
        return
    window.workspace.fetch(
        knows_office_recipient,
        lambda known: None if known else _show_warning(window, dialog, export_button),
        owner=dialog,
    )


def _show_warning(window: WindowContext, dialog: QDialog, export_button: QPushButton) -> None:
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout):
        return
    warning = _note(
        QCoreApplication.translate(
            "OfficeCard",
            "This bundle will not be encrypted: this laptop does not know the office's key yet. "
            "Whoever finds the file could read the residents' names and phone numbers. Import "
            "the office card first (the office gives it to you), or export unencrypted.",
        ),
        dialog,
    )
    warning.setObjectName("unencryptedWarning")
    button = QPushButton(
        QCoreApplication.translate("OfficeCard", "Import the office card first…"), dialog
    )
    button.setObjectName("importCardFirst")
    plain = export_button.text()
    export_button.setText(QCoreApplication.translate("OfficeCard", "Export unencrypted"))

    def trusted(_card: Card) -> None:
        warning.hide()
        button.hide()
        export_button.setText(plain)

    button.clicked.connect(lambda: import_office_card(window, parent=dialog, on_trusted=trusted))
    layout.insertWidget(1, warning)
    layout.insertWidget(2, button, 0, Qt.AlignmentFlag.AlignLeft)
    warning.show()  # now, not after the layout's queued show
    button.show()
    _tab_first(dialog, button)
    accessibility.name_widgets(dialog)


def _tab_first(dialog: QDialog, first: QWidget) -> None:
    """Put ``first`` (placed at the top) first in the dialog's Tab order, the others after it
    as they were. The chain is a ring: ``first`` goes after the first stop, then that stop
    after ``first``."""
    tab = Qt.FocusPolicy.TabFocus
    stop = dialog.nextInFocusChain()
    while stop is not None and stop is not dialog and stop.focusPolicy() & tab != tab:
        stop = stop.nextInFocusChain()
    if stop is None or stop is dialog or stop is first:
        return
    QWidget.setTabOrder(stop, first)
    QWidget.setTabOrder(first, stop)
