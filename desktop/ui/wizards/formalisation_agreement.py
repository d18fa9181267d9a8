"""The formalisation wizard's last page: each plan's berita acara, its signatories, and
printing it to PDF."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from desktop.core.domain import Sex
from desktop.ui.context import Operation
from desktop.ui.wizards.base import StagePage
from desktop.ui.wizards.dialog_form import dialog_form
from desktop.ui.wizards.fields import DateField
from desktop.ui.wizards.formalisation_forms import combo, compact, fill_combo, uuid_of
from desktop.ui.wizards.record_list import RecordList, Row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ROLES = ("Kepala desa", "Ketua BPD", "Ketua kelompok", "Sekretaris kelompok", "Pendamping desa")


# --- 6. the agreement ----------------------------------------------------------------------


class AgreementPage(StagePage):
    """The berita acara of each plan: when and where it was agreed, what it says, and who
    signed it. The first signatory records it; it can then be printed."""

    step_id = "agreement"
    reload_on = frozenset({"action_plans", "activities", "budget_lines", "indicators"})

    def build(self) -> None:
        self.setTitle(self.tr("Agreement (berita acara) and signatories"))
        self.setSubTitle(
            self.tr(
                "When and where the community agreed the plan and who signed. Adding the "
                "first signatory records the berita acara; then it can be printed."
            )
        )
        self._agreement: uuid.UUID | None = None
        self._people: dict[str, tuple[uuid.UUID, Sex]] = {}
        self.plan = QComboBox(self)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.number = QLineEdit(self)
        self.number.setAccessibleName(self.tr("Number"))  # its label is no buddy
        self.number.setPlaceholderText(self.tr("e.g. 001/BA/II/2026"))
        self.signed_on = DateField(self)
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(self.tr("e.g. Balai desa"))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(54)
        self.text.setPlaceholderText(self.tr("What was agreed, in a few sentences (optional)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.print_button = QPushButton(self.tr("Print the berita acara (PDF)…"), self)
        self.print_button.clicked.connect(self.print_dialog)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan, 1)
        plan_row.addWidget(self.print_button)
        form.addRow(self.tr("Action plan"), plan_row)
        self.add_message("action_plan", form)
        self.add_message("agreement", form)
        dated = QHBoxLayout()
        dated.addWidget(self.signed_on)
        dated.addWidget(QLabel(self.tr("Number"), self))
        dated.addWidget(self.number, 1)
        form.addRow(self.tr("Signed on"), dated)
        self.add_message("signed_on", form)
        form.addRow(self.tr("Place"), self.location)
        form.addRow(self.tr("Text"), self.text)
        self.body.addLayout(form)
        for widget, field in (
            (self.number, "number"),
            (self.signed_on, "signed_on"),
            (self.location, "location"),
            (self.text, "body"),
        ):
            self.bind(widget, field, save=self._saver(field), message=False)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Type a name…"))
        self.name.editingFinished.connect(self._known_person)
        self.role = QLineEdit(self)
        self.role.setCompleter(QCompleter(list(ROLES), self.role))
        self.role.setPlaceholderText(self.tr("e.g. Kepala desa"))
        self.sex = combo(
            self,
            [
                (self.tr("— not given —"), ""),
                (self.tr("Woman"), "female"),
                (self.tr("Man"), "male"),
            ],
        )
        self.signers = RecordList(
            self,
            table="signatories",
            field="signatories",
            headers=[self.tr("Name"), self.tr("Role"), self.tr("Sex")],
            read_rows=self._rows,
            build_add=self._build_add,
            add_text=self.tr("Add signatory"),
            record_name=self.tr("a signatory"),
        )
        self.signers.table.setMinimumHeight(90)
        self.signers.add_input("name", self.tr("Signatory"), self.name)
        self.signers.add_input("role", self.tr("Role"), self.role, beside=self.sex)
        self.bind(self.sex, "signatories.sex", message=False)
        compact(self.signers)
        self.body.addWidget(self.signers, 1)

    # -- reading --
    def load(self, session: Session) -> None:
        from desktop.core.readers import formalisation as read

        plans = read.plan_rows(session, self.program_id)
        unagreed = [p for p in plans if not p.agreed]
        if self.plan.currentIndex() < 0 and unagreed:
            first = unagreed[0].id.hex
            fill_combo(self.plan, [(p.title, p.id.hex) for p in plans])
            self.plan.setCurrentIndex(self.plan.findData(first))
        else:
            fill_combo(self.plan, [(p.title, p.id.hex) for p in plans])
        self._people = read.village_signers(session, self.program_id)
        completer = QCompleter(sorted(self._people), self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setCompleter(completer)
        plan_id = uuid_of(self.plan.currentData())
        agreement = read.agreement_record(session, plan_id) if plan_id is not None else None
        self._agreement = agreement.id if agreement is not None else None
        if agreement is not None:
            self.bindings["number"].set_text(agreement.number)
            self.bindings["signed_on"].set_text(agreement.signed_on.isoformat())
            self.bindings["location"].set_text(agreement.location)
            self.bindings["body"].set_text(agreement.body)
        self.print_button.setEnabled(agreement is not None)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.formalisation import signatory_rows

        if self._agreement is None:
            return []
        sexes = {Sex.FEMALE: self.tr("Woman"), Sex.MALE: self.tr("Man")}
        return [
            Row(s.id, (s.name, s.role, sexes.get(s.sex, "") if s.sex is not None else ""))
            for s in signatory_rows(session, self._agreement)
        ]

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        # printing is reading: a completed stage's berita acara can be printed again
        self.print_button.setEnabled(self._agreement is not None)
        self.plan.setEnabled(True)

    def _plan_changed(self, _index: int) -> None:
        self.reload()

    def _person_named(self, typed: str) -> tuple[uuid.UUID, Sex] | None:
        """The one village person ``typed`` names (any case): a signatory linked to them."""
        found = [p for name, p in self._people.items() if name.casefold() == typed.casefold()]
        return found[0] if len(found) == 1 else None

    def _known_person(self) -> None:
        known = self._person_named(self.name.text().strip())
        if known is not None and not self.sex.currentData():
            self.sex.setCurrentIndex(max(self.sex.findData(known[1].value), 0))

    # -- writing --
    def _saver(self, field: str) -> Any:
        def save(value: object) -> object:
            from desktop.core.stages.formalisation_agreement import update_agreement

            if self._agreement is None:
                return False  # kept as a draft until the first signatory records it
            if field == "signed_on" and value is None:
                return False
            return (
                self.run(update_agreement, agreement_id=self._agreement, **{field: value})
                is not None
            )

        return save

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import formalisation_agreement as fm

        plan = uuid_of(self.plan.currentData())
        if plan is None:
            self.messages["action_plan"].show_text(self.tr("Make an action plan first."))
            return None
        typed = self.name.text().strip()
        known = self._person_named(typed)
        sex = Sex(self.sex.currentData()) if self.sex.currentData() else None
        person_id = known[0] if known is not None else None
        if self._agreement is not None:
            return fm.add_signatory, {
                "agreement_id": self._agreement,
                "name": typed,
                "role": self.role.text(),
                "person_id": person_id,
                "sex": sex,
            }
        signed_on = self.signed_on.date()
        assert signed_on is not None
        return fm.record_agreement, {
            "action_plan_id": plan,
            "signed_on": signed_on,
            "number": self.number.text(),
            "location": self.location.text(),
            "body": self.text.toPlainText(),
            "signatories": [fm.SignatoryInput(typed, self.role.text(), person_id, True, sex)],
        }

    def on_changes(self, changes: Any) -> None:
        if "agreements" in changes.tables and self._agreement is None:
            # the berita acara was just recorded: its fields are saved, not drafts any more
            for field in ("number", "signed_on", "location", "body"):
                binding = self.bindings[field]
                binding.timer.stop()
                binding.dirty = False
                self.wizard_.write_draft(self.step_id, field, "")
        super().on_changes(changes)

    # -- printing --
    def print_pdf(self, path: str | Path, paper: str) -> bool:
        """Write the chosen plan's berita acara to ``path``; False when there is none yet."""
        from desktop.core.reports.agreement import read_agreement
        from desktop.ui.wizards.agreement_pdf import write_pdf

        plan = uuid_of(self.plan.currentData())
        if plan is None:
            return False
        document = self.read(lambda session: read_agreement(session, plan))
        if document is None:
            return False
        write_pdf(document, path, paper)
        return True

    def print_dialog(self) -> PrintDialog:
        dialog = PrintDialog(self)
        dialog.open()
        return dialog


class PrintDialog(QDialog):
    """Paper size (F4 or A4), then where to save the PDF."""

    def __init__(self, page: AgreementPage) -> None:
        super().__init__(page)
        from desktop.ui.wizards.agreement_pdf import DEFAULT_PAPER

        self.page = page
        self.setObjectName("printAgreementDialog")
        self.setWindowTitle(self.tr("Print the berita acara"))
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("F4 (215 × 330 mm), usual in village offices"), "F4")
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.setCurrentIndex(self.paper.findData(DEFAULT_PAPER))
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        dialog_form(self, form, self.tr("Save as PDF…"), self.save, 420)

    def suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = self.page.plan.currentText() or "rencana aksi"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
        return str(Path(folder) / f"Berita acara - {safe}.pdf")

    def save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the berita acara"), self.suggested_path(), "PDF (*.pdf)"
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.page.print_pdf(path, str(self.paper.currentData())):
            self.page.summary.show_text(
                self.tr("Saved: {path}").format(path=path), self.page.summary.HINT
            )
        self.accept()
