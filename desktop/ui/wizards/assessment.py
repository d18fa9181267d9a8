"""Stage 2, assessment: meetings with attendance by sex, the problems and needs residents raise
and who raised them, the community's resources, and the community's own ranking of needs, by
votes or in pairs (the flow: ``desktop.core.stages.assessment``)."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.core.domain import NeedKind, ResourceKind, Stage
from desktop.core.errors import ValidationError
from desktop.core.numbers import parse_number
from desktop.core.stages.guards import TITLE_MAX
from desktop.ui import formatting
from desktop.ui.context import Operation
from desktop.ui.formatting import day_text
from desktop.ui.vocabulary import Vocabulary
from desktop.ui.wizards.base import StagePage, StageWizard
from desktop.ui.wizards.fields import CountEdit, RupiahEdit, SearchPicker, count_length
from desktop.ui.wizards.implementation_forms import side_input
from desktop.ui.wizards.meetings import MeetingsPage
from desktop.ui.wizards.people import PersonPicker, read_groups
from desktop.ui.wizards.record_forms import add_with_amount, form_values, update_with_amount
from desktop.ui.wizards.record_list import RecordList, Row
from desktop.ui.wizards.tables import cell, plain_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.stages.assessment import RankedProblem

resource_name = Vocabulary(
    "ResourceKind",
    {
        ResourceKind.HUMAN: QT_TRANSLATE_NOOP("ResourceKind", "Human (skills, labour)"),
        ResourceKind.NATURAL: QT_TRANSLATE_NOOP("ResourceKind", "Natural (land, water, forest)"),
        ResourceKind.FINANCIAL: QT_TRANSLATE_NOOP("ResourceKind", "Financial (savings, funds)"),
        ResourceKind.SOCIAL: QT_TRANSLATE_NOOP("ResourceKind", "Social (groups, mutual help)"),
        ResourceKind.PHYSICAL: QT_TRANSLATE_NOOP("ResourceKind", "Physical (buildings, tools)"),
    },
)
need_name = Vocabulary(
    "ResourceKind",
    {
        NeedKind.PROBLEM: QT_TRANSLATE_NOOP("ResourceKind", "Problem"),
        NeedKind.NEED: QT_TRANSLATE_NOOP("ResourceKind", "Need"),
    },
)


def _hex_id(value: object) -> uuid.UUID | None:
    """A combo box's id (kept as hex text) as a uuid."""
    if isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(hex=value) if isinstance(value, str) and value else None


def _quantity_text(quantity: float | None) -> str:
    if quantity is None:
        return ""
    return str(int(quantity)) if quantity.is_integer() else str(quantity)


