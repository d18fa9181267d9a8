"""Meetings with the community in a wizard: date, kind, title, the group the meeting was for,
attendance by name (sex shown, who spoke) and counted by sex.

For another stage's meetings step, subclass :class:`MeetingsPage`::

    class EvaluationMeetingsPage(MeetingsPage):
        step_id = "evaluation_meetings"          # the Step.id of the flow
        meeting_kinds = (MeetingKind.EVALUATION, MeetingKind.DELIBERATION)

The meeting is recorded with ``record_meeting`` in the wizard's stage (``meeting_stage`` to
change it); the first of ``meeting_kinds`` is the default. :class:`AttendanceEditor` is the
attendance widget alone (``attendees()``, ``set_attendees()``, ``women()``/``men()``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import MeetingKind, Sex, Stage
from desktop.core.stages.guards import TITLE_MAX
from desktop.ui.context import Operation
from desktop.ui.formatting import day_text
from desktop.ui.vocabulary import Vocabulary
from desktop.ui.wizards.base import StagePage
from desktop.ui.wizards.bindings import set_widget_text, widget_text
from desktop.ui.wizards.fields import (
    CountEdit,
    DateField,
    FieldMessage,
    SearchPicker,
    count_length,
)
from desktop.ui.wizards.people import PersonPicker, confirm_picks, read_groups
from desktop.ui.wizards.record_list import RecordList, Row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.changes import Changes

kind_name = Vocabulary(
    "MeetingKind",
    {
        MeetingKind.DELIBERATION: QT_TRANSLATE_NOOP("MeetingKind", "Deliberation (musyawarah)"),
        MeetingKind.FOCUS_GROUP: QT_TRANSLATE_NOOP("MeetingKind", "Focus group discussion"),
        MeetingKind.TRANSECT: QT_TRANSLATE_NOOP("MeetingKind", "Field walk (transect)"),
        MeetingKind.TRAINING: QT_TRANSLATE_NOOP("MeetingKind", "Training"),
        MeetingKind.MONITORING: QT_TRANSLATE_NOOP("MeetingKind", "Monitoring"),
        MeetingKind.EVALUATION: QT_TRANSLATE_NOOP("MeetingKind", "Evaluation"),
        MeetingKind.OTHER: QT_TRANSLATE_NOOP("MeetingKind", "Other"),
    },
)


def sex_name(sex: Sex | None) -> str:
    if sex is Sex.FEMALE:
        return QCoreApplication.translate("MeetingKind", "Woman")
    if sex is Sex.MALE:
        return QCoreApplication.translate("MeetingKind", "Man")
    return ""


@dataclass
class AttendeeRow:
    """A person listed at a meeting, as the editor shows them."""

    person_id: uuid.UUID
    name: str
    sex: Sex | None
    spoke: bool = False


def record_meeting_row(session: Session, **arguments: Any) -> Changes:
    """``record_meeting`` with the meeting's id last in ``created``: a RecordList undoes the
    last record created, which must be the meeting, not one of its attendance rows."""
    from desktop.core.stages import record_meeting

    changes = record_meeting(session, **arguments)
    meeting_id, *rest = changes.created
    return dataclasses.replace(changes, created=(*rest, meeting_id))


class AttendanceEditor(QWidget):
    """Who came: people by name (type a name, Enter; "Spoke" ticks who took the floor) and
    the others counted as women and men. Totals by sex are shown as the list grows."""

    changed = Signal()

    def __init__(self, page: StagePage) -> None:
        super().__init__(page)
        self.page = page
        self._people: Mapping[uuid.UUID, tuple[str, Sex]] = {}
        self._rows: list[AttendeeRow] = []
        self.person = PersonPicker(page)
        self.person.picker.returnPressed.connect(self._enter)
        self.spoke = QCheckBox(self.tr("Spoke"), self)
        self.add_button = QPushButton(self.tr("Add person"), self)
        self.add_button.clicked.connect(self.add_chosen)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Sex"), self.tr("Spoke")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(92)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._toggle_spoke(row))
        self.unnamed_women = CountEdit(self)
        self.unnamed_men = CountEdit(self)
        # what a count refuses is said under the counts (the page's messages by core field)
        self.inputs = {"unnamed_women": self.unnamed_women, "unnamed_men": self.unnamed_men}
        for box in (self.unnamed_women, self.unnamed_men):
            box.setMaximumWidth(90)
            box.valueChanged.connect(self._update)
            box.textChanged.connect(lambda _text: self.changed.emit())  # a refused count too
        self.person.picker.textChanged.connect(lambda _text: self.changed.emit())
        self.totals = QLabel(self)

        pick = QHBoxLayout()
        pick.addWidget(self.person.picker, 1)
        pick.addWidget(self.spoke)
        pick.addWidget(self.add_button)
        pick.addWidget(self.person.new_button)
        counted = QHBoxLayout()
        women_label = QLabel(self.tr("Others counted: women"), self)
        women_label.setBuddy(self.unnamed_women)
        men_label = QLabel(self.tr("men"), self)
        men_label.setBuddy(self.unnamed_men)
        counted.addWidget(women_label)
        counted.addWidget(self.unnamed_women)
        counted.addWidget(men_label)
        counted.addWidget(self.unnamed_men)
        counted.addStretch(1)
        counted.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(pick)
        layout.addWidget(self.table)
        layout.addLayout(counted)
        for name in self.inputs:
            page.messages[name] = page.messages.get(name) or FieldMessage(self)
            layout.addWidget(page.messages[name])
        self._update()

    # -- the editor's values --
    def attendees(self) -> list[AttendeeRow]:
        return list(self._rows)

    def women(self) -> int:
        """Women present: named and counted."""
        named = sum(r.sex is Sex.FEMALE for r in self._rows)
        return named + self.unnamed_women.value()

    def men(self) -> int:
        named = sum(r.sex is Sex.MALE for r in self._rows)
        return named + self.unnamed_men.value()

    def set_people(self, people: Mapping[uuid.UUID, tuple[str, Sex]]) -> None:
        self._people = people
        self.person.reload()

    def set_attendees(self, rows: list[AttendeeRow], women: int = 0, men: int = 0) -> None:
        self._rows = list(rows)
        self.unnamed_women.setValue(women)
        self.unnamed_men.setValue(men)
        self._update()

    def clear(self) -> None:
        self.set_attendees([])
        self.person.picker.choose(None)
        self.spoke.setChecked(False)

    def to_text(self) -> str:
        """The editor as draft text (empty when there is nothing in it): the counts and the
        name being typed exactly as typed, a refused count included."""
        typed = {
            "picker": widget_text(self.person.picker),
            "women": self.unnamed_women.text(),
            "men": self.unnamed_men.text(),
        }
        if not self._rows and not any(typed.values()):
            return ""
        return json.dumps({"people": [[r.person_id.hex, r.spoke] for r in self._rows], **typed})

    def from_text(self, text: str) -> None:
        data = json.loads(text)
        rows = []
        for hex_id, spoke in data.get("people", []):
            person_id = uuid.UUID(hex=hex_id)
            if person_id in self._people:
                name, sex = self._people[person_id]
                rows.append(AttendeeRow(person_id, name, sex, bool(spoke)))
        self.set_attendees(rows)
        # older drafts kept the counts as numbers
        self.unnamed_women.setText(str(data.get("women") or ""))
        self.unnamed_men.setText(str(data.get("men") or ""))
        set_widget_text(self.person.picker, data.get("picker", ""))

    # -- editing --
    def _enter(self) -> None:
        popup = self.person.picker.completer().popup()
        if popup is not None and popup.isVisible():
            return
        QTimer.singleShot(0, self.add_chosen)

    def add_chosen(self) -> bool:
        if not confirm_picks(self.page, [self.person.picker], retry=self.add_chosen):
            return False
        person_id = self.person.picker.chosen_id()
        if person_id is None:
            return False
        if person_id not in self._people:  # added just now with "New person…"
            from desktop.core.readers.people import people_by_id

            self._people = self.page.read(lambda s: people_by_id(s, self.page.program_id))
        if all(r.person_id != person_id for r in self._rows):
            name, sex = self._people.get(person_id, (self.person.picker.text(), None))
            self._rows.append(AttendeeRow(person_id, name, sex, self.spoke.isChecked()))
        self.person.picker.choose(None)
        self.spoke.setChecked(False)
        self.person.picker.setFocus()
        self._update()
        return True

    def remove_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            del self._rows[selected[0].row()]
            self._update()

    def _toggle_spoke(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row].spoke = not self._rows[row].spoke
            self._update()

    def _update(self) -> None:
        self.table.setRowCount(len(self._rows))
        for n, row in enumerate(self._rows):
            cells = (row.name, sex_name(row.sex), self.tr("yes") if row.spoke else "")
            for c, text in enumerate(cells):
                self.table.setItem(n, c, QTableWidgetItem(text))
        self.totals.setText(
            self.tr("Present: {women} women, {men} men").format(women=self.women(), men=self.men())
        )
        self.changed.emit()


class MeetingsPage(StagePage):
    """The stage's meetings with their attendance; add one with the form below the list."""

    step_id = "meetings"
    meeting_kinds: ClassVar[tuple[MeetingKind, ...]] = (
        MeetingKind.DELIBERATION,
        MeetingKind.FOCUS_GROUP,
        MeetingKind.TRANSECT,
        MeetingKind.OTHER,
    )
    meeting_stage: ClassVar[Stage | None] = None  # None: the wizard's stage
    reload_on = frozenset({"people", "community_groups"})
    DRAFT = "meetings.attendees"

    @property
    def stage_of_meetings(self) -> Stage:
        return self.meeting_stage or self.wizard_.stage

    def build(self) -> None:
        self.setTitle(self.tr("Meetings and attendance"))
        self.setSubTitle(
            self.tr(
                "Each meeting with the community: who came, by name or counted, and who "
                "spoke. Women's presence matters: count them."
            )
        )
        self._dated = False
        self.held_on = DateField(self)
        self.kind = QComboBox(self)
        for kind in self.meeting_kinds:
            self.kind.addItem(kind_name(kind), kind.value)
        self.title_edit = count_length(QLineEdit(self), TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. Musyawarah Dusun Kidul"))
        self.group = SearchPicker(self)
        self.group.setPlaceholderText(self.tr("The whole community (or type a group's name)"))
        self.attendance = AttendanceEditor(self)
        self.attendance.changed.connect(self._attendance_changed)
        self.meetings = RecordList(
            self,
            table="meetings",
            field="meetings",
            headers=[
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("For"),
                self.tr("Women"),
                self.tr("Men"),
                self.tr("Spoke"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            add_text=self.tr("Add meeting"),
            record_name=self.tr("a meeting"),
        )
        header = self.meetings.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(6, 150)
        date_kind = QWidget(self)
        row = QHBoxLayout(date_kind)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.held_on)
        kind_label = QLabel(self.tr("Kind"), date_kind)
        kind_label.setBuddy(self.kind)
        row.addWidget(kind_label)
        row.addWidget(self.kind, 1)
        self.meetings.add_input("held_on", self.tr("Date"), date_kind, draft=False)
        self.bind(self.held_on, "meetings.held_on", message=False)
        self.bind(self.kind, "meetings.kind", message=False)
        self.meetings.add_input("title", self.tr("Title"), self.title_edit)
        self.meetings.add_input("group", self.tr("For the group"), self.group)
        self.meetings.add_input("attendees", self.tr("Attendance"), self.attendance, draft=False)
        self.meetings.added.connect(lambda _id: self._clear_attendance())
        self.body.addWidget(self.meetings)

    def load(self, session: Session) -> None:
        from desktop.core.readers.people import people_by_id

        self.group.set_choices(read_groups(session, self.snapshot.village_code))
        self.attendance.set_people(people_by_id(session, self.program_id))
        if not self._dated:
            self._dated = True
            self.held_on.set_date(max(dt.date.today(), self.snapshot.start_date))
            draft = self.wizard_.drafts.get((self.step_id, self.DRAFT))
            if draft:
                self.attendance.from_text(draft)

    def _attendance_changed(self) -> None:
        if self.wizard_.editable and hasattr(self, "meetings"):
            text = self.attendance.to_text()
            if text != self.wizard_.drafts.get((self.step_id, self.DRAFT), ""):
                self.wizard_.write_draft(self.step_id, self.DRAFT, text)

    def _clear_attendance(self) -> None:
        self.attendance.clear()
        self.wizard_.write_draft(self.step_id, self.DRAFT, "")
        self.title_edit.setFocus()

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.meetings import meetings

        return [
            Row(
                m.id,
                (
                    day_text(m.held_on),
                    kind_name(m.kind),
                    m.title,
                    m.group or self.tr("Whole community"),
                    str(m.women),
                    str(m.men),
                    ", ".join(m.spoke),
                ),
            )
            for m in meetings(session, self.program_id, self.stage_of_meetings)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import Attendee, Party

        if self.attendance.person.picker.text() and not self.attendance.add_chosen():
            self.messages["attendees"].show_text(
                self.tr("Choose the person from the list, or add a new one.")
            )
            return None
        day = self.held_on.date()
        assert day is not None
        return record_meeting_row, {
            "program_id": self.program_id,
            "stage": self.stage_of_meetings,
            "kind": MeetingKind(self.kind.currentData()),
            "title": self.title_edit.text(),
            "held_on": day,
            "party": Party.facilitator(),
            "attendees": [
                Attendee(r.person_id, spoke=r.spoke) for r in self.attendance.attendees()
            ],
            "unnamed_women": self.attendance.unnamed_women.value(),
            "unnamed_men": self.attendance.unnamed_men.value(),
            "group_id": self.group.chosen_id(),
        }
