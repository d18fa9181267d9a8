"""Stage 7, termination: the exit checklist ticked off, handovers to community institutions,
the facilitators released, the final report, and the formal closing that leaves the program
read-only but for its final report (the flow: ``desktop.core.stages.termination``)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from desktop.core.domain import HandoverKind, Stage
from desktop.core.readers.snapshot import read_snapshot
from desktop.core.stages.guards import NOTE_MAX, TITLE_MAX
from desktop.ui.context import Operation
from desktop.ui.formatting import day_text, rupiah
from desktop.ui.wizards.base import StagePage, StageWizard
from desktop.ui.wizards.bindings import widget_value
from desktop.ui.wizards.commands import UpdateCommand
from desktop.ui.wizards.fields import DateField, RupiahEdit, SearchPicker, count_length
from desktop.ui.wizards.people import PersonPicker, read_groups
from desktop.ui.wizards.record_list import RecordList, Row
from desktop.ui.wizards.termination_closing import (
    ClosingPage,
    FacilitatorExitPage,
    FinalReportPage,
)
from desktop.ui.wizards.termination_forms import TerminationPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _item_text(text: str, key: str | None) -> str:
    """A default item (stored in English with its key; listed for translation in
    desktop/ui/issue_texts.py) in the interface's language; an item a user typed as typed."""
    return QCoreApplication.translate("Issues", text) if key else text


# --- 1. the exit checklist -----------------------------------------------------------------