class ProblemsPage(StagePage):
    """Felt problems and needs, each with the resident or group who raised it."""

    step_id = "problems"
    reload_on = frozenset({"people", "meetings"})

    def build(self) -> None:
        self.setTitle(self.tr("Problems and needs"))
        self.setSubTitle(
            self.tr(
                "What residents say is wrong or missing, in their own words, and who raised "
                "it: a person or a group."
            )
        )
        self.title_edit = count_length(QLineEdit(self), TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. Air bersih sulit di musim kemarau"))
        self.kind = QComboBox(self)
        for kind in NeedKind:
            self.kind.addItem(need_name(kind), kind.value)
        self.person = PersonPicker(self)
        self.group = SearchPicker(self)
        self.group.setPlaceholderText(self.tr("Type a group's name…"))
        self.meeting = QComboBox(self)
        self.households = CountEdit(self)
        self.households.setPlaceholderText(self.tr("not known"))
        self.problems = RecordList(
            self,
            table="problems",
            field="problems",
            headers=[
                self.tr("Problem or need"),
                self.tr("Kind"),
                self.tr("Raised by"),
                self.tr("At meeting"),
                self.tr("Households"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add problem"),
            record_name=self.tr("a problem"),
        )
        self.problems.add_input("title", self.tr("Problem or need"), self.title_edit)
        self.problems.add_input("kind", self.tr("Kind"), self.kind)
        self.problems.add_input(
            "raised_by", self.tr("Raised by"), self.person.picker, beside=self.person.new_button
        )
        self.problems.add_input("group", self.tr("or the group"), self.group)
        self.problems.add_input("meeting", self.tr("At meeting"), self.meeting)
        self.problems.add_input(
            "affected_households", self.tr("Households affected"), self.households, draft=False
        )
        self.body.addWidget(self.problems)

    def load(self, session: Session) -> None:
        from desktop.core.readers.meetings import meetings

        self.person.reload()
        self.group.set_choices(read_groups(session, self.snapshot.village_code))
        chosen = self.meeting.currentData()
        self.meeting.clear()
        self.meeting.addItem(self.tr("— none —"), None)
        for meeting in meetings(session, self.program_id, Stage.ASSESSMENT):
            day = day_text(meeting.held_on)
            self.meeting.addItem(f"{day} · {meeting.title}", meeting.id.hex)
        self.meeting.setCurrentIndex(max(self.meeting.findData(chosen), 0))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.assessment import problems

        return [
            Row(
                p.id,
                (
                    p.title,
                    need_name(p.kind),
                    p.raised_by,
                    p.meeting or "",
                    str(p.affected_households) if p.affected_households is not None else "",
                ),
            )
            for p in problems(session, self.program_id)
        ]

    def _read_record(self, session: Session, problem_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.assessment import problem

        p = problem(session, self.program_id, problem_id)
        if p is None:
            return {}
        return {
            "title": p.title,
            "kind": p.kind.value,
            "raised_by": p.raised_by_person_id,
            "group": p.raised_by_group_id,
            "meeting": p.meeting_id,
            "affected_households": p.affected_households,
        }

    @staticmethod
    def _arguments(values: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "title": values.get("title") or "",
            "kind": NeedKind(values.get("kind") or NeedKind.PROBLEM.value),
            "raised_by_person_id": values.get("raised_by"),
            "raised_by_group_id": values.get("group"),
            "meeting_id": _hex_id(values.get("meeting")),
            "affected_households": values.get("affected_households") or None,  # 0: not known
        }

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import add_problem

        arguments = self._arguments(form_values(self.problems))
        return add_problem, {"program_id": self.program_id, **arguments}

    def _build_update(
        self, problem_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_problem

        return update_problem, {"problem_id": problem_id, **self._arguments(values)}


class ResourcesPage(StagePage):
    """The community's assets, by the five kinds of participatory appraisal."""

    step_id = "resources"
    reload_on = frozenset({"people", "community_groups"})

    def build(self) -> None:
        self.setTitle(self.tr("Resources and assets"))
        self.setSubTitle(
            self.tr(
                "What the community already has to build on: skills, land and water, savings, "
                "groups and mutual help, buildings and tools."
            )
        )
        self.kind = QComboBox(self)
        for kind in ResourceKind:
            self.kind.addItem(resource_name(kind), kind.value)
        self.name = count_length(QLineEdit(self), TITLE_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Mata air Sendang"))
        self.quantity = QLineEdit(self)
        self.quantity.setPlaceholderText(self.tr("e.g. 2"))
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("e.g. ha, unit, orang"))
        self.value = RupiahEdit(self)
        self.held_by = SearchPicker(self)
        self.held_by.setPlaceholderText(self.tr("Type a group's name…"))
        self.resources = RecordList(
            self,
            table="resources",
            field="resources",
            headers=[
                self.tr("Kind"),
                self.tr("Resource"),
                self.tr("Quantity"),
                self.tr("Estimated value"),
                self.tr("Held by"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add resource"),
            record_name=self.tr("a resource"),
        )
        self.resources.add_input("kind", self.tr("Kind"), self.kind)
        self.resources.add_input("name", self.tr("Resource"), self.name)
        self.resources.add_input(
            "quantity",
            self.tr("Quantity"),
            self.quantity,
            beside=side_input(self.resources, "unit", self.tr("Unit"), self.unit),
        )
        self.resources.add_input("estimated_value", self.tr("Estimated value"), self.value)
        self.resources.add_input("held_by", self.tr("Held by group"), self.held_by)
        self.body.addWidget(self.resources)

    def load(self, session: Session) -> None:
        self.held_by.set_choices(read_groups(session, self.snapshot.village_code))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.assessment import resources

        out = []
        for r in resources(session, self.program_id):
            amount = ""
            if r.quantity is not None:
                amount = f"{formatting.number(r.quantity, 0 if r.quantity.is_integer() else 2)}"
                amount = f"{amount} {r.unit or ''}".strip()
            value = formatting.rupiah(r.estimated_value) if r.estimated_value is not None else ""
            out.append(Row(r.id, (resource_name(r.kind), r.name, amount, value, r.held_by or "")))
        return out

    def _read_record(self, session: Session, resource_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.assessment import resource

        r = resource(session, self.program_id, resource_id)
        if r is None:
            return {}
        return {
            "kind": r.kind.value,
            "name": r.name,
            "quantity": _quantity_text(r.quantity),
            "unit": r.unit,
            "estimated_value": r.estimated_value,
            "held_by": r.held_by_group_id,
        }

    def _arguments(self, values: Mapping[str, Any]) -> dict[str, Any] | None:
        typed = str(values.get("quantity") or "").strip()
        quantity: float | None = None
        if typed:
            try:  # the core's one rule for numbers (the operation says what a quantity may be)
                quantity = float(parse_number(typed, negative_allowed=True))
            except ValidationError as refused:
                self.messages["quantity"].show_issues(refused.issues)
                return None
        return {
            "kind": ResourceKind(values.get("kind") or ResourceKind.HUMAN.value),
            "name": values.get("name") or "",
            "quantity": quantity,
            "unit": values.get("unit"),
            "estimated_value": values.get("estimated_value"),
            "held_by_group_id": values.get("held_by"),
        }

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import add_resource

        arguments = self._arguments(form_values(self.resources))
        return add_with_amount(
            add_resource,
            arguments,
            "estimated_value",
            self.value.text(),
            program_id=self.program_id,
        )

    def _build_update(
        self, resource_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_resource

        arguments = self._arguments(values)
        return update_with_amount(
            update_resource, arguments, "estimated_value", resource_id=resource_id
        )


class RankingPage(StagePage):
    """The community ranks its needs: points per problem (beans, stones, hands) or one pair
    at a time; the ranking follows live, and the community ticks its priorities."""

    step_id = "ranking"
    reload_on = frozenset({"problems"})
    POINTS_COLUMN = 4

    def build(self) -> None:
        self.setTitle(self.tr("Ranking of needs"))
        self.setSubTitle(
            self.tr(
                "Let the community rank its needs: give each problem the points it received, "
                "or compare them two at a time. Then tick the priorities."
            )
        )
        self.by_votes = QRadioButton(self.tr("By votes (points per problem)"), self)
        self.by_pairs = QRadioButton(self.tr("In pairs (which of the two matters more?)"), self)
        self.method = QButtonGroup(self)
        self.method.addButton(self.by_votes)
        self.method.addButton(self.by_pairs)
        self.by_votes.setChecked(True)
        methods = QHBoxLayout()
        methods.addWidget(self.by_votes)
        methods.addWidget(self.by_pairs)
        methods.addStretch(1)
        self.body.addLayout(methods)

        # pairs: the next pair not compared yet, one button each
        self.pairs_panel = QGroupBox(self)
        self.pair_label = QLabel(self.pairs_panel)
        self.pair_label.setWordWrap(True)
        self.first_button = QPushButton(self.pairs_panel)
        self.second_button = QPushButton(self.pairs_panel)
        for button in (self.first_button, self.second_button):
            button.setMinimumHeight(36)
        self.first_button.clicked.connect(lambda: self.choose_pair(0))
        self.second_button.clicked.connect(lambda: self.choose_pair(1))
        self.skip_button = QPushButton(self.tr("Another pair"), self.pairs_panel)
        self.skip_button.clicked.connect(self.skip_pair)
        buttons = QHBoxLayout()
        buttons.addWidget(self.first_button, 1)
        self.versus = QLabel(self.tr("or"), self.pairs_panel)
        self.versus.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.versus)
        buttons.addWidget(self.second_button, 1)
        buttons.addWidget(self.skip_button)
        box = QVBoxLayout(self.pairs_panel)
        box.addWidget(self.pair_label)
        box.addLayout(buttons)
        self.add_message("pairwise", box)
        self.body.addWidget(self.pairs_panel)

        # the ranking, with the points to add in votes mode
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Priority"),
                self.tr("Problem"),
                self.tr("Points"),
                self.tr("Pairs won"),
                self.tr("Points to add"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        plain_table(self.table, 1)
        self.table.itemChanged.connect(self._priority_ticked)
        self.body.addWidget(self.table, 1)
        self.add_message("votes")
        self.add_votes_button = QPushButton(self.tr("Add these points"), self)
        self.add_votes_button.setObjectName("primary")
        self.add_votes_button.clicked.connect(self.add_votes)
        self.add_message("ranking")
        self.top = CountEdit(self, empty=1)
        self.top.setMaximumWidth(70)
        self.top.setValue(3)
        self.top.message = self.messages["ranking"]
        top_label = QLabel(self.tr("Prioritise the first"), self)
        top_label.setBuddy(self.top)
        self.top_button = QPushButton(self.tr("Prioritise"), self)
        self.top_button.clicked.connect(self.prioritise_top)
        line = QHBoxLayout()
        line.addWidget(top_label)
        line.addWidget(self.top)
        line.addWidget(self.top_button)
        line.addStretch(1)
        line.addWidget(self.add_votes_button)
        self.body.addLayout(line)
        self.method.buttonToggled.connect(self._method_changed)

        self.ranked: list[RankedProblem] = []
        self.pairs_done: set[frozenset[uuid.UUID]] = set()
        self.pair: tuple[RankedProblem, RankedProblem] | None = None
        self._skipped = 0
        self._filling = False
        self._method_changed()

    # -- reading --
    def load(self, session: Session) -> None:
        from desktop.core.readers.assessment import ranking

        read = ranking(session, self.program_id)
        self.ranked, self.pairs_done = list(read.problems), set(read.compared)
        if self.pairs_done and not any(r.points for r in self.ranked):
            self.by_pairs.setChecked(True)
        self._fill()
        self.next_pair()

    def _fill(self) -> None:
        self._filling = True
        try:
            ordered = sorted(self.ranked, key=lambda r: (r.rank is None, r.rank or 0, r.title))
            self.table.setRowCount(len(ordered))
            for n, problem in enumerate(ordered):
                rank = QTableWidgetItem(f"#{problem.rank}" if problem.rank else "–")
                rank.setFlags(rank.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                rank.setCheckState(
                    Qt.CheckState.Checked if problem.prioritised else Qt.CheckState.Unchecked
                )
                rank.setData(Qt.ItemDataRole.UserRole, problem.id)
                self.table.setItem(n, 0, rank)
                cells = (problem.title, str(problem.points), str(problem.wins))
                for c, text in enumerate(cells, start=1):
                    self.table.setItem(n, c, QTableWidgetItem(text))
                spin = CountEdit(self.table)
                spin.message = self.messages["votes"]
                spin.setObjectName(problem.id.hex)
                spin.setAccessibleName(
                    self.tr("Points to add to “{title}”").format(title=problem.title)
                )
                self.table.setCellWidget(n, self.POINTS_COLUMN, spin)
        finally:
            self._filling = False

    def ranking_texts(self) -> list[tuple[str, str, bool]]:
        """What the ranking shows, best first: rank, problem, whether it is a priority."""
        out = []
        for n in range(self.table.rowCount()):
            rank, title = cell(self.table, n, 0), cell(self.table, n, 1)
            out.append((rank.text(), title.text(), rank.checkState() == Qt.CheckState.Checked))
        return out

    # -- votes --
    def points_box(self, problem_id: uuid.UUID) -> CountEdit:
        found = self.table.findChild(CountEdit, problem_id.hex)
        assert isinstance(found, CountEdit)
        return found

    def add_votes(self) -> bool:
        """Add the points typed to each problem's total, and rank by the totals."""
        from desktop.core.stages import NeedVoteInput, RankingMethod, rank_problems
        from desktop.core.stages.assessment import record_need_votes

        votes = [
            NeedVoteInput(p.id, self.points_box(p.id).value())
            for p in self.ranked
            if self.points_box(p.id).value()
        ]
        if self.run(record_need_votes, program_id=self.program_id, votes=votes) is None:
            return False
        self.run(rank_problems, program_id=self.program_id, method=RankingMethod.VOTES)
        return True

    # -- pairs --
    def open_pairs(self) -> list[tuple[RankedProblem, RankedProblem]]:
        return [
            (a, b)
            for a, b in itertools.combinations(sorted(self.ranked, key=lambda r: r.title), 2)
            if frozenset((a.id, b.id)) not in self.pairs_done
        ]

    def skip_pair(self) -> None:
        self._skipped += 1
        self.next_pair()

    def next_pair(self) -> None:
        left = self.open_pairs()
        if left:
            self.pair = left[self._skipped % len(left)]
            a, b = self.pair
            self.pair_label.setText(
                self.tr("Which matters more to the community? ({left} pairs left)").format(
                    left=len(left)
                )
            )
            self.first_button.setText(a.title)
            self.second_button.setText(b.title)
        else:
            self.pair = None
            self.pair_label.setText(
                self.tr("Every pair has been compared.")
                if len(self.ranked) > 1
                else self.tr("Add at least two problems to compare them in pairs.")
            )
        for widget in (self.first_button, self.second_button, self.skip_button, self.versus):
            widget.setVisible(self.pair is not None)

    def choose_pair(self, which: int) -> bool:
        """The community picked the first (0) or the second (1) of the pair shown."""
        from desktop.core.stages import RankingMethod, rank_problems
        from desktop.core.stages.assessment import record_pairwise_choice

        if self.pair is None or not self.wizard_.editable:
            return False
        a, b = self.pair
        done = self.run(
            record_pairwise_choice,
            program_id=self.program_id,
            first_id=a.id,
            second_id=b.id,
            winner_id=(a, b)[which].id,
        )
        if done is None:
            return False
        self.run(rank_problems, program_id=self.program_id, method=RankingMethod.PAIRWISE)
        return True

    def _method_changed(self, *_args: object) -> None:
        pairs = self.by_pairs.isChecked()
        self.pairs_panel.setVisible(pairs)
        self.add_votes_button.setVisible(not pairs and self.wizard_.editable)
        self.table.setColumnHidden(self.POINTS_COLUMN, pairs)

    # -- priorities --
    def prioritise_top(self) -> bool:
        from desktop.core.stages import RankingMethod, rank_problems

        method = RankingMethod.PAIRWISE if self.by_pairs.isChecked() else RankingMethod.VOTES
        done = self.run(
            rank_problems, program_id=self.program_id, method=method, top=self.top.value()
        )
        return done is not None

    def _priority_ticked(self, item: QTableWidgetItem) -> None:
        from desktop.core.stages import set_priorities

        if self._filling or item.column() != 0 or not self.wizard_.editable:
            return
        ticked = [
            cell(self.table, n, 0).data(Qt.ItemDataRole.UserRole)
            for n in range(self.table.rowCount())
            if cell(self.table, n, 0).checkState() == Qt.CheckState.Checked
        ]
        if self.run(set_priorities, program_id=self.program_id, problem_ids=ticked) is None:
            self.reload()  # the ticks back as saved

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        for widget in (self.top_button, self.skip_button, self.first_button, self.second_button):
            widget.setEnabled(editable)
        self._method_changed()


class AssessmentWizard(StageWizard):
    stage = Stage.ASSESSMENT
    page_types = (MeetingsPage, ProblemsPage, ResourcesPage, RankingPage)
