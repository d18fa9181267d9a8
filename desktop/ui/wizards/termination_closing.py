"""The termination wizard's last pages: the facilitators released, the final report, and the
formal closing that leaves the program read-only but for its final report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from desktop.ui.formatting import day_text
from desktop.ui.vocabulary import issue_text
from desktop.ui.wizards.base import StagePage
from desktop.ui.wizards.fields import DateField
from desktop.ui.wizards.record_list import Row
from desktop.ui.wizards.termination_forms import TerminationPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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


# --- 3. the facilitators released ----------------------------------------------------------


class FacilitatorExitPage(TerminationPage):
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
        release_key.activated.connect(lambda: self.table.selectRow(self.table.currentRow()))
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
        from desktop.core.readers.termination import default_day, facilitator_rows

        if not self._dated:
            self._dated = True
            self.released_on.set_date(default_day(session, self.program_id))
        self.rows = [
            Row(
                f.id,
                (
                    f.name,
                    f.role,
                    self.tr("Community cadre") if f.is_community else self.tr("Outside worker"),
                    day_text(f.released_on) or self.tr("still working"),
                ),
            )
            for f in facilitator_rows(session, self.program_id)
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


class FinalReportPage(TerminationPage):
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
        from desktop.core.readers.termination import final_report

        self.bindings["final_report"].set_text(final_report(session, self.program_id))

    def _save(self, text: str) -> object:
        from desktop.core.stages import set_final_report

        return self.run(set_final_report, program_id=self.program_id, text=text) is not None


# --- 5. closing ----------------------------------------------------------------------------


class ClosingPage(TerminationPage):
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
        from desktop.core.readers.termination import default_day
        from desktop.core.stages import guards

        program = guards.program_row(session, self.program_id)
        if not self._dated:
            self._dated = True
            self.closed_on.set_date(default_day(session, self.program_id))
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
                self.tr("The program was closed on {day}.").format(day=day_text(program.closed_on))
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
                program=self.snapshot.program_name, day=day_text(self.closed_on.date())
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
        after_closing = getattr(self.wizard_, "after_closing", None)
        if after_closing is not None:  # the termination wizard: every page turns read-only
            after_closing()
        return True

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.close_button.setVisible(editable)
        self.closing_form.setRowVisible(0, editable)
