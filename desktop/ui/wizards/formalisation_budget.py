"""The formalisation wizard's budget and indicator pages: what each activity costs and who
meets it, and how the community will know the plan worked."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.core.domain import ContributionKind, FundingSource, Goal, IndicatorDirection
from desktop.core.stages.guards import TITLE_MAX
from desktop.ui import formatting
from desktop.ui.context import Operation
from desktop.ui.vocabulary import goal_name
from desktop.ui.wizards.base import StagePage
from desktop.ui.wizards.fields import FieldMessage, RupiahEdit, SearchPicker, count_length
from desktop.ui.wizards.formalisation_forms import (
    activity_choices,
    combo,
    compact,
    parse_number,
    typed_number,
)
from desktop.ui.wizards.implementation_forms import form_number, number_text
from desktop.ui.wizards.record_list import RecordList, Row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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
        self.description = count_length(QLineEdit(self), TITLE_MAX)
        self.description.setPlaceholderText(self.tr("e.g. Semen 50 kg"))
        self.source = combo(
            self,
            [
                (self.tr("Community (swadaya)"), FundingSource.COMMUNITY.value),
                (self.tr("Outside"), FundingSource.OUTSIDE.value),
            ],
        )
        self.source_name = QLineEdit(self)
        self.source_name.setPlaceholderText(self.tr("From whom, e.g. Dana Desa"))
        self.kind = combo(
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
        compact(self.lines)
        self.body.addWidget(self.lines, 1)
        self.body.addWidget(self.totals)

    def load(self, session: Session) -> None:
        self.activity.set_choices(activity_choices(session, self.program_id))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.formalisation import budget

        sources = {FundingSource.COMMUNITY: self.tr("Community"), FundingSource.OUTSIDE: ""}
        kinds = {
            ContributionKind.MONEY: self.tr("Money"),
            ContributionKind.LABOUR: self.tr("Labour"),
            ContributionKind.MATERIAL: self.tr("Materials"),
        }
        found = budget(session, self.program_id)
        rows = []
        for line in found.lines:
            source = sources[line.source] or self.tr("Outside")
            if line.source_name:
                source = f"{source} · {line.source_name}"
            quantity = number_text(line.quantity) + (f" {line.unit}" if line.unit else "")
            rows.append(
                Row(
                    line.id,
                    (
                        line.activity,
                        line.description,
                        formatting.rupiah(line.amount),
                        source,
                        quantity,
                        formatting.rupiah(line.unit_value),
                        kinds[line.kind],
                    ),
                )
            )
        community, outside = found.community, found.outside
        self.totals.setText(
            self.tr("Community: {community} · Outside: {outside} · Total: {total}").format(
                community=formatting.rupiah(community),
                outside=formatting.rupiah(outside),
                total=formatting.rupiah(community + outside),
            )
        )
        return rows

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.formalisation_budget import add_budget_line

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
        from desktop.core.readers.formalisation import budget_record

        line = budget_record(session, line_id)
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

        quantity = typed_number(values.get("quantity")) if values.get("quantity") else 1.0
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
        self.goal = combo(self, [(goal_name(g), g.value) for g in Goal])
        self.name = count_length(QLineEdit(self), TITLE_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Households with clean water"))
        self.unit = count_length(QLineEdit(self), TITLE_MAX)
        self.unit.setPlaceholderText(self.tr("e.g. households, %, Rp per month"))
        self.direction = combo(
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
        compact(self.indicators, widest=380)
        self.body.addWidget(self.indicators, 1)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.formalisation import indicator_rows

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
                    number_text(i.baseline_value),
                    number_text(i.target_value),
                    directions[i.direction],
                ),
            )
            for i in indicator_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.formalisation_indicators import add_indicator

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
        from desktop.core.readers.formalisation import indicator_record

        row = indicator_record(session, indicator_id)
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
            value = typed_number(values.get(name))
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
