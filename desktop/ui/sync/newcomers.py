"""A laptop asking to be trusted, in the import dialog: who it says it is, its fingerprint to
check on the phone, the villages it claims, and Accept or Refuse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.device_names import grouped
from desktop.ui.sync import words

if TYPE_CHECKING:
    from desktop.core.sync.newcomers import DeviceClaim


class NewcomerCard(QFrame):
    """One device the person decides on; nothing is imported from it until they do."""

    accept_requested = Signal(object)  # DeviceClaim
    refuse_requested = Signal(object)  # DeviceClaim

    def __init__(self, claim: DeviceClaim, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim = claim
        self.decision = ""  # "" until decided, then "accepted" | "refused"
        self.setObjectName("newcomerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = QLabel(self._title())
        self.title.setObjectName("newcomerTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.fingerprint = QLabel(grouped(claim.fingerprint))
        self.fingerprint.setObjectName("newcomerFingerprint")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))

        self.details = QLabel(self._details())
        self.details.setObjectName("newcomerDetails")
        self.details.setWordWrap(True)

        self.accept_button = QPushButton(
            self.tr("Accept this laptop") if claim.is_new else self.tr("Accept the new villages")
        )
        self.accept_button.setObjectName("acceptNewcomer")
        self.accept_button.clicked.connect(lambda: self.accept_requested.emit(self.claim))
        self.refuse_button = QPushButton(self.tr("Refuse"))
        self.refuse_button.setObjectName("refuseNewcomer")
        self.refuse_button.setToolTip(
            self.tr("Bundles from this laptop will be refused here from now on.")
        )
        self.refuse_button.clicked.connect(lambda: self.refuse_requested.emit(self.claim))
        self.state = QLabel()
        self.state.setObjectName("newcomerState")
        self.state.setWordWrap(True)
        self.state.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.state, 1)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.details)
        text.addLayout(buttons)
        fingerprint = QVBoxLayout()
        caption = QLabel(self.tr("Fingerprint:"))
        fingerprint.addWidget(caption)
        fingerprint.addWidget(self.fingerprint)
        fingerprint.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(fingerprint)

    def _title(self) -> str:
        if self.claim.is_new:
            return self.tr("A laptop not known here sent bundles: “{name}”").format(
                name=self.claim.label
            )
        return self.tr("“{name}” now says it works for more villages").format(name=self.claim.label)

    def _details(self) -> str:
        claim = self.claim
        lines = []
        if claim.is_new:
            lines.append(
                self.tr("It says it works for: {places}.").format(places=words.places(claim.places))
            )
        else:
            lines.append(
                self.tr("It was accepted here for: {places}.").format(
                    places=words.places(claim.trusted)
                )
            )
            lines.append(
                self.tr("Now it also claims: {places}.").format(
                    places=words.places(claim.wider_places())
                )
            )
        if claim.predecessor:
            lines.append(
                self.tr("It says it took over from {name} (a backup restored on it).").format(
                    name=claim.predecessor
                )
            )
        lines.append(
            self.tr(
                "Call the person who uses it and ask them to read out its fingerprint "
                "(in Settings). Accept only if every group matches and the villages are right; "
                "nothing is imported from it until you decide."
            )
        )
        return "\n".join(lines)

    def mark(self, decision: str, *, checked_only: bool = False) -> None:
        """Show the decision taken: the buttons go, a sentence says what it means."""
        self.decision = decision
        self.accept_button.hide()
        self.refuse_button.hide()
        if decision == "refused":
            text = self.tr("Refused: bundles from this laptop will be refused here.")
        elif checked_only:
            text = self.tr("Accepted: its bundles are imported when you press Import.")
        else:
            text = self.tr("Accepted: its bundles were imported.")
        self.state.setText(text)
        self.state.show()
