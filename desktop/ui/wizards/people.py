"""Choosing people and groups of the program's village in a wizard, and adding a person on
the spot when the one wanted is not listed yet."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.stages.guards import NAME_MAX
from desktop.ui.wizards.fields import FieldMessage, PickerChoice, SearchPicker, count_length

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.ui.wizards.base import StagePage


def read_people(session: Session, village_code: str) -> list[PickerChoice]:
    from desktop.core.people import people_choices

    return [PickerChoice(c.id, c.label, c.detail) for c in people_choices(session, village_code)]


def read_groups(session: Session, village_code: str) -> list[PickerChoice]:
    from desktop.core.people import group_choices

    return [PickerChoice(c.id, c.label, "") for c in group_choices(session, village_code)]


class NewPersonDialog(QDialog):
    """Name, sex and whether the person lives in the village: enough to go on with the form."""

    person_added = Signal(object)  # the new person's id

    def __init__(self, page: StagePage, name: str = "") -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("newPersonDialog")
        self.setWindowTitle(self.tr("New person"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.name = count_length(QLineEdit(name, self), NAME_MAX)
        self.sex = QComboBox(self)
        self.sex.addItem(self.tr("— choose —"), None)
        self.sex.addItem(self.tr("Woman"), "female")
        self.sex.addItem(self.tr("Man"), "male")
        self.resident = QCheckBox(self.tr("Lives in this village"), self)
        self.resident.setChecked(True)
        self.occupation = QLineEdit(self)
        self.messages = {"name": FieldMessage(self), "sex": FieldMessage(self)}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.messages["name"])
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow("", self.messages["sex"])
        form.addRow(self.tr("Occupation"), self.occupation)
        form.addRow("", self.resident)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def save(self) -> None:
        from desktop.core.errors import ValidationError
        from desktop.core.people import add_person

        try:
            changes = self.page.wizard_.main_window.attempt(
                add_person,
                program_id=self.page.program_id,
                name=self.name.text(),
                sex=self.sex.currentData(),
                is_resident=self.resident.isChecked(),
                occupation=self.occupation.text(),
            )
        except ValidationError as error:
            for field, message in self.messages.items():
                message.show_issues([i for i in error.issues if i.field == field])
            return
        self.person_added.emit(changes.created[0])
        self.accept()


class PersonPicker(QObject):
    """A :class:`SearchPicker` of the village's people and a "New person…" button to put
    beside it (``RecordList.add_input(..., picker.picker, beside=picker.new_button)``)."""

    def __init__(self, page: StagePage) -> None:
        super().__init__(page)
        self.page = page
        self.picker = SearchPicker(page)
        self.picker.setPlaceholderText(self.tr("Type a name…"))
        self.new_button = QPushButton(self.tr("New person…"), page)
        self.new_button.clicked.connect(self.new_person)

    def reload(self) -> None:
        village = self.page.snapshot.village_code
        self.picker.set_choices(self.page.read(lambda s: read_people(s, village)))

    def typed_not_chosen(self, message: FieldMessage, text: str) -> bool:
        """A name typed but no one chosen from the list: ``text`` is shown under the field."""
        if self.picker.text().strip() and self.picker.chosen_id() is None:
            message.show_text(text)
            return True
        return False

    def new_person(self) -> NewPersonDialog:
        typed = self.picker.text() if self.picker.chosen_id() is None else ""
        dialog = NewPersonDialog(self.page, typed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.person_added.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, person_id: uuid.UUID) -> None:
        self.reload()
        self.picker.choose(person_id)
        self.picker.setFocus()