class ChecklistPage(TerminationPage):
    """The exit checklist: the usual items (laid out when the stage starts) and the team's
    own, each ticked off with the day it was done."""

    step_id = "checklist"
    reload_on = frozenset({"findings"})

    def build(self) -> None:
        self.setTitle(self.tr("Exit checklist"))
        self.setSubTitle(
            self.tr(
                "What must be done before the team leaves the village. Select an item and "
                "tick it off with the day it was done (Space); add the community's own items."
            )
        )
        self.item_text = count_length(QLineEdit(self), NOTE_MAX)
        self.item_text.setPlaceholderText(self.tr("e.g. Kunci gudang diserahkan ke BUMDes"))
        self.items = RecordList(
            self,
            table="exit_items",
            field="checklist",
            headers=[self.tr("Item"), self.tr("Done"), self.tr("Done on")],
            read_rows=self._rows,
            build_add=self._build_add,
            add_text=self.tr("Add item"),
            record_name=self.tr("a checklist item"),
        )
        self.items.add_input("text", self.tr("New item"), self.item_text)
        self.items.table.setColumnWidth(0, 420)
        self.items.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive
        )
        self.done_on = DateField(self)
        self.tick_button = QPushButton(self.tr("Tick off"), self)
        self.tick_button.setObjectName("primary")
        self.tick_button.clicked.connect(lambda: self.tick(True))
        self.untick_button = QPushButton(self.tr("Not done yet"), self)
        self.untick_button.setObjectName("secondary")
        self.untick_button.clicked.connect(lambda: self.tick(False))
        self.items.table.installEventFilter(self)  # Space ticks the selected item
        self.done_label = QLabel(self.tr("Done on"), self)
        self.done_label.setBuddy(self.done_on)
        ticking = QHBoxLayout()
        ticking.addWidget(self.done_label)
        ticking.addWidget(self.done_on)
        ticking.addWidget(self.tick_button)
        ticking.addWidget(self.untick_button)
        ticking.addStretch(1)
        self.body.addWidget(self.items, 3)
        self.body.addLayout(ticking)
        self.add_message("done_on")

        self.feed_label = QLabel(self.tr("Recommendations from the evaluation"), self)
        self.feed = QListWidget(self)
        self.feed.setMaximumHeight(80)
        self.feed_label.setBuddy(self.feed)
        self.feed_button = QPushButton(self.tr("Add to the checklist"), self)
        self.feed_button.setObjectName("secondary")
        self.feed_button.clicked.connect(self.add_from_feed)
        self.feed.itemActivated.connect(lambda _item: self.add_from_feed())
        feed_row = QHBoxLayout()
        feed_row.addWidget(self.feed, 1)
        feed_row.addWidget(self.feed_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.feed_label)
        self.body.addLayout(feed_row)
        self._dated = False

    def load(self, session: Session) -> None:
        from desktop.core.readers.termination import default_day
        from desktop.core.stages import guards

        if not self._dated:
            self._dated = True
            self.done_on.set_date(default_day(session, self.program_id))
        program = guards.program_row(session, self.program_id)
        self.feed.clear()
        offered: set[str] = set()
        for up in self.wizard_.flow.upstream(session, program):
            shown = up.detail or up.title
            if shown in offered:
                continue
            offered.add(shown)
            item = QListWidgetItem(shown, self.feed)
            item.setData(Qt.ItemDataRole.UserRole, shown)
        visible = self.feed.count() > 0
        for widget in (self.feed_label, self.feed, self.feed_button):
            widget.setVisible(visible)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.termination import exit_item_rows

        return [
            Row(
                item.id,
                (
                    _item_text(item.text, item.key),
                    self.tr("✓ done") if item.done else self.tr("not yet"),
                    day_text(item.done_on),
                ),
            )
            for item in exit_item_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import add_exit_item

        return add_exit_item, {"program_id": self.program_id, "text": self.item_text.text()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.items.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.items.table.selectRow(self.items.table.currentRow())  # the keyboard's row
                self.toggle()
                return True
        return super().eventFilter(watched, event)

    def _item_state(self, item_id: uuid.UUID) -> tuple[bool, dt.date | None]:
        from desktop.core.readers.termination import exit_item_state

        return self.read(lambda session: exit_item_state(session, item_id))

    def tick(self, done: bool) -> bool:
        """Tick the selected item off on the chosen day (or mark it not done); undoable."""
        from desktop.core.stages import set_exit_item_done

        item_id = self.items.selected_id()
        self.messages["done_on"].clear_message()
        if item_id is None or not self.wizard_.editable:
            if item_id is None:
                self.messages["done_on"].show_text(self.tr("Select an item in the list first."))
            return False
        was_done, was_on = self._item_state(item_id)
        after = {"item_id": item_id, "done": done, "done_on": self.done_on.date() if done else None}
        if self.run(set_exit_item_done, **after) is None:
            return False
        before = {"item_id": item_id, "done": was_done, "done_on": was_on}
        text = self.tr("ticking off a checklist item") if done else self.tr("unticking an item")
        self.wizard_.push(UpdateCommand(self.wizard_, text, set_exit_item_done, before, after))
        self._highlight(item_id)
        return True

    def toggle(self) -> None:
        item_id = self.items.selected_id()
        if item_id is not None:
            self.tick(not self._item_state(item_id)[0])

    def _highlight(self, item_id: uuid.UUID) -> None:
        for n, row in enumerate(self.items.rows):
            if row.id == item_id:
                self.items.table.selectRow(n)
                self.items.table.setFocus()

    def add_from_feed(self) -> None:
        item = self.feed.currentItem()
        if item is None or not self.wizard_.editable:
            return
        self.item_text.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.items.add()

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        for widget in (
            self.tick_button,
            self.untick_button,
            self.feed_button,
            self.done_label,
            self.done_on,
        ):
            widget.setVisible(editable)


# --- 2. handovers --------------------------------------------------------------------------


class HandoversPage(TerminationPage):
    """Roles, assets and records handed over to the community's own institutions."""

    step_id = "handovers"
    reload_on = frozenset({"people", "community_groups"})

    def build(self) -> None:
        self.setTitle(self.tr("Handovers to community institutions"))
        self.setSubTitle(
            self.tr(
                "Which role, asset or record went to which institution (BUMDes, PKK, a "
                "farmer group), when, and what it is worth. Double-click or F2 corrects one."
            )
        )
        self.kind = QComboBox(self)
        for kind, label in self.kind_names().items():
            self.kind.addItem(label, kind.value)
        self.description = count_length(QLineEdit(self), TITLE_MAX)
        self.description.setPlaceholderText(self.tr("e.g. Pompa air dan jaringan pipa"))
        self.group = SearchPicker(self)
        self.group.setPlaceholderText(self.tr("Type an institution's name…"))
        self.person = PersonPicker(self)
        self.handed_on = DateField(self, optional=True)
        self.value = RupiahEdit(self)
        self.handovers = RecordList(
            self,
            table="handovers",
            field="handovers",
            headers=[
                self.tr("What"),
                self.tr("Kind"),
                self.tr("Handed over to"),
                self.tr("Date"),
                self.tr("Value"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Record handover"),
            record_name=self.tr("a handover"),
        )
        self.handovers.add_input("kind", self.tr("Kind"), self.kind)
        self.handovers.add_input("description", self.tr("What"), self.description)
        self.handovers.add_input("to", self.tr("To institution"), self.group)
        self.handovers.add_input(
            "to_person",
            self.tr("or to a person"),
            self.person.picker,
            beside=self.person.new_button,
        )
        self.handovers.add_input("handed_on", self.tr("Date"), self.handed_on)
        self.handovers.add_input("value", self.tr("Value"), self.value)
        self.handovers.form.setVerticalSpacing(2)
        self.body.addWidget(self.handovers)

    def kind_names(self) -> dict[HandoverKind, str]:
        return {
            HandoverKind.ROLE: self.tr("Role"),
            HandoverKind.ASSET: self.tr("Asset"),
            HandoverKind.RECORD: self.tr("Record or document"),
        }

    def load(self, session: Session) -> None:
        self.person.reload()
        self.group.set_choices(read_groups(session, self.snapshot.village_code))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.termination import handover_rows

        names = self.kind_names()
        return [
            Row(
                h.id,
                (
                    h.description,
                    names[h.kind],
                    h.to,
                    day_text(h.handed_on),
                    rupiah(h.value) if h.value is not None else "",
                ),
            )
            for h in handover_rows(session, self.program_id)
        ]

    def _read_record(self, session: Session, handover_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.termination import handover_record

        h = handover_record(session, handover_id)
        if h is None:
            return {}
        return {
            "kind": h.kind.value,
            "description": h.description,
            "to": h.to_group_id,
            "to_person": h.to_person_id,
            "handed_on": h.handed_on,
            "value": h.value,
        }

    def _arguments(self, values: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "kind": HandoverKind(values.get("kind") or HandoverKind.ROLE.value),
            "description": values.get("description") or "",
            "to_group_id": values.get("to"),
            "to_person_id": values.get("to_person"),
            "handed_on": values.get("handed_on"),
            "value": values.get("value") or None,  # an empty amount is no value
        }

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import record_handover

        values = {name: widget_value(w) for name, w in self.handovers.inputs.items()}
        return record_handover, {"program_id": self.program_id, **self._arguments(values)}

    def _build_update(
        self, handover_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_handover

        return update_handover, {"handover_id": handover_id, **self._arguments(values)}


class TerminationWizard(StageWizard):
    stage = Stage.TERMINATION
    page_types = (ChecklistPage, HandoversPage, FacilitatorExitPage, FinalReportPage, ClosingPage)

    def after_closing(self) -> None:
        """The program is closed: every page read-only, but for the final report."""
        self.snapshot = self.read(lambda s: read_snapshot(s, self.program_id, self.stage))
        self.editable = False
        self._update_mode()
        page = self.currentPage()
        if isinstance(page, StagePage):
            page.reload()

    def _update_mode(self) -> None:
        super()._update_mode()
        report = self.page_for("final_report")
        if report is not None and self.snapshot.closed:
            report.setSubTitle(
                self.tr("The program is closed. Only its final report can still be changed.")
            )
