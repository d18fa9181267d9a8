"""Stage 5, implementation: progress logged per activity of the action plan, contributions of
money, labour and materials valued in Rupiah, and photos of the work (the flow:
``desktop.core.stages.implementation``). Its three pages share one form's pickers and number
fields, so they stay together a few lines past 600; the shared inputs are implementation_forms.py.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from desktop.core.domain import ContributionKind, FundingSource, Stage
from desktop.core.errors import ValidationError
from desktop.core.numbers import parse_number
from desktop.ui import formatting
from desktop.ui.context import Operation
from desktop.ui.formatting import day_text
from desktop.ui.wizards.base import StagePage, StageWizard
from desktop.ui.wizards.fields import DateField, FieldMessage, NumberEdit, RupiahEdit
from desktop.ui.wizards.implementation_forms import (
    DATE_WIDTH,
    MONEY_WIDTH,
    PartyPicker,
    form_number,
    number_text,
    party_text,
    side_input,
    whole,
)
from desktop.ui.wizards.photos import ChooseFiles, Thumbnails, choose_photos, downscale, jpeg_name
from desktop.ui.wizards.record_list import RecordList, Row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class ActivityCombo(QComboBox):
    """The action plan's activities (the feed of this stage), each with its progress so far."""

    def reload(self, session: Session, program_id: uuid.UUID) -> None:
        from desktop.core.readers.formalisation import activity_rows

        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        for a in activity_rows(session, program_id):
            dates = f"{day_text(a.planned_start)} – {day_text(a.planned_end)}"
            self.addItem(f"{a.title} ({a.progress}%, {dates})", a.id.hex)
        index = self.findData(chosen) if chosen else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def activity_id(self) -> uuid.UUID | None:
        data = self.currentData()
        return uuid.UUID(hex=data) if isinstance(data, str) else None


def _chosen_activity(page: ProgressPage | ContributionsPage, missing: str) -> uuid.UUID | None:
    """The activity chosen on the page; ``missing`` is said beside it when there is none."""
    activity = page.activity.activity_id()
    if activity is None:
        page.messages["activity"].show_text(missing)
    return activity


