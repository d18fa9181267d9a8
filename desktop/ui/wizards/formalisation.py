"""Stage 4, formalising the action plan: the chosen alternatives become action plans with
activities, dependencies, a budget by source, indicators under the six goals, and the signed
agreement (berita acara), printed to PDF (the flow: ``desktop.core.stages.formalisation``)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy

from desktop.core.domain import PartyKind, Stage
from desktop.core.stages.guards import TITLE_MAX
from desktop.ui.context import Operation
from desktop.ui.formatting import day_text
from desktop.ui.wizards.base import StagePage, StageWizard
from desktop.ui.wizards.commands import _RecordCommand
from desktop.ui.wizards.fields import DateField, PickerChoice, SearchPicker, count_length
from desktop.ui.wizards.formalisation_agreement import AgreementPage
from desktop.ui.wizards.formalisation_budget import BudgetPage, IndicatorsPage
from desktop.ui.wizards.formalisation_forms import activity_choices, compact, fill_combo, uuid_of
from desktop.ui.wizards.implementation_forms import DATE_WIDTH
from desktop.ui.wizards.people import read_groups
from desktop.ui.wizards.record_list import RecordList, Row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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
        compact(self.plans)
        self.body.addWidget(self.plans, 1)

    def load(self, session: Session) -> None:
        from desktop.core.readers.formalisation import chosen_alternatives

        chosen = chosen_alternatives(session, self.program_id)
        waiting = [a for a in chosen if not a.planned]
        self.alternative.set_choices(PickerChoice(a.id, a.title) for a in waiting)
        self.group.set_choices(read_groups(session, self.snapshot.village_code))
        if not chosen:
            self.feed.setText(self.tr("No alternative was chosen in the planning stage yet."))
        else:
            names = ", ".join(f"“{a.title}”" for a in chosen)
            self.feed.setText(self.tr("Chosen in planning: {names}.").format(names=names))
        self.all_button.setEnabled(bool(waiting) and self.wizard_.editable)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.formalisation import plan_rows

        return [
            Row(p.id, (p.title, p.alternative, p.group, day_text(p.agreed_on)))
            for p in plan_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.formalisation_activities import create_action_plan

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
        from desktop.core.stages.formalisation_activities import plan_chosen_alternatives

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
        self.activity_title = count_length(QLineEdit(self), TITLE_MAX)
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
        compact(self.activities)
        self.body.addWidget(self.activities, 1)

    def load(self, session: Session) -> None:
        from desktop.core.readers.formalisation import plan_rows

        fill_combo(self.plan, [(p.title, p.id.hex) for p in plan_rows(session, self.program_id)])
        self.group.set_choices(read_groups(session, self.snapshot.village_code))
        if not self._dated:  # once: later reloads keep the days the user chose
            self._dated = True
            day = max(dt.date.today(), self.snapshot.start_date)
            self.start.set_date(day)
            self.end.set_date(day)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.formalisation import activity_rows

        return [
            Row(
                a.id,
                (
                    a.title,
                    a.responsible,
                    day_text(a.planned_start),
                    day_text(a.planned_end),
                    a.plan,
                ),
            )
            for a in activity_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import Party
        from desktop.core.stages.formalisation_activities import add_activity

        plan = uuid_of(self.plan.currentData())
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
        from desktop.core.readers.formalisation import activity_record

        a = activity_record(session, activity_id)
        if a is None:
            return {}
        return {
            "action_plan": a.action_plan_id.hex if a.action_plan_id else "",
            "title": a.title,
            "party": a.group_id,
            "planned_start": a.planned_start,
            "planned_end": a.planned_end,
            # not in the form: for undo, who carried it exactly and where its followers were
            "responsible": a.responsible,
            "successors": a.successors,
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
            "action_plan_id": uuid_of(values.get("action_plan")),
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
        compact(self.links)
        self.body.addWidget(self.links, 1)

    def load(self, session: Session) -> None:
        choices = activity_choices(session, self.program_id)
        self.first.set_choices(choices)
        self.then.set_choices(choices)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.formalisation import dependency_rows

        return [
            Row(d.id, (d.first, d.then, str(d.lag_days) if d.lag_days else ""))
            for d in dependency_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.formalisation_activities import add_dependency

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
