"""Stage 6, evaluation: the community's own monitoring team, indicator measurements against
baseline and target, evaluation meetings with attendance, and findings (the flow:
``desktop.core.stages.evaluation``)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
)

from desktop.core.domain import FindingKind, Goal, MeetingKind, PartyKind, Stage
from desktop.core.errors import ValidationError
from desktop.core.numbers import parse_number
from desktop.core.stages.guards import NOTE_MAX, TITLE_MAX
from desktop.ui.context import Operation
from desktop.ui.formatting import day_text
from desktop.ui.wizards.base import StagePage, StageWizard
from desktop.ui.wizards.fields import DateField, count_length
from desktop.ui.wizards.implementation_forms import (
    DATE_WIDTH,
    FACILITATOR,
    PartyPicker,
    number_text,
    party_text,
    side_input,
)
from desktop.ui.wizards.meetings import MeetingsPage
from desktop.ui.wizards.people import PersonPicker
from desktop.ui.wizards.record_list import RecordList, Row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ROLES = ("Ketua", "Sekretaris", "Bendahara", "Anggota", "Pencatat")


class MonitoringTeamPage(StagePage):
    """Residents who watch the work and its results on the community's behalf."""

    step_id = "monitoring_team"

    def build(self) -> None:
        self.setTitle(self.tr("The community's monitoring team"))
        self.setSubTitle(
            self.tr(
                "Villagers who follow the work and measure its results for the community. "
                "Give each one a role; a mix of women and men makes the team stronger."
            )
        )
        self.person = PersonPicker(self)
        self.role = count_length(QLineEdit(self), TITLE_MAX)
        self.role.setCompleter(QCompleter(list(ROLES), self.role))
        self.role.setPlaceholderText(self.tr("e.g. Ketua, Anggota"))
        self.joined_on = DateField(self, optional=True)
        self.joined_on.setMaximumWidth(DATE_WIDTH)
        self.team = RecordList(
            self,
            table="monitoring_members",
            field="monitoring_team",
            headers=[self.tr("Name"), self.tr("Role"), self.tr("Joined")],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add to the team"),
            record_name=self.tr("a team member"),
        )
        self.team.add_input(
            "person", self.tr("Person"), self.person.picker, beside=self.person.new_button
        )
        self.team.add_input("role", self.tr("Role"), self.role)
        self.team.add_input("joined_on", self.tr("Joined on"), self.joined_on)
        self.body.addWidget(self.team)

    def load(self, session: Session) -> None:
        self.person.reload()

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.evaluation import team_rows

        return [
            Row(m.id, (m.name, m.role, day_text(m.joined_on)))
            for m in team_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.evaluation import add_monitoring_member

        person_id = self.person.picker.chosen_id()
        if person_id is None:
            self.messages["person"].show_text(
                self.tr("Choose a person from the list, or add a new one.")
            )
            return None
        return add_monitoring_member, {
            "program_id": self.program_id,
            "person_id": person_id,
            "role": self.role.text(),
            "joined_on": self.joined_on.date(),
        }

    def _read_record(self, session: Session, member_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.evaluation import member_record

        m = member_record(session, member_id)
        if m is None:
            return {}
        return {"person": m.person_id, "role": m.role, "joined_on": m.joined_on}

    def _build_update(
        self, member_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_monitoring_member

        person_id = values.get("person")
        if person_id is None:
            self.messages["person"].show_text(
                self.tr("Choose a person from the list, or add a new one.")
            )
            return None
        return update_monitoring_member, {
            "member_id": member_id,
            "person_id": person_id,
            "role": values.get("role") or "",
            "joined_on": values.get("joined_on"),
        }


def goal_text(goal: Goal | None) -> str:
    if goal is None:
        return ""
    from desktop.ui.vocabulary import goal_name

    return goal_name(goal)


class MeasurementsPage(StagePage):
    """Each indicator of the action plan measured: baseline, target and the values since."""

    step_id = "measurements"

    def build(self) -> None:
        self.setTitle(self.tr("Indicator measurements"))
        self.setSubTitle(
            self.tr(
                "The indicators agreed in the action plan, with their baseline and target. "
                "Measure each one together with the monitoring team."
            )
        )
        self._dated = False
        self.indicators = QTableWidget(0, 6, self)
        self.indicators.setHorizontalHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Indicator"),
                self.tr("Unit"),
                self.tr("Baseline"),
                self.tr("Target"),
                self.tr("Latest"),
            ]
        )
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicators.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicators.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicators.verticalHeader().hide()
        self.indicators.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.indicators.horizontalHeader().setStretchLastSection(True)
        self.indicators.setMaximumHeight(150)
        self.indicators.itemSelectionChanged.connect(self._indicator_selected)
        self.indicator = QComboBox(self)
        self.measured_on = DateField(self)
        self.measured_on.setMaximumWidth(DATE_WIDTH)
        self.value = QLineEdit(self)
        validator = QDoubleValidator(-1e12, 1e12, 4, self.value)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.value.setValidator(validator)
        self.value.setMaximumWidth(140)
        self.measured_by = PartyPicker(self)
        self.measured_by.setPlaceholderText(self.tr("Type a name, or choose the facilitator…"))
        self.note = QLineEdit(self)
        self.measurements = RecordList(
            self,
            table="measurements",
            field="measurements",
            headers=[
                self.tr("Date"),
                self.tr("Indicator"),
                self.tr("Value"),
                self.tr("Measured by"),
                self.tr("Note"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            add_text=self.tr("Add measurement"),
            record_name=self.tr("a measurement"),
        )
        self.measurements.table.setMinimumHeight(90)
        self.measurements.add_input("indicator", self.tr("Indicator"), self.indicator)
        self.measurements.add_input(
            "measured_on",
            self.tr("Measured on"),
            self.measured_on,
            beside=side_input(self.measurements, "value", self.tr("Value"), self.value),
        )
        self.measurements.add_input("party", self.tr("Measured by"), self.measured_by)
        self.measurements.add_input("note", self.tr("Note"), self.note)
        label = QLabel(self.tr("Indicators of the action plan"), self)
        label.setObjectName("sectionLabel")
        self.body.addWidget(label)
        self.body.addWidget(self.indicators)
        self.body.addWidget(self.measurements, 1)

    def load(self, session: Session) -> None:
        from desktop.core.readers.evaluation import indicator_standings

        chosen = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        found = indicator_standings(session, self.program_id)
        self.indicators.setRowCount(len(found))
        for r, standing in enumerate(found):
            ind = standing.indicator
            latest = (
                f"{number_text(standing.latest_value)} ({day_text(standing.latest_on)})"
                if standing.latest_value is not None
                else "—"
            )
            baseline = number_text(ind.baseline_value)
            if ind.baseline_on is not None:
                baseline += f" ({day_text(ind.baseline_on)})"
            cells = (
                goal_text(ind.goal),
                ind.name,
                ind.unit,
                baseline,
                number_text(ind.target_value),
                latest,
            )
            for c, text in enumerate(cells):
                self.indicators.setItem(r, c, QTableWidgetItem(text))
            self.indicator.addItem(f"{ind.name} ({ind.unit})", ind.id.hex)
        self.indicator.setCurrentIndex(max(self.indicator.findData(chosen) if chosen else 0, 0))
        self.indicator.blockSignals(False)
        self.measured_by.reload(session, self.snapshot.village_code)
        if not self._dated:
            self._dated = True
            self.measured_on.set_date(max(dt.date.today(), self.snapshot.start_date))

    def _indicator_selected(self) -> None:
        rows = self.indicators.selectionModel().selectedRows()
        if rows:
            self.indicator.setCurrentIndex(rows[0].row())

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.evaluation import measurement_rows

        return [
            Row(
                m.id,
                (
                    day_text(m.measured_on),
                    m.indicator,
                    f"{number_text(m.value)} {m.unit}",
                    party_text(m.carried_by, m.by_facilitator),
                    m.note,
                ),
            )
            for m in measurement_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.evaluation import record_measurement

        data = self.indicator.currentData()
        if not isinstance(data, str):
            self.messages["indicator"].show_text(
                self.tr("Add indicators in the formalisation stage first.")
            )
            return None
        try:  # the core's one rule for numbers: 12,5 or 1.500
            value = float(parse_number(self.value.text(), negative_allowed=True))
        except ValidationError as refused:
            self.messages["value"].show_issues(refused.issues)
            return None
        party = self.measured_by.party()
        if party is None:
            self.messages["party"].show_text(
                self.tr("Choose who measured: a team member, a group or the facilitator.")
            )
            return None
        day = self.measured_on.date()
        assert day is not None
        return record_measurement, {
            "indicator_id": uuid.UUID(hex=data),
            "measured_on": day,
            "value": value,
            "party": party,
            "note": self.note.text(),
        }


class EvaluationMeetingsPage(MeetingsPage):
    """Participatory evaluation meetings: the community looks back on the work together."""

    step_id = "meetings"
    meeting_kinds = (MeetingKind.EVALUATION, MeetingKind.MONITORING, MeetingKind.DELIBERATION)

    def build(self) -> None:
        super().build()
        self.setTitle(self.tr("Evaluation meetings"))
        self.setSubTitle(
            self.tr(
                "Meet with the community to look back on the work together: who came, "
                "women and men, and who spoke."
            )
        )


class FindingsPage(StagePage):
    """What the evaluation found: successes, problems, lessons and recommendations."""

    step_id = "findings"
    reload_on = frozenset({"meetings"})

    def build(self) -> None:
        self.setTitle(self.tr("Findings"))
        self.setSubTitle(
            self.tr(
                "What the community found when it looked back: what worked, what did not, "
                "what was learned, and what it recommends."
            )
        )
        self._dated = False
        self.kind = QComboBox(self)
        for kind, text in self._kinds().items():
            self.kind.addItem(text, kind.value)
        self.goal = QComboBox(self)
        self.goal.addItem(self.tr("— no goal in particular —"), "")
        for goal in Goal:
            self.goal.addItem(goal_text(goal), goal.value)
        self.text = count_length(QLineEdit(self), NOTE_MAX)
        self.text.setPlaceholderText(self.tr("e.g. The farmer group now meets every month"))
        self.recommendation = QLineEdit(self)
        self.found_on = DateField(self)
        self.found_on.setMaximumWidth(DATE_WIDTH)
        self.meeting = QComboBox(self)
        self.evaluated_by = PartyPicker(self)
        self.evaluated_by.setPlaceholderText(self.tr("Type a name, or choose the facilitator…"))
        self.findings = RecordList(
            self,
            table="findings",
            field="findings",
            headers=[
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Goal"),
                self.tr("Finding"),
                self.tr("Recommendation"),
                self.tr("Evaluated by"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add finding"),
            record_name=self.tr("a finding"),
        )
        self.findings.add_input(
            "kind",
            self.tr("Kind"),
            self.kind,
            beside=side_input(self.findings, "goal", self.tr("Goal"), self.goal),
        )
        self.findings.add_input("text", self.tr("Finding"), self.text)
        self.findings.add_input("recommendation", self.tr("Recommendation"), self.recommendation)
        self.findings.add_input(
            "found_on",
            self.tr("Date"),
            self.found_on,
            beside=side_input(self.findings, "meeting", self.tr("In the meeting"), self.meeting),
        )
        self.findings.add_input("party", self.tr("Evaluated by"), self.evaluated_by)
        self.body.addWidget(self.findings)

    def _kinds(self) -> dict[FindingKind, str]:
        return {
            FindingKind.SUCCESS: self.tr("Success"),
            FindingKind.PROBLEM: self.tr("Problem"),
            FindingKind.LESSON: self.tr("Lesson learned"),
            FindingKind.RECOMMENDATION: self.tr("Recommendation"),
        }

    def load(self, session: Session) -> None:
        from desktop.core.readers.evaluation import evaluation_meetings

        chosen = self.meeting.currentData()
        self.meeting.clear()
        self.meeting.addItem(self.tr("— none —"), "")
        for m in evaluation_meetings(session, self.program_id):
            self.meeting.addItem(f"{day_text(m.held_on)} · {m.title}", m.id.hex)
        self.meeting.setCurrentIndex(max(self.meeting.findData(chosen) if chosen else 0, 0))
        self.evaluated_by.reload(session, self.snapshot.village_code)
        if not self._dated:
            self._dated = True
            self.found_on.set_date(max(dt.date.today(), self.snapshot.start_date))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.evaluation import finding_rows

        kinds = self._kinds()
        return [
            Row(
                f.id,
                (
                    day_text(f.found_on),
                    kinds[f.kind],
                    goal_text(f.goal),
                    f.text,
                    f.recommendation or "",
                    party_text(f.carried_by, f.by_facilitator),
                ),
            )
            for f in finding_rows(session, self.program_id)
        ]

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages.evaluation import add_finding

        party = self.evaluated_by.party()
        if party is None:
            self.messages["party"].show_text(
                self.tr("Choose who evaluated: a team member, a group or the facilitator.")
            )
            return None
        day = self.found_on.date()
        assert day is not None
        goal = self.goal.currentData()
        meeting = self.meeting.currentData()
        return add_finding, {
            "program_id": self.program_id,
            "kind": FindingKind(self.kind.currentData()),
            "text": self.text.text(),
            "found_on": day,
            "party": party,
            "goal": Goal(goal) if goal else None,
            "meeting_id": uuid.UUID(hex=meeting) if meeting else None,
            "recommendation": self.recommendation.text(),
        }

    def _read_record(self, session: Session, finding_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.evaluation import finding_record

        f = finding_record(session, finding_id)
        if f is None:
            return {}
        party = f.party
        chosen = FACILITATOR if party.kind is PartyKind.FACILITATOR else None
        return {
            "kind": f.kind.value,
            "goal": f.goal.value if f.goal else "",
            "text": f.text,
            "recommendation": f.recommendation,
            "found_on": f.found_on,
            "meeting": f.meeting_id.hex if f.meeting_id else "",
            "party": chosen or party.group_id or party.person_id,
            # not in the form: for undo, exactly who evaluated
            "evaluated_by": party,
        }

    def _build_update(
        self, finding_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import Party, update_finding

        party = values.get("evaluated_by")
        chosen = values.get("party")
        if party is None and chosen == FACILITATOR:
            party = Party.facilitator()
        elif party is None and chosen is not None:
            groups: set[uuid.UUID] = getattr(self.evaluated_by, "group_ids", set())
            party = Party.community_group(chosen) if chosen in groups else Party.member(chosen)
        if party is None:
            self.messages["party"].show_text(
                self.tr("Choose who evaluated: a team member, a group or the facilitator.")
            )
            return None
        day, goal, meeting = values.get("found_on"), values.get("goal"), values.get("meeting")
        if day is None:
            return None
        return update_finding, {
            "finding_id": finding_id,
            "kind": FindingKind(values.get("kind") or FindingKind.SUCCESS.value),
            "text": values.get("text") or "",
            "found_on": day,
            "party": party,
            "goal": Goal(goal) if goal else None,
            "meeting_id": uuid.UUID(hex=meeting) if meeting else None,
            "recommendation": values.get("recommendation") or "",
        }


class PrinciplesPage(StagePage):
    """The four principles as the work has gone so far: what the evaluation can talk about."""

    step_id = "principles"
    reload_on = frozenset({"meetings", "attendance", "findings", "measurements"})

    def build(self) -> None:
        from PySide6.QtWidgets import QScrollArea

        from desktop.ui.principles_view import PrinciplesPanel

        self.setTitle(self.tr("The principles' scores"))
        self.setSubTitle(
            self.tr(
                "Equality, participation, sustainability and self-reliance as measured so far. "
                "Talk about them in the evaluation meeting; nothing to fill in here."
            )
        )
        self.panel = PrinciplesPanel(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        self.body.addWidget(scroll, 1)

    def load(self, session: Session) -> None:
        from desktop.core.principles.scores import scores
        from desktop.core.principles.shares import Thresholds
        from desktop.ui import settings

        thresholds = Thresholds(**settings.saved_thresholds())
        self.panel.show_scores(
            scores(session, self.program_id, thresholds),
            closed=self.snapshot.closed,
        )


class EvaluationWizard(StageWizard):
    stage = Stage.EVALUATION
    page_types = (
        MonitoringTeamPage,
        MeasurementsPage,
        EvaluationMeetingsPage,
        FindingsPage,
        PrinciplesPage,
    )
