"""Stage 4, formalising the action plan: the chosen alternatives become action plans with
activities, dependencies, a budget by source, indicators under the six goals, and the signed
agreement (berita acara), printed to PDF (the flow: ``desktop.core.stages.formalisation``)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain import (
    ContributionKind,
    FundingSource,
    Goal,
    IndicatorDirection,
    PartyKind,
    Sex,
    Stage,
)
from desktop.ui import formatting
from desktop.ui.formatting import day_text as _day
from desktop.ui.goals_view import goal_name
from desktop.ui.wizards.agreement_pdf import responsible_name
from desktop.ui.wizards.base import (
    Operation,
    RecordList,
    Row,
    StagePage,
    StageWizard,
    _RecordCommand,
)
from desktop.ui.wizards.fields import (
    DateField,
    FieldMessage,
    PickerChoice,
    RupiahEdit,
    SearchPicker,
)
from desktop.ui.wizards.implementation import DATE_WIDTH, form_number
from desktop.ui.wizards.people import read_groups

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ROLES = ("Kepala desa", "Ketua BPD", "Ketua kelompok", "Sekretaris kelompok", "Pendamping desa")


def _amount(value: float) -> str:
    return formatting.number(value, 2)


def parse_number(text: str) -> float | None:
    """``12,5`` or ``12.5`` or ``1.500`` (Indonesian grouping) -> a number; None when it is
    not one."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned:  # Indonesian: dots group, the comma is the decimal point
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1 or (cleaned.count(".") == 1 and len(cleaned.split(".")[1]) == 3):
        cleaned = cleaned.replace(".", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _combo(parent: QWidget, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """New items, keeping the chosen one when it is still offered."""
    kept = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(kept) if kept is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
    finally:
        combo.blockSignals(False)


def _compact(records: RecordList, widest: int = 230) -> None:
    """Long names are cut (with …) so the dates and amounts stay in view."""
    records.table.horizontalHeader().setMaximumSectionSize(widest)
    records.table.setTextElideMode(Qt.TextElideMode.ElideRight)
    records.table.setWordWrap(False)


def _uuid(data: object) -> uuid.UUID | None:
    return uuid.UUID(hex=data) if isinstance(data, str) and data else None


def _number(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return parse_number(str(value or ""))


def activity_choices(session: Session, program_id: uuid.UUID) -> list[PickerChoice]:
    from desktop.core.stages import formalisation as fm

    plans = {p.id: p.title for p in fm.plans_of(session, program_id)}
    return [
        PickerChoice(a.id, a.title, plans.get(a.action_plan_id, "") if a.action_plan_id else "")
        for a in fm.activities_of(session, program_id, planned_only=True)
    ]


# --- 1. action plans -----------------------------------------------------------------------


class ActionPlansPage(StagePage):
    """One action plan per alternative the community chose in planning (the feed)."""

    step_id = "action_plans"
    reload_on = frozenset({"alternatives", "community_groups"})

    def build(self) -> None:
        self.setTitle(self.tr("Action plans from the chosen alternatives"))
        self.setSubTitle(
            self.tr(
                "Each alternative the community chose in planning becomes an action plan, "
                "carried by a group of the village."
            )
        )
        self.feed = QLabel(self)
        self.feed.setWordWrap(True)
        self.all_button = QPushButton(self.tr("Make a plan for every chosen alternative"), self)
        self.all_button.clicked.connect(self.plan_all)
        top = QHBoxLayout()
        top.addWidget(self.feed, 1)
        top.addWidget(self.all_button)
        self.body.addLayout(top)
        self.alternative = SearchPicker(self)
        self.alternative.setPlaceholderText(self.tr("Type a chosen alternative…"))
        self.plan_title = QLineEdit(self)
        self.plan_title.setPlaceholderText(self.tr("Leave empty to use the alternative's title"))
        self.group = SearchPicker(self)
        self.group.setPlaceholderText(self.tr("Type a group's name…"))
        self.plans = RecordList(
            self,
            table="action_plans",
            field="action_plans",
            headers=[
                self.tr("Action plan"),
                self.tr("From the alternative"),
                self.tr("Carried by"),
                self.tr("Agreed on"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            add_text=self.tr("Make the plan"),
            record_name=self.tr("an action plan"),
        )
        self.plans.add_input("alternative", self.tr("Chosen alternative"), self.alternative)
        self.plans.add_input("title", self.tr("Title of the plan"), self.plan_title)
        self.plans.add_input("group", self.tr("Group carrying it"), self.group)
        _compact(self.plans)
        self.body.addWidget(self.plans, 1)

    def load(self, session: Session) -> None:
        from desktop.core.stages import formalisation as fm
        from desktop.core.stages.planning import alternatives_of

        chosen = [a for a in alternatives_of(session, self.program_id) if a.chosen]
        planned = {p.alternative_id for p in fm.plans_of(session, self.program_id)}
        waiting = [a for a in chosen if a.id not in planned]
        self.alternative.set_choices(PickerChoice(a.id, a.title) for a in waiting)
        self.group.set_choices(read_groups(session, self.snapshot.village_code))
        if not chosen:
            self.feed.setText(self.tr("No alternative was chosen in the planning stage yet."))
        else:
            names = ", ".join(f"“{a.title}”" for a in chosen)
            self.feed.setText(self.tr("Chosen in planning: {names}.").format(names=names))
        self.all_button.setEnabled(bool(waiting) and self.wizard_.editable)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.models import Alternative, CommunityGroup
        from desktop.core.stages import formalisation as fm

        rows = []
        for plan in fm.plans_of(session, self.program_id):
            alternative = (
                session.get(Alternative, plan.alternative_id) if plan.alternative_id else None
            )
            group = session.get(CommunityGroup, plan.group_id) if plan.group_id else None
            rows.append(
                Row(
                    plan.id,
                    (
                        plan.title,
                        alternative.title if alternative is not None else "",
                        group.name if group is not None else "",
                        _day(plan.agreed_on),
                    ),
                )
            )
        return rows

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.formalisation import create_action_plan

        alternative = self.alternative.chosen_id()
        if alternative is None:
            self.messages["alternative"].show_text(
                self.tr("Choose one of the alternatives the community chose.")
            )
            return None
        return create_action_plan, {
            "alternative_id": alternative,
            "title": self.plan_title.text(),
            "group_id": self.group.chosen_id(),
        }

    def plan_all(self) -> None:
        from desktop.core.stages.formalisation import plan_chosen_alternatives

        changes = self.run(plan_chosen_alternatives, program_id=self.program_id)
        if changes is None or not changes.created:
            return
        wizard = self.wizard_
        stack = wizard.main_window.undo_stack
        stack.beginMacro(self.tr("making the action plans"))
        for row_id in changes.created:
            wizard.push(_RecordCommand(wizard, "", "action_plans", row_id, added=True))
        stack.endMacro()


# --- 2. activities -------------------------------------------------------------------------


class ActivitiesPage(StagePage):
    """The plan's activities: who carries each, from when to when."""

    step_id = "activities"
    reload_on = frozenset({"action_plans", "community_groups"})

    def build(self) -> None:
        self.setTitle(self.tr("Activities, responsible groups and dates"))
        self.setSubTitle(
            self.tr(
                "Break each plan into activities. A group of the village carries each one; "
                "the dates must fall within the program. Double-click or F2 corrects one."
            )
        )
        self._dated = False
        self.plan = QComboBox(self)
        self.activity_title = QLineEdit(self)
        self.activity_title.setPlaceholderText(self.tr("e.g. Gotong royong menggali sumur"))
        self.group = SearchPicker(self)
        self.group.setPlaceholderText(self.tr("Type a group's name…"))
        self.start = DateField(self)
        self.end = DateField(self)
        self.activities = RecordList(
            self,
            table="activities",
            field="activities",
            headers=[
                self.tr("Activity"),
                self.tr("Responsible"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Action plan"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add activity"),
            record_name=self.tr("an activity"),
        )
        self.activities.add_input("action_plan", self.tr("Action plan"), self.plan)
        self.activities.add_input("title", self.tr("Activity"), self.activity_title)
        self.activities.add_input("party", self.tr("Responsible group"), self.group)
        self.activities.add_input("planned_start", self.tr("Start"), self.start)
        self.activities.add_input("planned_end", self.tr("End"), self.end)
        for name, day in (("planned_start", self.start), ("planned_end", self.end)):
            # the date stays narrow; its message takes the row's width, not the date's
            day.setFixedWidth(DATE_WIDTH)
            self.messages[name].setSizePolicy(
                QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
            )
        _compact(self.activities)
        self.body.addWidget(self.activities, 1)

    def load(self, session: Session) -> None:
        from desktop.core.stages import formalisation as fm

        plans = fm.plans_of(session, self.program_id)
        _fill_combo(self.plan, [(p.title, p.id.hex) for p in plans])
        self.group.set_choices(read_groups(session, self.snapshot.village_code))
        if not self._dated:  # once: later reloads keep the days the user chose
            self._dated = True
            day = max(dt.date.today(), self.snapshot.start_date)
            self.start.set_date(day)
            self.end.set_date(day)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.stages import formalisation as fm

        plans = {p.id: p.title for p in fm.plans_of(session, self.program_id)}
        return [
            Row(
                a.id,
                (
                    a.title,
                    responsible_name(session, a),
                    _day(a.planned_start),
                    _day(a.planned_end),
                    plans.get(a.action_plan_id, "") if a.action_plan_id else "",
                ),
            )
            for a in fm.activities_of(session, self.program_id, planned_only=True)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import Party
        from desktop.core.stages.formalisation import add_activity

        plan = _uuid(self.plan.currentData())
        if plan is None:
            self.messages["action_plan"].show_text(self.tr("Make an action plan first."))
            return None
        start, end = self.start.date(), self.end.date()
        assert start is not None and end is not None
        return add_activity, {
            "program_id": self.program_id,
            "title": self.activity_title.text(),
            "planned_start": start,
            "planned_end": end,
            "party": Party(PartyKind.COMMUNITY_GROUP, group_id=self.group.chosen_id()),
            "stage": Stage.IMPLEMENTATION,
            "action_plan_id": plan,
        }

    def _read_record(self, session: Session, activity_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.models import Activity
        from desktop.core.stages import Party
        from desktop.core.stages.formalisation import successor_dates

        a = session.get(Activity, activity_id)
        if a is None:
            return {}
        return {
            "action_plan": a.action_plan_id.hex if a.action_plan_id else "",
            "title": a.title,
            "party": a.party_group_id,
            "planned_start": a.planned_start,
            "planned_end": a.planned_end,
            # not in the form: for undo, who carried it exactly and where its followers were
            "responsible": Party(a.party_kind, a.party_person_id, a.party_group_id, a.party_name),
            "successors": successor_dates(session, activity_id),
        }

    def _build_update(
        self, activity_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import Party, update_activity

        party = values.get("responsible") or Party(
            PartyKind.COMMUNITY_GROUP, group_id=values.get("party")
        )
        start, end = values.get("planned_start"), values.get("planned_end")
        if start is None or end is None:
            return None
        return update_activity, {
            "activity_id": activity_id,
            "title": values.get("title") or "",
            "planned_start": start,
            "planned_end": end,
            "party": party,
            "action_plan_id": _uuid(values.get("action_plan")),
            "successors": values.get("successors"),
        }


# --- 3. dependencies -----------------------------------------------------------------------


class DependenciesPage(StagePage):
    """Which activity waits for which: optional, but never a loop."""

    step_id = "dependencies"
    reload_on = frozenset({"activities"})

    def build(self) -> None:
        self.setTitle(self.tr("Dependencies"))
        self.setSubTitle(
            self.tr(
                "Which activity must finish before another can start (optional). "
                "Links that would go round in a loop are refused."
            )
        )
        self.first = SearchPicker(self)
        self.first.setPlaceholderText(self.tr("Type an activity…"))
        self.then = SearchPicker(self)
        self.then.setPlaceholderText(self.tr("Type an activity…"))
        self.lag = QLineEdit(self)
        self.lag.setPlaceholderText("0")
        self.links = RecordList(
            self,
            table="dependencies",
            field="dependencies",
            headers=[self.tr("First"), self.tr("Then"), self.tr("Waiting (working days)")],
            read_rows=self._rows,
            build_add=self._build_add,
            add_text=self.tr("Add link"),
            record_name=self.tr("a dependency"),
        )
        self.links.add_input("predecessor", self.tr("First"), self.first)
        self.links.add_input("successor", self.tr("Then"), self.then)
        self.links.add_input("lag_days", self.tr("Waiting in between (working days)"), self.lag)
        _compact(self.links)
        self.body.addWidget(self.links, 1)

    def load(self, session: Session) -> None:
        choices = activity_choices(session, self.program_id)
        self.first.set_choices(choices)
        self.then.set_choices(choices)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.stages import formalisation as fm

        activities = fm.activities_of(session, self.program_id, planned_only=True)
        titles = {a.id: a.title for a in activities}
        return [
            Row(
                d.id,
                (
                    titles[d.predecessor_id],
                    titles[d.successor_id],
                    str(d.lag_days) if d.lag_days else "",
                ),
            )
            for d in fm.links_of(session, activities)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.formalisation import add_dependency

        first, then = self.first.chosen_id(), self.then.chosen_id()
        missing = self.tr("Choose an activity from the list.")
        if first is None:
            self.messages["predecessor"].show_text(missing)
        if then is None:
            self.messages["successor"].show_text(missing)
        lag_text = self.lag.text().strip()
        lag = int(lag_text) if lag_text.isdigit() else None
        if lag_text and lag is None:
            self.messages["lag_days"].show_text(self.tr("Write a whole number of days, e.g. 2."))
        if first is None or then is None or (lag_text and lag is None):
            return None
        return add_dependency, {"predecessor_id": first, "successor_id": then, "lag_days": lag or 0}


# --- 4. budget -----------------------------------------------------------------------------


class BudgetPage(StagePage):
    """What each activity costs and who meets it: the community (swadaya) or outside."""

    step_id = "budget"
    reload_on = frozenset({"activities"})

    def build(self) -> None:
        self.setTitle(self.tr("Budget and its sources"))
        self.setSubTitle(
            self.tr(
                "The cost of each activity in Rupiah and who meets it: the community itself "
                "(money, labour or materials) or an outside source such as Dana Desa."
            )
        )
        self.activity = SearchPicker(self)
        self.activity.setPlaceholderText(self.tr("Type an activity…"))
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("e.g. Semen 50 kg"))
        self.source = _combo(
            self,
            [
                (self.tr("Community (swadaya)"), FundingSource.COMMUNITY.value),
                (self.tr("Outside"), FundingSource.OUTSIDE.value),
            ],
        )
        self.source_name = QLineEdit(self)
        self.source_name.setPlaceholderText(self.tr("From whom, e.g. Dana Desa"))
        self.kind = _combo(
            self,
            [
                (self.tr("Money"), ContributionKind.MONEY.value),
                (self.tr("Labour"), ContributionKind.LABOUR.value),
                (self.tr("Materials"), ContributionKind.MATERIAL.value),
            ],
        )
        self.quantity = QLineEdit(self)
        self.quantity.setPlaceholderText("1")
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("unit, e.g. sak"))
        self.unit_value = RupiahEdit(self)
        self.lines = RecordList(
            self,
            table="budget_lines",
            field="budget",
            headers=[
                self.tr("Activity"),
                self.tr("Item"),
                self.tr("Amount"),
                self.tr("Source"),
                self.tr("Quantity"),
                self.tr("Unit value"),
                self.tr("Kind"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add to the budget"),
            record_name=self.tr("a budget line"),
        )
        self.lines.add_input("activity", self.tr("Activity"), self.activity)
        self.lines.add_input("description", self.tr("Item"), self.description)
        self.lines.add_input("source", self.tr("Source"), self.source, beside=self.source_name)
        self.lines.add_input("kind", self.tr("Kind"), self.kind)
        self.lines.add_input("quantity", self.tr("Quantity"), self.quantity, beside=self.unit)
        self.lines.add_input("unit_value", self.tr("Unit value"), self.unit_value)
        self.source_name.setMinimumWidth(240)
        self.unit.setMinimumWidth(160)
        self.bind(self.source_name, "budget.source_name", message=False)
        self.bind(self.unit, "budget.unit", message=False)
        for name, widget in (("source_name", self.source_name), ("unit", self.unit)):
            self.lines.inputs[name] = widget  # loaded by Edit and cleared with the form
            self.messages[name] = FieldMessage(self)
        self.source_name.returnPressed.connect(self.lines.add)
        self.unit.returnPressed.connect(self.lines.add)
        self.totals = QLabel(self)
        self.totals.setObjectName("budgetTotals")
        _compact(self.lines)
        self.body.addWidget(self.lines, 1)
        self.body.addWidget(self.totals)

    def load(self, session: Session) -> None:
        self.activity.set_choices(activity_choices(session, self.program_id))

    def _rows(self, session: Session) -> list[Row]:
        from sqlalchemy import select

        from desktop.core.models import BudgetLine
        from desktop.core.stages import formalisation as fm

        activities = fm.activities_of(session, self.program_id, planned_only=True)
        titles = {a.id: a.title for a in activities}
        sources = {FundingSource.COMMUNITY: self.tr("Community"), FundingSource.OUTSIDE: ""}
        kinds = {
            ContributionKind.MONEY: self.tr("Money"),
            ContributionKind.LABOUR: self.tr("Labour"),
            ContributionKind.MATERIAL: self.tr("Materials"),
        }
        lines = (
            list(
                session.scalars(
                    select(BudgetLine)
                    .where(BudgetLine.activity_id.in_(list(titles)), BudgetLine.deleted.is_(False))
                    .order_by(BudgetLine.created_at, BudgetLine.id)
                )
            )
            if titles
            else []
        )
        totals = {FundingSource.COMMUNITY: 0, FundingSource.OUTSIDE: 0}
        rows = []
        for line in lines:
            totals[line.source] += line.amount
            source = sources[line.source] or self.tr("Outside")
            if line.source_name:
                source = f"{source} · {line.source_name}"
            quantity = _amount(line.quantity) + (f" {line.unit}" if line.unit else "")
            rows.append(
                Row(
                    line.id,
                    (
                        titles[line.activity_id],
                        line.description,
                        formatting.rupiah(line.amount),
                        source,
                        quantity,
                        formatting.rupiah(line.unit_value),
                        kinds[line.kind],
                    ),
                )
            )
        community, outside = totals[FundingSource.COMMUNITY], totals[FundingSource.OUTSIDE]
        self.totals.setText(
            self.tr("Community: {community} · Outside: {outside} · Total: {total}").format(
                community=formatting.rupiah(community),
                outside=formatting.rupiah(outside),
                total=formatting.rupiah(community + outside),
            )
        )
        return rows

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.formalisation import add_budget_line

        activity = self.activity.chosen_id()
        if activity is None:
            self.messages["activity"].show_text(self.tr("Choose an activity from the list."))
        quantity = parse_number(self.quantity.text()) if self.quantity.text().strip() else 1.0
        if quantity is None:
            self.messages["quantity"].show_text(self.tr("Write a number, e.g. 4 or 2,5."))
        if activity is None or quantity is None:
            return None
        return add_budget_line, {
            "activity_id": activity,
            "description": self.description.text(),
            "source": FundingSource(self.source.currentData()),
            "kind": ContributionKind(self.kind.currentData()),
            "unit_value": self.unit_value.value(),
            "quantity": quantity,
            "unit": self.unit.text(),
            "source_name": self.source_name.text(),
        }

    def _read_record(self, session: Session, line_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.models import BudgetLine

        line = session.get(BudgetLine, line_id)
        if line is None:
            return {}
        return {
            "activity": line.activity_id,
            "description": line.description,
            "source": line.source.value,
            "source_name": line.source_name,
            "kind": line.kind.value,
            "quantity": form_number(line.quantity),
            "unit": line.unit,
            "unit_value": line.unit_value,
        }

    def _build_update(
        self, line_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_budget_line

        quantity = _number(values.get("quantity")) if values.get("quantity") else 1.0
        if quantity is None:
            self.messages["quantity"].show_text(self.tr("Write a number, e.g. 4 or 2,5."))
            return None
        return update_budget_line, {
            "budget_line_id": line_id,
            "activity_id": values.get("activity"),
            "description": values.get("description") or "",
            "source": FundingSource(values.get("source") or FundingSource.COMMUNITY.value),
            "kind": ContributionKind(values.get("kind") or ContributionKind.MONEY.value),
            "unit_value": values.get("unit_value") or 0,
            "quantity": quantity,
            "unit": values.get("unit") or "",
            "source_name": values.get("source_name") or "",
        }


# --- 5. indicators -------------------------------------------------------------------------


class IndicatorsPage(StagePage):
    """How the community will know it worked: indicators under the six goals."""

    step_id = "indicators"

    def build(self) -> None:
        self.setTitle(self.tr("Indicators under the six goals"))
        self.setSubTitle(
            self.tr(
                "For each goal the plan serves, what will be measured: where it stands now "
                "(baseline) and where it should be (target)."
            )
        )
        self.goal = _combo(self, [(goal_name(g), g.value) for g in Goal])
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Households with clean water"))
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("e.g. households, %, Rp per month"))
        self.direction = _combo(
            self,
            [
                (self.tr("Follows from the target"), ""),
                (self.tr("Should increase"), IndicatorDirection.INCREASE.value),
                (self.tr("Should decrease"), IndicatorDirection.DECREASE.value),
            ],
        )
        self.direction.setToolTip(self.tr("Direction"))
        self.baseline = QLineEdit(self)
        self.target = QLineEdit(self)
        self.indicators = RecordList(
            self,
            table="indicators",
            field="indicators",
            headers=[
                self.tr("Goal"),
                self.tr("Indicator"),
                self.tr("Unit"),
                self.tr("Baseline"),
                self.tr("Target"),
                self.tr("Direction"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add indicator"),
            record_name=self.tr("an indicator"),
        )
        self.indicators.add_input("goal", self.tr("Goal"), self.goal)
        self.indicators.add_input("name", self.tr("Indicator"), self.name)
        self.indicators.add_input("unit", self.tr("Unit"), self.unit, beside=self.direction)
        self.indicators.add_input("baseline_value", self.tr("Baseline (now)"), self.baseline)
        self.indicators.add_input("target_value", self.tr("Target"), self.target)
        self.bind(self.direction, "indicators.direction", message=False)
        self.indicators.inputs["direction"] = self.direction
        self.messages["direction"] = FieldMessage(self)
        _compact(self.indicators, widest=380)
        self.body.addWidget(self.indicators, 1)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.stages import formalisation as fm

        directions = {
            IndicatorDirection.INCREASE: self.tr("↑ increase"),
            IndicatorDirection.DECREASE: self.tr("↓ decrease"),
        }
        return [
            Row(
                i.id,
                (
                    goal_name(i.goal),
                    i.name,
                    i.unit,
                    _amount(i.baseline_value),
                    _amount(i.target_value),
                    directions[i.direction],
                ),
            )
            for i in fm.indicators_of(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.formalisation import add_indicator

        values: dict[str, float] = {}
        for name, widget in (("baseline_value", self.baseline), ("target_value", self.target)):
            value = parse_number(widget.text())
            if value is None:
                self.messages[name].show_text(self.tr("Write a number, e.g. 20 or 12,5."))
            else:
                values[name] = value
        if len(values) < 2:
            return None
        direction = self.direction.currentData()
        return add_indicator, {
            "program_id": self.program_id,
            "goal": Goal(self.goal.currentData()),
            "name": self.name.text(),
            "unit": self.unit.text(),
            "direction": IndicatorDirection(direction) if direction else None,
            **values,
        }

    def _read_record(self, session: Session, indicator_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.models import Indicator

        row = session.get(Indicator, indicator_id)
        if row is None:
            return {}
        return {
            "goal": row.goal.value,
            "name": row.name,
            "unit": row.unit,
            "direction": row.direction.value,
            "baseline_value": form_number(row.baseline_value),
            "target_value": form_number(row.target_value),
        }

    def _build_update(
        self, indicator_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_indicator

        numbers: dict[str, float] = {}
        for name in ("baseline_value", "target_value"):
            value = _number(values.get(name))
            if value is None:
                self.messages[name].show_text(self.tr("Write a number, e.g. 20 or 12,5."))
            else:
                numbers[name] = value
        if len(numbers) < 2:
            return None
        direction = values.get("direction")
        return update_indicator, {
            "indicator_id": indicator_id,
            "goal": Goal(values.get("goal") or Goal.LIVING.value),
            "name": values.get("name") or "",
            "unit": values.get("unit") or "",
            "direction": IndicatorDirection(direction) if direction else None,
            **numbers,
        }


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
        self.sex = _combo(
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
        _compact(self.signers)
        self.body.addWidget(self.signers, 1)

    # -- reading --
    def load(self, session: Session) -> None:
        from sqlalchemy import select

        from desktop.core.models import Person
        from desktop.core.stages import formalisation as fm

        plans = fm.plans_of(session, self.program_id)
        unagreed = [p for p in plans if fm.agreement_of(session, p.id) is None]
        if self.plan.currentIndex() < 0 and unagreed:
            first = unagreed[0].id.hex
            _fill_combo(self.plan, [(p.title, p.id.hex) for p in plans])
            self.plan.setCurrentIndex(self.plan.findData(first))
        else:
            _fill_combo(self.plan, [(p.title, p.id.hex) for p in plans])
        people = session.scalars(
            select(Person).where(
                Person.village_code == self.snapshot.village_code, Person.deleted.is_(False)
            )
        )
        self._people = {p.name: (p.id, p.sex) for p in people}
        completer = QCompleter(sorted(self._people), self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setCompleter(completer)
        plan_id = _uuid(self.plan.currentData())
        agreement = fm.agreement_of(session, plan_id) if plan_id is not None else None
        self._agreement = agreement.id if agreement is not None else None
        if agreement is not None:
            self.bindings["number"].set_text(agreement.number or "")
            self.bindings["signed_on"].set_text(agreement.signed_on.isoformat())
            self.bindings["location"].set_text(agreement.location or "")
            self.bindings["body"].set_text(agreement.body or "")
        self.print_button.setEnabled(agreement is not None)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.stages import formalisation as fm

        if self._agreement is None:
            return []
        sexes = {Sex.FEMALE: self.tr("Woman"), Sex.MALE: self.tr("Man")}
        return [
            Row(s.id, (s.name, s.role, sexes.get(s.sex, "") if s.sex is not None else ""))
            for s in fm.signatories_of(session, self._agreement)
        ]

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        # printing is reading: a completed stage's berita acara can be printed again
        self.print_button.setEnabled(self._agreement is not None)
        self.plan.setEnabled(True)

    def _plan_changed(self, _index: int) -> None:
        self.reload()

    def _known_person(self) -> None:
        known = self._people.get(self.name.text().strip())
        if known is not None and not self.sex.currentData():
            self.sex.setCurrentIndex(max(self.sex.findData(known[1].value), 0))

    # -- writing --
    def _saver(self, field: str) -> Any:
        def save(value: object) -> object:
            from desktop.core.stages.formalisation import update_agreement

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
        from desktop.core.stages import formalisation as fm

        plan = _uuid(self.plan.currentData())
        if plan is None:
            self.messages["action_plan"].show_text(self.tr("Make an action plan first."))
            return None
        typed = self.name.text().strip()
        known = self._people.get(typed)
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
        from desktop.ui.wizards.agreement_pdf import read_document, write_pdf

        plan = _uuid(self.plan.currentData())
        if plan is None:
            return False
        document = self.read(lambda session: read_document(session, plan))
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save as PDF…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

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


class FormalisationWizard(StageWizard):
    stage = Stage.FORMALISATION
    page_types = (
        ActionPlansPage,
        ActivitiesPage,
        DependenciesPage,
        BudgetPage,
        IndicatorsPage,
        AgreementPage,
    )