class ProgressPage(StagePage):
    """A visit's report on an activity: the day, how far it is, what it cost, who came."""

    step_id = "progress"

    def build(self) -> None:
        self.setTitle(self.tr("Progress of the activities"))
        self.setSubTitle(
            self.tr(
                "After each visit, write how far an activity of the action plan has come. "
                "Progress only goes forward; at 100% the activity is finished."
            )
        )
        self._dated = False
        self.activity = ActivityCombo(self)
        self.logged_on = DateField(self)
        self.logged_on.setMaximumWidth(DATE_WIDTH)
        self.progress = NumberEdit(self, maximum=100)
        self.progress.setPlaceholderText("0–100")
        self.progress.setMaximumWidth(90)
        self.cost = RupiahEdit(self)
        self.cost.setMaximumWidth(MONEY_WIDTH)
        self.women = NumberEdit(self)
        self.men = NumberEdit(self)
        for edit in (self.women, self.men):
            edit.setPlaceholderText("0")
            edit.setMaximumWidth(90)
        self.carried_by = PartyPicker(self)
        self.carried_by.setPlaceholderText(self.tr("Type a group's or a person's name…"))
        self.problems = QLineEdit(self)
        self.problems.setPlaceholderText(self.tr("e.g. Cement arrived late; rain for two days"))
        self.logs = RecordList(
            self,
            table="progress_logs",
            field="progress",
            headers=[
                self.tr("Date"),
                self.tr("Activity"),
                self.tr("Progress"),
                self.tr("Actual cost"),
                self.tr("Women / men present"),
                self.tr("Carried by"),
                self.tr("Problems met"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            add_text=self.tr("Add progress"),
            record_name=self.tr("a progress entry"),
        )
        self.logs.add_input("activity", self.tr("Activity"), self.activity)
        self.logs.add_input(
            "logged_on",
            self.tr("Date"),
            self.logged_on,
            beside=side_input(self.logs, "progress_value", self.tr("Progress (%)"), self.progress),
        )
        self.logs.add_input("actual_cost", self.tr("Actual cost"), self.cost)
        self.logs.add_input(
            "women_present",
            self.tr("Women present"),
            self.women,
            beside=side_input(self.logs, "men_present", self.tr("Men present"), self.men),
        )
        self.logs.add_input("party", self.tr("Carried by"), self.carried_by)
        self.logs.add_input("problems_met", self.tr("Problems met"), self.problems)
        self.attendance = FieldMessage(self)
        self.messages["attendance"] = self.attendance
        self.logs.form.insertRow(4, "", self.attendance)
        self.body.addWidget(self.logs)

    def load(self, session: Session) -> None:
        self.activity.reload(session, self.program_id)
        self.carried_by.reload(session, self.snapshot.village_code)
        if not self._dated:
            self._dated = True
            self.logged_on.set_date(max(dt.date.today(), self.snapshot.start_date))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.implementation import progress_rows

        return [
            Row(
                log.id,
                (
                    day_text(log.logged_on),
                    log.activity,
                    f"{log.progress}%",
                    formatting.rupiah(log.actual_cost),
                    f"{log.women_present} / {log.men_present}",
                    party_text(log.carried_by, log.by_facilitator),
                    log.problems_met,
                ),
            )
            for log in progress_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.implementation import log_progress

        activity = _chosen_activity(
            self, self.tr("The action plan has no activities yet: formalise it first.")
        )
        if activity is None:
            return None
        if not self.progress.text().strip():
            self.messages["progress_value"].show_text(self.tr("Write how far it has come (0–100)."))
            return None
        party = self.carried_by.party()
        if party is None:
            self.messages["party"].show_text(
                self.tr("Choose who carried the work: a group, a person or the facilitator.")
            )
            return None
        day = self.logged_on.date()
        assert day is not None
        return log_progress, {
            "activity_id": activity,
            "logged_on": day,
            "progress": whole(self.progress),
            "party": party,
            "actual_cost": self.cost.value(),
            "women_present": whole(self.women),
            "men_present": whole(self.men),
            "problems_met": self.problems.text(),
        }

    def show_issues(self, issues: Any, level: str = FieldMessage.ERROR) -> None:
        # the core names the percent "progress", which is also the list's field
        from dataclasses import replace

        moved = [
            replace(i, field="progress_value")
            if i.field == "progress" and _about_the_percent(i.template)
            else i
            for i in issues
        ]
        super().show_issues(moved, level)


def _about_the_percent(template: str) -> bool:
    return (
        template.startswith("Progress") or "was already at" in template or "was only at" in template
    )


def _quantity(text: str) -> float:
    """A typed quantity read by the core's rule (``2,5``); one when left empty, zero (refused
    by the core) when the rule refuses it, which its field says in words."""
    if not text.strip():
        return 1.0
    try:
        return float(parse_number(text))
    except ValidationError:
        return 0.0


class ContributionsPage(StagePage):
    """What the community and outsiders gave: money, labour days and materials, in Rupiah."""

    step_id = "contributions"
    reload_on = frozenset({"activities"})

    def build(self) -> None:
        self.setTitle(self.tr("Contributions"))
        self.setSubTitle(
            self.tr(
                "Money, labour days and materials given to each activity, valued in Rupiah. "
                "What the community gives itself shows how self-reliant it is becoming. "
                "Double-click or F2 corrects one."
            )
        )
        self._dated = False
        self.activity = ActivityCombo(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Money"), ContributionKind.MONEY.value)
        self.kind.addItem(self.tr("Labour (days of work)"), ContributionKind.LABOUR.value)
        self.kind.addItem(self.tr("Materials"), ContributionKind.MATERIAL.value)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("The community"), FundingSource.COMMUNITY.value)
        self.source.addItem(self.tr("Outside (government, donor)"), FundingSource.OUTSIDE.value)
        self.quantity = NumberEdit(self, decimals=True)
        self.quantity.setPlaceholderText(self.tr("e.g. 12"))
        self.quantity.setMaximumWidth(90)
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("days, sacks, metres"))
        self.value = RupiahEdit(self)
        self.value.setMaximumWidth(MONEY_WIDTH)
        self.given_on = DateField(self)
        self.given_on.setMaximumWidth(DATE_WIDTH)
        self.contributor = PartyPicker(self)
        self.contributor.setPlaceholderText(self.tr("Type a group's or a person's name…"))
        self.contributor_name = QLineEdit(self)
        self.contributor_name.setPlaceholderText(self.tr("or write a name, e.g. Dinas PU"))
        self.contributor_name.setMinimumWidth(260)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("e.g. 20 sacks of cement"))
        self.list = RecordList(
            self,
            table="contributions",
            field="contributions",
            headers=[
                self.tr("Date"),
                self.tr("Activity"),
                self.tr("What"),
                self.tr("Quantity"),
                self.tr("Value"),
                self.tr("From"),
                self.tr("Given by"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add contribution"),
            record_name=self.tr("a contribution"),
        )
        self.list.add_input("activity", self.tr("Activity"), self.activity)
        self.list.add_input(
            "kind",
            self.tr("What was given"),
            self.kind,
            beside=side_input(self.list, "source", self.tr("From"), self.source),
        )
        self.list.add_input("quantity", self.tr("Quantity"), self.quantity, beside=self.unit)
        self.list.page.bind(self.unit, "contributions.unit", message=False)
        self.list.inputs["unit"] = self.unit
        self.messages["unit"] = FieldMessage(self)
        self.list.add_input(
            "value",
            self.tr("Value"),
            self.value,
            beside=side_input(self.list, "given_on", self.tr("Given on"), self.given_on),
        )
        self.list.add_input(
            "contributor", self.tr("Given by"), self.contributor, beside=self.contributor_name
        )
        self.list.page.bind(self.contributor_name, "contributions.contributor_name", message=False)
        self.list.inputs["contributor_name"] = self.contributor_name
        self.messages["contributor_name"] = FieldMessage(self)
        self.list.add_input("description", self.tr("Description"), self.description)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.body.addWidget(self.list)

    def _kind_changed(self) -> None:
        if self.kind.currentData() == ContributionKind.LABOUR.value and not self.unit.text():
            self.unit.setPlaceholderText(self.tr("days"))

    def load(self, session: Session) -> None:
        self.activity.reload(session, self.program_id)
        self.contributor.reload(session, self.snapshot.village_code, facilitator=False)
        if not self._dated:
            self._dated = True
            self.given_on.set_date(max(dt.date.today(), self.snapshot.start_date))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.implementation import contribution_rows

        kinds = {
            ContributionKind.MONEY: self.tr("Money"),
            ContributionKind.LABOUR: self.tr("Labour"),
            ContributionKind.MATERIAL: self.tr("Materials"),
        }
        sources = {
            FundingSource.COMMUNITY: self.tr("Community"),
            FundingSource.OUTSIDE: self.tr("Outside"),
        }
        return [
            Row(
                c.id,
                (
                    day_text(c.given_on),
                    c.activity,
                    kinds[c.kind] + (f": {c.description}" if c.description else ""),
                    f"{number_text(c.quantity)} {c.unit or ''}".strip(),
                    formatting.rupiah(c.value),
                    sources[c.source],
                    c.given_by,
                ),
            )
            for c in contribution_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.implementation import add_contribution

        activity = _chosen_activity(
            self, self.tr("The action plan has no activities yet: formalise it first.")
        )
        if activity is None:
            return None
        quantity = _quantity(self.quantity.text())
        chosen = self.contributor.party()
        person = chosen.person_id if chosen is not None else None
        group = chosen.group_id if chosen is not None else None
        day = self.given_on.date()
        assert day is not None
        return add_contribution, {
            "activity_id": activity,
            "source": FundingSource(self.source.currentData()),
            "kind": ContributionKind(self.kind.currentData()),
            "value": self.value.value(),
            "given_on": day,
            "quantity": quantity,
            "unit": self.unit.text(),
            "contributor_person_id": person,
            "contributor_group_id": group,
            "contributor_name": self.contributor_name.text(),
            "description": self.description.text(),
        }

    def _read_record(self, session: Session, contribution_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.implementation import contribution_record

        c = contribution_record(session, contribution_id)
        if c is None:
            return {}
        return {
            "activity": c.activity_id.hex,
            "kind": c.kind.value,
            "source": c.source.value,
            "quantity": form_number(c.quantity),
            "unit": c.unit,
            "value": c.value,
            "given_on": c.given_on,
            "contributor": c.contributor_group_id or c.contributor_person_id,
            "contributor_name": c.contributor_name,
            "description": c.description,
            # not in the form: for undo, exactly who gave it
            "given_by": (c.contributor_person_id, c.contributor_group_id),
        }

    def _build_update(
        self, contribution_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_contribution

        quantity = _quantity(str(values.get("quantity") or ""))
        if "given_by" in values:
            person, group = values["given_by"]
        else:
            chosen = values.get("contributor")
            in_groups = chosen in getattr(self.contributor, "group_ids", set())
            person, group = (None, chosen) if in_groups else (chosen, None)
        day = values.get("given_on")
        if day is None:
            return None
        activity = values.get("activity")
        return update_contribution, {
            "contribution_id": contribution_id,
            "activity_id": uuid.UUID(hex=activity) if activity else None,
            "source": FundingSource(values.get("source") or FundingSource.COMMUNITY.value),
            "kind": ContributionKind(values.get("kind") or ContributionKind.MONEY.value),
            "value": values.get("value") or 0,
            "given_on": day,
            "quantity": quantity,
            "unit": values.get("unit") or "",
            "contributor_person_id": person,
            "contributor_group_id": group,
            "contributor_name": values.get("contributor_name") or "",
            "description": values.get("description") or "",
        }

    def show_issues(self, issues: Any, level: str = FieldMessage.ERROR) -> None:
        # the core puts every refusal of a contribution under "contributions": place them
        from dataclasses import replace

        places = {"value of": "value", "quantity": "quantity", "contribution date": "given_on"}

        def place(found: Any) -> Any:
            if found.field != "contributions":
                return found
            what = str(dict(found.values).get("what", ""))
            for key, field in places.items():
                if what.startswith(key):
                    return replace(found, field=field)
            if "day" in dict(found.values):
                return replace(found, field="given_on")
            if found.template.startswith("That person") or found.template.startswith("That comm"):
                return replace(found, field="contributor")
            return found

        super().show_issues([place(i) for i in issues], level)


class EvidencePage(StagePage):
    """Photos of the work, made smaller before they are kept, shown as thumbnails."""

    step_id = "evidence"
    reload_on = frozenset({"progress_logs", "blobs"})

    def build(self) -> None:
        self.setTitle(self.tr("Photos and documents"))
        self.setSubTitle(
            self.tr(
                "Photos of the work, for the reports: choose the progress entry they show. "
                "Photos are made smaller (1600 pixels) before they are kept."
            )
        )
        self.choose_files: ChooseFiles = choose_photos  # tests put their own
        self._prepared: dict[str, bytes] = {}
        self.log = QComboBox(self)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("No photo chosen"))
        self.browse = QPushButton(self.tr("Choose photo…"), self)
        self.browse.clicked.connect(self.choose)
        self.caption = QLineEdit(self)
        self.caption.setPlaceholderText(self.tr("e.g. Digging the well, first metre"))
        self.taken_on = DateField(self, optional=True)
        self.taken_on.setMaximumWidth(DATE_WIDTH)
        self.thumbnails = Thumbnails(self)
        self.photos = RecordList(
            self,
            table="attachments",
            field="attachments",
            headers=[self.tr("Caption"), self.tr("Of"), self.tr("Taken"), self.tr("Size")],
            read_rows=self._rows,
            build_add=self._build_add,
            add_text=self.tr("Add photo"),
            record_name=self.tr("a photo"),
        )
        self.photos.table.setMinimumHeight(80)
        self.photos.add_input("owner", self.tr("Photo of"), self.log)
        self.photos.add_input("file", self.tr("Photo"), self.path, beside=self.browse)
        self.photos.add_input(
            "caption",
            self.tr("Caption"),
            self.caption,
            beside=side_input(self.photos, "taken_on", self.tr("Taken on"), self.taken_on),
        )
        self.body.addWidget(self.thumbnails)
        self.body.addWidget(self.photos, 1)
        self.thumbnails.itemClicked.connect(self._select_row)

    def load(self, session: Session) -> None:
        from desktop.core.readers.implementation import log_choices

        chosen = self.log.currentData()
        self.log.clear()
        for log in log_choices(session, self.program_id):
            self.log.addItem(
                f"{day_text(log.logged_on)} · {log.activity} · {log.progress}%", log.id.hex
            )
        self.log.setCurrentIndex(max(self.log.findData(chosen) if chosen else 0, 0))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.implementation import photo_rows

        rows = photo_rows(session, self.program_id)
        self.thumbnails.set_photos([(p.id, p.caption, p.data) for p in rows])
        return [
            Row(
                p.id,
                (
                    p.caption,
                    f"{p.activity} ({day_text(p.logged_on)})",
                    day_text(p.taken_on),
                    f"{max(p.size // 1024, 1)} KB",
                ),
            )
            for p in rows
        ]

    def _select_row(self, item: Any) -> None:
        from PySide6.QtCore import Qt

        wanted = item.data(Qt.ItemDataRole.UserRole)
        for n, row in enumerate(self.photos.rows):
            if row.id == wanted:
                self.photos.table.selectRow(n)

    def choose(self) -> None:
        """Pick a photo; it is made smaller off the GUI thread, ready for Add."""
        from desktop.ui import jobs

        files = list(self.choose_files(self))
        if not files:
            return
        path = files[0]
        self.path.setText(path)
        self.messages["file"].show_text(self.tr("Preparing the photo…"), FieldMessage.HINT)

        def work(_context: Any) -> bytes:
            data = Path(path).read_bytes()
            kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
            return downscale(data, kind)

        def ready(data: bytes) -> None:
            self._prepared[path] = data
            if self.path.text() == path:
                self.messages["file"].clear_message()

        def failed(error: Exception) -> None:
            self.messages["file"].show_text(
                self.tr("The photo cannot be read ({why}).").format(why=error)
            )

        self.job = jobs.run(work, ready, failed, owner=self)

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.attachments import attach_to

        owner = self.log.currentData()
        if not isinstance(owner, str):
            self.messages["owner"].show_text(
                self.tr("Log the progress of an activity first: photos belong to a visit.")
            )
            return None
        path = self.path.text().strip()
        if not path:
            self.messages["file"].show_text(self.tr("Choose a photo first."))
            return None
        data = self._prepared.get(path)
        if data is None:  # chosen before the wizard was closed: prepare it now
            try:
                raw = Path(path).read_bytes()
            except OSError as error:
                self.messages["file"].show_text(
                    self.tr("The photo cannot be read ({why}).").format(why=error.strerror)
                )
                return None
            data = downscale(raw, mimetypes.guess_type(path)[0] or "application/octet-stream")
        is_photo = data[:3] == b"\xff\xd8\xff"
        return attach_to, {
            "owner_table": "progress_logs",
            "owner_id": uuid.UUID(hex=owner),
            "data": data,
            "filename": jpeg_name(path) if is_photo else Path(path).name,
            "media_type": "image/jpeg" if is_photo else None,
            "caption": self.caption.text(),
            "taken_on": self.taken_on.date(),
        }


class ImplementationWizard(StageWizard):
    stage = Stage.IMPLEMENTATION
    page_types = (ProgressPage, ContributionsPage, EvidencePage)
