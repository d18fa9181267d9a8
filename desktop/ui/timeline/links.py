"""Editing one dependency arrow: its kind and its lag in working days, or removing it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import DependencyKind
from desktop.core.schedule import MAX_LAG
from desktop.core.timeline import DependencyItem

REMOVE = "remove"  # what the dialog answers when the link is to go


def kind_name(kind: DependencyKind) -> str:
    """A link's kind as the dialog offers it."""
    if kind is DependencyKind.START_TO_START:
        return QCoreApplication.translate("TimelineLinks", "Start to start (once it has begun)")
    if kind is DependencyKind.FINISH_TO_FINISH:
        return QCoreApplication.translate("TimelineLinks", "Finish to finish (ends after it ends)")
    assert kind is DependencyKind.FINISH_TO_START
    return QCoreApplication.translate("TimelineLinks", "Finish to start (after it ends)")


class LinkDialog(QDialog):
    """Asks for the kind and lag of a link; ``remove_requested`` is set by its Remove button."""

    def __init__(
        self, link: DependencyItem, predecessor: str, successor: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TimelineLinks", "Link between activities"))
        self.remove_requested = False
        about = QLabel(
            QCoreApplication.translate("TimelineLinks", "“%1” waits for “%2”.")
            .replace("%1", successor)
            .replace("%2", predecessor),
            self,
        )
        about.setWordWrap(True)
        self.kind_box = QComboBox(self)
        for kind in DependencyKind:
            self.kind_box.addItem(kind_name(kind), kind)
        self.kind_box.setCurrentIndex(list(DependencyKind).index(link.kind))
        self.lag_box = QSpinBox(self)
        self.lag_box.setRange(-MAX_LAG, MAX_LAG)
        self.lag_box.setValue(link.lag_days)
        self.lag_box.setSuffix(QCoreApplication.translate("TimelineLinks", " working days"))
        self.lag_box.setToolTip(
            QCoreApplication.translate(
                "TimelineLinks", "Days to wait; a negative number lets it start earlier."
            )
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TimelineLinks", "Kind"), self.kind_box)
        form.addRow(QCoreApplication.translate("TimelineLinks", "Lag"), self.lag_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("TimelineLinks", "Save")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("TimelineLinks", "Cancel")
        )
        remove = buttons.addButton(
            QCoreApplication.translate("TimelineLinks", "Remove link"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        remove.clicked.connect(self._remove)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _remove(self) -> None:
        self.remove_requested = True
        self.accept()

    def chosen(self) -> tuple[DependencyKind, int]:
        return DependencyKind(self.kind_box.currentData()), self.lag_box.value()
