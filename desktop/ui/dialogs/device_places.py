"""Settings' part about this laptop: its name, the places it works for, its fingerprint, and a
facilitator adding another village (bound here; the office hears of it in the next bundle)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from desktop.ui.dialogs.new_program import PickerTexts, PlacePicker, search_villages

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.device import DeviceInfo
    from desktop.ui.context import WindowContext


@dataclass(frozen=True)
class ThisDevice:
    info: DeviceInfo
    place_names: tuple[str, ...]


def read_this_device(session: Session) -> ThisDevice:
    """Runs in a job: the device and the names of its places."""
    from desktop.core import places
    from desktop.core.device import local_device

    info = local_device(session)
    return ThisDevice(info, tuple(places.place(code).name for code in info.scope))


class DevicePlacesBox(QGroupBox):
    """This laptop, read from the open database; a facilitator may add a village."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This laptop"))
        self.context = context
        self.label = QLabel(self)
        self.places = QLabel(self)
        self.places.setWordWrap(True)
        self.fingerprint = QLabel(self)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.picker = PlacePicker(
            search_villages,
            PickerTexts(
                placeholder=self.tr("Another village you accompany, e.g. Sukamaju"),
                too_short=self.tr("Type at least two letters of the name."),
                searching=self.tr("Searching…"),
                none_found=self.tr("No village called “{text}” in the official list."),
                failed=self.tr("The list of villages could not be searched: {error}"),
                known="",
                nothing_known=self.tr("Search among all villages of Indonesia."),
                found=self.tr("Choose the village from the list ({count} found)."),
            ),
            self,
        )
        self.picker.list.setMinimumHeight(90)
        self.add_button = QPushButton(self.tr("Add this village"), self)
        self.add_button.setEnabled(False)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.picker.chosen.connect(
            lambda: self.add_button.setEnabled(self.picker.current() is not None)
        )
        self.add_button.clicked.connect(self.add_village)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.label)
        form.addRow(self.tr("Works for:"), self.places)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        self.add_label = QLabel(self.tr("Add a village:"), self)
        form.addRow(self.add_label, self.picker)
        form.addRow("", self.add_button)
        form.addRow(self.error)
        self.reload()

    def reload(self) -> None:
        if self.context.workspace is not None:
            self.context.workspace.fetch(read_this_device, self.show_device, owner=self)

    def show_device(self, device: ThisDevice) -> None:
        from desktop.core.device_names import grouped
        from desktop.core.domain import DeviceKind

        info = device.info
        self.label.setText(info.label)
        self.places.setText(", ".join(device.place_names) or self.tr("no place yet"))
        self.fingerprint.setText(grouped(info.fingerprint))
        facilitator = info.kind is DeviceKind.VILLAGE
        for widget in (self.add_label, self.picker, self.add_button):
            widget.setVisible(facilitator)

    def add_village(self) -> None:
        from desktop.core.device import bind_places
        from desktop.core.errors import ValidationError
        from desktop.ui.formatting import translate_issue

        village = self.picker.current()
        if village is None:
            return
        try:
            self.context.attempt(bind_places, codes=[village.code])
        except ValidationError as error:
            self.error.setText("\n".join(translate_issue(i) for i in error.issues))
            self.error.show()
            return
        self.error.hide()
        self.picker.line.clear()
        self.reload()
