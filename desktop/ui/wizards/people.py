"""Choosing people and groups of the program's village in a wizard, and adding a person on
the spot when the one wanted is not listed yet."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.core.stages.guards import NAME_MAX, TITLE_MAX
from desktop.ui.wizards.dialog_form import dialog_form
from desktop.ui.wizards.fields import (
    FieldMessage,
    PickerChoice,
    SearchPicker,
    count_length,
    message_of,
)

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
        # made in the order they are shown, so Tab goes Name, Sex, Occupation, then the box
        self.occupation = count_length(QLineEdit(self), TITLE_MAX)
        self.resident = QCheckBox(self.tr("Lives in this village"), self)
        self.resident.setChecked(True)
        self.messages = {"name": FieldMessage(self), "sex": FieldMessage(self)}
        # a message goes once its cause is touched: the next Save says it again if need be
        self.name.textChanged.connect(self.messages["name"].clear_message)
        self.sex.currentIndexChanged.connect(self.messages["sex"].clear_message)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.messages["name"])
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow("", self.messages["sex"])
        form.addRow(self.tr("Occupation"), self.occupation)
        form.addRow("", self.resident)
        dialog_form(self, form, self.tr("Save"), self.save, 380)

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
            self.adjustSize()  # room for the messages' lines: none is cut
            return
        self.person_added.emit(changes.created[0])
        self.accept()


class PeopleSearch(SearchPicker):
    """The search of a :class:`PersonPicker`: a name typed that is no one's may become a
    new person (see :func:`confirm_picks`)."""

    def __init__(self, owner: PersonPicker, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = owner


class PersonPicker(QObject):
    """A :class:`SearchPicker` of the village's people and a "New person…" button to put
    beside it (``RecordList.add_input(..., picker.picker, beside=picker.new_button)``)."""

    def __init__(self, page: StagePage) -> None:
        super().__init__(page)
        self.page = page
        self.picker = PeopleSearch(self, page)
        self.picker.setPlaceholderText(self.tr("Type a name…"))
        self.new_button = QPushButton(self.tr("New person…"), page)
        self.new_button.clicked.connect(self.new_person)

    def reload(self) -> None:
        village = self.page.snapshot.village_code
        self.picker.set_choices(self.page.read(lambda s: read_people(s, village)))

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


def confirm_picks(
    page: StagePage, pickers: Iterable[SearchPicker], retry: Callable[[], object]
) -> bool:
    """Whether each picker names the one meant, or nothing, so the record may be saved now.

    Text typed that names exactly one choice picks it. A name that is no one's asks "New
    person?": the new-person dialog, prefilled, and once that person is saved the picker
    holds them and ``retry`` saves the record. Any other text not picked (a group not in the
    list, a name several people share) is said under its field. Never is a record saved
    without the one its text names."""
    for picker in pickers:
        typed = picker.unmatched()
        if not typed:
            continue
        if isinstance(picker, PeopleSearch) and not picker.named(typed):
            ask_new_person(picker.owner, typed, retry)
            return False
        if picker.named(typed):
            text = QCoreApplication.translate(
                "PersonPicker", "Several are called “{name}”: pick the one you mean from the list."
            )
        else:
            text = QCoreApplication.translate(
                "PersonPicker",
                "“{name}” is not in the list: pick one from the list, or clear the field.",
            )
        (message_of(picker) or page.summary).show_text(text.format(name=typed))
        picker.setFocus()
        return False
    return True


def ask_new_person(owner: PersonPicker, typed: str, retry: Callable[[], object]) -> QMessageBox:
    """Asks "No one called … is listed: a new person?". New person… opens the dialog with the
    name typed; Cancel goes back to the field, its text kept."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("PersonPicker", "New person?"),
        QCoreApplication.translate(
            "PersonPicker", "No one called “{name}” is in the list of people."
        ).format(name=typed),
        QMessageBox.StandardButton.NoButton,
        owner.page,
    )
    box.setObjectName("newPersonQuestion")
    box.setInformativeText(
        QCoreApplication.translate(
            "PersonPicker",
            "Add “{name}” as a new person, or cancel and pick someone from the list.",
        ).format(name=typed)
    )
    new = box.addButton(
        QCoreApplication.translate("PersonPicker", "New person…"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("PersonPicker", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(new)
    box.setEscapeButton(cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def new_person() -> None:
        dialog = owner.new_person()
        dialog.person_added.connect(lambda _id: QTimer.singleShot(0, retry))

    new.clicked.connect(new_person)
    cancel.clicked.connect(owner.picker.setFocus)
    box.open()
    return box
