"""Stage 7, termination: the exit checklist ticked off, handovers to community institutions,
the facilitators released, the final report, and the formal closing that leaves the program
read-only but for its final report (the flow: ``desktop.core.stages.termination``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from desktop.core.domain import HandoverKind, Stage
from desktop.ui.vocabulary import issue_text
from desktop.ui.wizards.base import (
    Operation,
    RecordList,
    Row,
    StagePage,
    StageWizard,
    UpdateCommand,
    read_snapshot,
    widget_value,
)
from desktop.ui.wizards.fields import DateField, FieldMessage, RupiahEdit, SearchPicker
from desktop.ui.wizards.people import PersonPicker, read_groups

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.errors import Issue


def _day(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value is not None else ""


def _default_day(session: Session, program_id: uuid.UUID) -> dt.date:
    """Today, kept inside the program's dates (a late entry goes on its last day)."""
    from desktop.core.stages import guards

    program = guards.program_row(session, program_id)
    day = max(dt.date.today(), program.start_date)
    return min(day, program.end_date) if program.end_date is not None else day


def _rupiah(value: int | None) -> str:
    from desktop.ui import formatting

    return formatting.rupiah(value) if value is not None else ""


def _item_text(text: str, key: str | None) -> str:
    """A default item (stored in English with its key; listed for translation in
    desktop/ui/issue_texts.py) in the interface's language; an item a user typed as typed."""
    return QCoreApplication.translate("Issues", text) if key else text


def _localised(issues: Sequence[Issue]) -> list[Issue]:
    """Issues whose values (a default checklist item, a stage's name) are translated too, so
    the sentence is all in one language: the template stays for FieldMessage to translate."""
    out = []
    for found in issues:
        values = tuple(
            (name, QCoreApplication.translate("Issues", value) if value else value)
            for name, value in found.values
        )
        out.append(dataclasses.replace(found, values=values))
    return out


class _TerminationPage(StagePage):
    """What every page of this wizard shares: its messages in one language."""

    def show_issues(self, issues: Sequence[Issue], level: str = FieldMessage.ERROR) -> None:
        super().show_issues(_localised(issues), level)


def _table(page: StagePage, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), page)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


# --- 1. the exit checklist -----------------------------------------------------------------


