"""Stage 1, preparation: the team and its roles, the community entry plan, key contacts and
local institutions, and field notes (the flow: ``desktop.core.stages.preparation``)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from desktop.core.domain import Stage
from desktop.core.stages.guards import NOTE_MAX, TITLE_MAX
from desktop.ui.context import Operation
from desktop.ui.formatting import day_text as _day
from desktop.ui.wizards.base import StagePage, StageWizard
from desktop.ui.wizards.fields import DateField, SearchPicker, count_length
from desktop.ui.wizards.people import PersonPicker, read_groups
from desktop.ui.wizards.record_forms import form_values
from desktop.ui.wizards.record_list import RecordList, Row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The core's sentences this wizard can show, kept here so lupdate lists them for translation.
ISSUES = (
    QT_TRANSLATE_NOOP("Issues", "Assign at least one facilitator and their role."),
    QT_TRANSLATE_NOOP("Issues", "Write the plan for entering the community."),
    QT_TRANSLATE_NOOP("Issues", "Add at least one key contact or local institution."),
    QT_TRANSLATE_NOOP("Issues", "Add at least one field note from preparing the field."),
    QT_TRANSLATE_NOOP("Issues", "Give the facilitator's role."),
    QT_TRANSLATE_NOOP("Issues", "“{name}” is already a facilitator of this program."),
    QT_TRANSLATE_NOOP(
        "Issues", "The release date ({end}) comes before the assignment date ({start})."
    ),
    QT_TRANSLATE_NOOP("Issues", "Give the key contact's role."),
    QT_TRANSLATE_NOOP("Issues", "Choose the person or the local institution."),
    QT_TRANSLATE_NOOP("Issues", "Write the field note."),
    QT_TRANSLATE_NOOP("Issues", "The {what} ({day}) is before the program starts ({start})."),
    QT_TRANSLATE_NOOP("Issues", "The {what} ({day}) is after the program's planned end ({end})."),
    QT_TRANSLATE_NOOP("Issues", "That person no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "That community group no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "Give the person's name."),
    QT_TRANSLATE_NOOP("Issues", "Choose whether the person is a woman or a man."),
    QT_TRANSLATE_NOOP("Issues", "The birth year {year} cannot be right."),
    QT_TRANSLATE_NOOP("Issues", "Records of “{table}” cannot be removed."),
    QT_TRANSLATE_NOOP("Issues", "That record no longer exists."),
    QT_TRANSLATE_NOOP("Issues", "No database is open."),
    QT_TRANSLATE_NOOP("Issues", "Start the {stage} stage first."),
    QT_TRANSLATE_NOOP("Issues", "Complete the {earlier} stage first."),
    QT_TRANSLATE_NOOP("Issues", "The {stage} stage is not completed."),
)
ROLES = ("Pendamping desa", "Pendamping teknis", "Kader pemberdayaan masyarakat", "Koordinator")


class TeamPage(StagePage):
    """Facilitators and their roles: outside workers and the community's own cadres."""

    step_id = "team"

    def build(self) -> None:
        self.setTitle(self.tr("Facilitators and their roles"))
        self.setSubTitle(
            self.tr(
                "Who accompanies the community, in which role. Mark the village's own cadres: "
                "their share should grow as the program goes on."
            )
        )
        self.person = PersonPicker(self)
        self.role = count_length(QLineEdit(self), TITLE_MAX)
        self.role.setCompleter(QCompleter(list(ROLES), self.role))
        self.role.setPlaceholderText(self.tr("e.g. Pendamping desa"))
        self.organisation = QLineEdit(self)
        self.cadre = QCheckBox(self.tr("Community cadre (lives in the village)"), self)
        self.assigned_on = DateField(self, optional=True)
        self.team = RecordList(
            self,
            table="facilitators",
            field="facilitators",
            headers=[
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Organisation"),
                self.tr("Community or outside"),
                self.tr("Assigned"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add to the team"),
            record_name=self.tr("a facilitator"),
        )
        # the organisation's name is the long one: it gives way (cut with "…") so the dates fit
        header = self.team.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.team.add_input(
            "person", self.tr("Person"), self.person.picker, beside=self.person.new_button
        )
        self.team.add_input("role", self.tr("Role"), self.role)
        self.team.add_input("organisation", self.tr("Organisation"), self.organisation)
        self.team.add_input("is_community", "", self.cadre)
        self.team.add_input("assigned_on", self.tr("Assigned on"), self.assigned_on)
        self.body.addWidget(self.team)

    def load(self, session: Session) -> None:
        self.person.reload()

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.preparation import team

        return [
            Row(
                f.id,
                (
                    f.name,
                    f.role,
                    f.organisation or "",
                    self.tr("Community cadre") if f.is_community else self.tr("Outside worker"),
                    _day(f.assigned_on),
                ),
            )
            for f in team(session, self.program_id)
        ]

    def _read_record(self, session: Session, facilitator_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.preparation import team_member

        f = team_member(session, self.program_id, facilitator_id)
        if f is None:
            return {}
        return {
            "person": f.person_id,
            "role": f.role,
            "organisation": f.organisation,
            "is_community": f.is_community,
            "assigned_on": f.assigned_on,
        }

    def _arguments(self, values: Mapping[str, Any]) -> dict[str, Any] | None:
        person_id = values.get("person")
        if person_id is None:
            self.messages["person"].show_text(
                self.tr("Choose a person from the list, or add a new one.")
            )
            return None
        return {
            "person_id": person_id,
            "role": values.get("role") or "",
            "organisation": values.get("organisation"),
            "is_community": bool(values.get("is_community")),
            "assigned_on": values.get("assigned_on"),
        }

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import assign_facilitator

        arguments = self._arguments(form_values(self.team))
        if arguments is None:
            return None
        return assign_facilitator, {"program_id": self.program_id, **arguments}

    def _build_update(
        self, facilitator_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_facilitator

        arguments = self._arguments(values)
        if arguments is None:
            return None
        return update_facilitator, {"facilitator_id": facilitator_id, **arguments}


class EntryPlanPage(StagePage):
    """How the team enters the community, non-directively."""

    step_id = "entry_plan"

    def build(self) -> None:
        self.setTitle(self.tr("Community entry plan"))
        self.setSubTitle(
            self.tr(
                "How will the team enter the community without directing it? Whom to visit "
                "first, which meetings to join, how to listen before proposing anything."
            )
        )
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr("e.g. Visit the village head and the hamlet heads; join the PKK meeting…")
        )
        self.text.setTabChangesFocus(True)
        label = QLabel(self.tr("Entry plan"), self)
        label.setBuddy(self.text)
        self.body.addWidget(label)
        self.body.addWidget(self.text, 1)
        self.bind(self.text, "entry_plan", save=self._save)
        self.add_message("entry_plan")

    def load(self, session: Session) -> None:
        from desktop.core.readers.preparation import entry_plan

        self.bindings["entry_plan"].set_text(entry_plan(session, self.program_id))

    def _save(self, text: str) -> object:
        from desktop.core.stages import set_entry_plan

        return self.run(set_entry_plan, program_id=self.program_id, text=text) is not None


class KeyContactsPage(StagePage):
    """Key people and local institutions the team works through."""

    step_id = "key_contacts"

    def build(self) -> None:
        self.setTitle(self.tr("Key contacts and local institutions"))
        self.setSubTitle(
            self.tr(
                "The village head, religious and customary leaders, and the institutions "
                "(PKK, BPD, farmer groups) the team works through. Choose a person or a group."
            )
        )
        self.person = PersonPicker(self)
        self.group = SearchPicker(self)
        self.group.setPlaceholderText(self.tr("Type a group's name…"))
        self.role = count_length(QLineEdit(self), TITLE_MAX)
        self.role.setPlaceholderText(self.tr("e.g. Kepala desa, Ketua PKK"))
        self.notes = QLineEdit(self)
        self.contacts = RecordList(
            self,
            table="key_contacts",
            field="key_contacts",
            headers=[self.tr("Person or institution"), self.tr("Role"), self.tr("Notes")],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add contact"),
            record_name=self.tr("a key contact"),
        )
        self.contacts.add_input(
            "person", self.tr("Person"), self.person.picker, beside=self.person.new_button
        )
        self.contacts.add_input("group", self.tr("or institution"), self.group)
        self.contacts.add_input("role", self.tr("Role"), self.role)
        self.contacts.add_input("notes", self.tr("Notes"), self.notes)
        self.body.addWidget(self.contacts)

    def load(self, session: Session) -> None:
        self.person.reload()
        self.group.set_choices(read_groups(session, self.snapshot.village_code))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.preparation import key_contacts

        return [
            Row(c.id, (c.who, c.role, c.notes or ""))
            for c in key_contacts(session, self.program_id)
        ]

    def _read_record(self, session: Session, contact_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.preparation import key_contact

        c = key_contact(session, self.program_id, contact_id)
        if c is None:
            return {}
        return {"person": c.person_id, "group": c.group_id, "role": c.role, "notes": c.notes}

    @staticmethod
    def _arguments(values: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "person_id": values.get("person"),
            "group_id": values.get("group"),
            "role": values.get("role") or "",
            "notes": values.get("notes"),
        }

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import add_key_contact

        arguments = self._arguments(form_values(self.contacts))
        return add_key_contact, {"program_id": self.program_id, **arguments}

    def _build_update(
        self, contact_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_key_contact

        return update_key_contact, {"key_contact_id": contact_id, **self._arguments(values)}


class FieldNotesPage(StagePage):
    """Dated notes from preparing the field."""

    step_id = "field_notes"

    def build(self) -> None:
        self.setTitle(self.tr("Field notes"))
        self.setSubTitle(
            self.tr("What the team saw and heard while preparing the field. Ctrl+Enter adds.")
        )
        self._dated = False
        self.noted_on = DateField(self)
        self.text = count_length(QPlainTextEdit(self), NOTE_MAX)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(80)
        self.author = PersonPicker(self)
        self.notes = RecordList(
            self,
            table="field_notes",
            field="field_notes",
            headers=[self.tr("Date"), self.tr("Note"), self.tr("Written by")],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add note"),
            record_name=self.tr("a field note"),
        )
        self.notes.add_input("noted_on", self.tr("Date"), self.noted_on)
        self.notes.add_input("text", self.tr("Note"), self.text)
        self.notes.add_input(
            "author", self.tr("Written by"), self.author.picker, beside=self.author.new_button
        )
        self.text.installEventFilter(self)  # Ctrl+Enter in the note adds it
        self.body.addWidget(self.notes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.notes.add()
                return True
        return super().eventFilter(watched, event)

    def load(self, session: Session) -> None:
        from desktop.ui.wizards.people import read_people

        self.author.picker.set_choices(read_people(session, self.snapshot.village_code))
        if not self._dated:  # once: later reloads keep the day the user chose
            self._dated = True
            self.noted_on.set_date(max(dt.date.today(), self.snapshot.start_date))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.preparation import field_notes

        return [
            Row(n.id, (_day(n.noted_on), n.text, n.author or ""))
            for n in field_notes(session, self.program_id)
        ]

    def _read_record(self, session: Session, note_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.preparation import field_note

        n = field_note(session, self.program_id, note_id)
        if n is None:
            return {}
        return {"noted_on": n.noted_on, "text": n.text, "author": n.author_id}

    @staticmethod
    def _arguments(values: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "text": values.get("text") or "",
            "noted_on": values.get("noted_on"),
            "author_id": values.get("author"),
        }

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import add_field_note

        arguments = self._arguments(form_values(self.notes))
        return add_field_note, {
            "program_id": self.program_id,
            "stage": Stage.PREPARATION,
            **arguments,
        }

    def _build_update(
        self, note_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_field_note

        return update_field_note, {"field_note_id": note_id, **self._arguments(values)}


class PreparationWizard(StageWizard):
    stage = Stage.PREPARATION
    page_types = (TeamPage, EntryPlanPage, KeyContactsPage, FieldNotesPage)