class ChecklistPage(_TerminationPage):
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
        self.item_text = QLineEdit(self)
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
        from desktop.core.stages import guards

        if not self._dated:
            self._dated = True
            self.done_on.set_date(_default_day(session, self.program_id))
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
        from desktop.core.stages.termination import checklist

        return [
            Row(
                item.id,
                (
                    _item_text(item.text, item.key),
                    self.tr("✓ done") if item.done else self.tr("not yet"),
                    _day(item.done_on),
                ),
            )
            for item in checklist(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import add_exit_item

        return add_exit_item, {"program_id": self.program_id, "text": self.item_text.text()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.items.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.toggle()
                return True
        return super().eventFilter(watched, event)

    def _item_state(self, item_id: uuid.UUID) -> tuple[bool, dt.date | None]:
        from desktop.core.models import ExitItem

        def query(session: Session) -> tuple[bool, dt.date | None]:
            item = session.get(ExitItem, item_id)
            return (item.done, item.done_on) if item is not None else (False, None)

        return self.read(query)

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
        self._select(item_id)
        return True

    def toggle(self) -> None:
        item_id = self.items.selected_id()
        if item_id is not None:
            self.tick(not self._item_state(item_id)[0])

    def _select(self, item_id: uuid.UUID) -> None:
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


class HandoversPage(_TerminationPage):
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
        self.description = QLineEdit(self)
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
        from desktop.core.models import CommunityGroup, Person
        from desktop.core.stages.termination import handovers_of

        names = self.kind_names()
        rows = []
        for h in handovers_of(session, self.program_id):
            group = session.get(CommunityGroup, h.to_group_id) if h.to_group_id else None
            person = session.get(Person, h.to_person_id) if h.to_person_id else None
            to = " · ".join(x.name for x in (group, person) if x is not None)
            cells = (h.description, names[h.kind], to, _day(h.handed_on), _rupiah(h.value))
            rows.append(Row(h.id, cells))
        return rows

    def _read_record(self, session: Session, handover_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.models import Handover

        h = session.get(Handover, handover_id)
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


# --- 3. the facilitators released ----------------------------------------------------------


class FacilitatorExitPage(_TerminationPage):
    """Every outside facilitator released, and no activity left on the facilitator."""

    step_id = "facilitator_exit"

    def build(self) -> None:
        self.setTitle(self.tr("The facilitator's role at zero"))
        self.setSubTitle(
            self.tr(
                "The outside facilitators leave; the community's own cadres stay. Select a "
                "facilitator and release them on the day they left. Activities still carried "
                "by a facilitator must be finished or handed over."
            )
        )
        self.table = _table(
            self,
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Community or outside"),
                self.tr("Released"),
            ],
        )
        self.released_on = DateField(self)
        self.release_button = QPushButton(self.tr("Release"), self)
        self.release_button.setObjectName("primary")
        self.release_button.clicked.connect(self.release)
        release_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        release_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        release_key.activated.connect(self.release)
        self.body.addWidget(self.table, 1)
        self.add_message("facilitators")
        self.released_label = QLabel(self.tr("Released on"), self)
        self.released_label.setBuddy(self.released_on)
        row = QHBoxLayout()
        row.addWidget(self.released_label)
        row.addWidget(self.released_on)
        row.addWidget(self.release_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.add_message("released_on")
        self.rows: list[Row] = []
        self._dated = False

    def load(self, session: Session) -> None:
        from desktop.core.stages.preparation import facilitators

        if not self._dated:
            self._dated = True
            self.released_on.set_date(_default_day(session, self.program_id))
        self.rows = [
            Row(
                f.id,
                (
                    f.person.name,
                    f.role,
                    self.tr("Community cadre") if f.is_community else self.tr("Outside worker"),
                    _day(f.released_on) or self.tr("still working"),
                ),
            )
            for f in facilitators(session, self.program_id)
        ]
        self.table.setRowCount(len(self.rows))
        for r, found in enumerate(self.rows):
            for c, text in enumerate(found.cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, found.id)
                self.table.setItem(r, c, item)

    def texts(self) -> list[tuple[str, ...]]:
        return [row.cells for row in self.rows]

    def release(self) -> bool:
        from desktop.core.stages import release_facilitator

        selected = self.table.selectionModel().selectedRows()
        self.messages["released_on"].clear_message()
        if not selected or not self.wizard_.editable:
            if not selected:
                self.messages["released_on"].show_text(
                    self.tr("Select a facilitator in the list first.")
                )
            return False
        facilitator_id = selected[0].data(Qt.ItemDataRole.UserRole)
        day = self.released_on.date()
        return (
            self.run(release_facilitator, facilitator_id=facilitator_id, released_on=day)
            is not None
        )

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        for widget in (self.release_button, self.released_label, self.released_on):
            widget.setVisible(editable)


# --- 4. the final report -------------------------------------------------------------------


class FinalReportPage(_TerminationPage):
    """The closing report: what changed, what the community carries on. It stays editable
    after the program is closed."""

    step_id = "final_report"
    always_editable = frozenset({"final_report"})

    def build(self) -> None:
        self.setTitle(self.tr("Final report"))
        self.setSubTitle(
            self.tr(
                "What the program achieved, what the community carries on by itself, and "
                "the lessons for the next program. It can still be changed after closing."
            )
        )
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("e.g. Air bersih mengalir ke 50 rumah; BUMDes mengelola iuran perawatan…")
        )
        label = QLabel(self.tr("Final report"), self)
        label.setBuddy(self.text)
        self.body.addWidget(label)
        self.body.addWidget(self.text, 1)
        self.bind(self.text, "final_report", save=self._save)
        self.add_message("final_report")

    def load(self, session: Session) -> None:
        from desktop.core.models import Program

        program = session.get(Program, self.program_id)
        text = (program.final_report or "") if program is not None else ""
        self.bindings["final_report"].set_text(text)

    def _save(self, text: str) -> object:
        from desktop.core.stages import set_final_report

        return self.run(set_final_report, program_id=self.program_id, text=text) is not None


# --- 5. closing ----------------------------------------------------------------------------


class ClosingPage(_TerminationPage):
    """What is still missing, the closing date, and the formal closing (confirmed first)."""

    step_id = "closing"

    def build(self) -> None:
        self.setTitle(self.tr("Formal closing"))
        self.setSubTitle(
            self.tr(
                "Close the program on the day of the closing meeting. After closing, the "
                "program can no longer be changed, except its closing report."
            )
        )
        self.overview = QLabel(self)
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.overview, 1)
        self.closed_on = DateField(self)
        self.close_button = QPushButton(self.tr("Close the program…"), self)
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.ask_to_close)
        self.closed_label = QLabel(self)
        self.closed_label.setWordWrap(True)
        self.closing_form = form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.closed_on)
        row.addWidget(self.close_button)
        row.addStretch(1)
        form.addRow(self.tr("Closing date"), row)
        self.body.addLayout(form)
        self.add_message("closed_on", form)
        self.add_message("closing")
        self.body.addWidget(self.closed_label)
        self.confirmation: QMessageBox | None = None
        self._dated = False

    def load(self, session: Session) -> None:
        from desktop.core.stages import guards

        program = guards.program_row(session, self.program_id)
        if not self._dated:
            self._dated = True
            self.closed_on.set_date(_default_day(session, self.program_id))
        lines = []
        for step in self.wizard_.flow.steps:
            if step.id == self.step_id:
                continue
            page = self.wizard_.page_for(step.id)
            title = page.title() if page is not None else step.title
            issues = step.issues(session, program)
            if issues:
                what = "<br>".join(
                    f"&nbsp;&nbsp;• {issue_text(i.template, i.values, i.message)}" for i in issues
                )
                lines.append(f"<p><b>○ {title}</b><br>{what}</p>")
            else:
                lines.append(f"<p><b>✓ {title}</b></p>")
        self.overview.setText("".join(lines))
        if program.closed_on is not None:
            self.closed_label.setText(
                self.tr("The program was closed on {day}.").format(day=_day(program.closed_on))
            )
        self.closed_label.setVisible(program.closed_on is not None)

    def ask_to_close(self) -> QMessageBox | None:
        """The confirmation; closing happens when the user agrees."""
        if not self.wizard_.editable:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Close the program"))
        box.setText(
            self.tr("Close “{program}” on {day}?").format(
                program=self.snapshot.program_name, day=_day(self.closed_on.date())
            )
        )
        box.setInformativeText(
            self.tr(
                "After closing, the program can no longer be changed, except its closing report."
            )
        )
        yes = box.addButton(self.tr("Close the program"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is yes))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirmation = box
        box.open()
        return box

    def _answered(self, agreed: bool) -> None:
        self.confirmation = None
        if agreed:
            self.close_program()

    def close_program(self) -> bool:
        from desktop.core.stages import close_program

        day = self.closed_on.date()
        if self.run(close_program, program_id=self.program_id, closed_on=day) is None:
            return False
        wizard = self.wizard_
        if isinstance(wizard, TerminationWizard):
            wizard.after_closing()
        return True

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.close_button.setVisible(editable)
        self.closing_form.setRowVisible(0, editable)


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
