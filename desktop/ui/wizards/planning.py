"""Stage 3, planning alternatives: for each problem the community prioritised (the feed from
the assessment), the ways out residents propose, the criteria and their weights, the scores or
votes, the ranking and the community's choice (the flow: ``desktop.core.stages.planning``)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.core.domain import Stage
from desktop.core.stages.guards import TITLE_MAX
from desktop.ui import formatting
from desktop.ui.context import Operation
from desktop.ui.wizards.base import StagePage, StageWizard
from desktop.ui.wizards.fields import CountEdit, RupiahEdit, SearchPicker, count_length
from desktop.ui.wizards.people import PersonPicker, confirm_picks, read_groups
from desktop.ui.wizards.record_forms import add_with_amount, form_values, update_with_amount
from desktop.ui.wizards.record_list import RecordList, Row
from desktop.ui.wizards.tables import cell, plain_table, read_only

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ID_ROLE = Qt.ItemDataRole.UserRole


class AlternativesPage(StagePage):
    """Ways out of each prioritised problem, with who proposed them."""

    step_id = "alternatives"
    reload_on = frozenset({"people", "problems"})

    def build(self) -> None:
        self.setTitle(self.tr("Alternatives per priority problem"))
        self.setSubTitle(
            self.tr(
                "For each problem the community prioritised, the ways out residents propose. "
                "Write down who proposed each one."
            )
        )
        self.problem = QComboBox(self)
        self.title_edit = count_length(QLineEdit(self), TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. Sumur bor bersama"))
        self.person = PersonPicker(self)
        self.group = SearchPicker(self)
        self.group.setPlaceholderText(self.tr("Type a group's name…"))
        self.cost = RupiahEdit(self)
        self.alternatives = RecordList(
            self,
            table="alternatives",
            field="alternatives",
            headers=[
                self.tr("Problem"),
                self.tr("Alternative"),
                self.tr("Proposed by"),
                self.tr("Estimated cost"),
            ],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add alternative"),
            record_name=self.tr("an alternative"),
        )
        self.alternatives.add_input("problem", self.tr("For the problem"), self.problem)
        self.alternatives.add_input("title", self.tr("Alternative"), self.title_edit)
        self.alternatives.add_input(
            "proposed_by", self.tr("Proposed by"), self.person.picker, beside=self.person.new_button
        )
        self.alternatives.add_input("group", self.tr("or the group"), self.group)
        self.alternatives.add_input("estimated_cost", self.tr("Estimated cost"), self.cost)
        header = self.alternatives.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        self.body.addWidget(self.alternatives)

    def load(self, session: Session) -> None:
        from desktop.core.readers.planning import problem_choices

        self.person.reload()
        self.group.set_choices(read_groups(session, self.snapshot.village_code))
        chosen = self.problem.currentData()
        self.problem.clear()
        for problem in problem_choices(session, self.program_id):
            if problem.prioritised:
                rank = f"#{problem.rank} " if problem.rank else ""
                self.problem.addItem(f"{rank}{problem.title}", problem.id.hex)
            else:  # it still holds alternatives: they can be corrected
                title = self.tr("{title} (not prioritised)").format(title=problem.title)
                self.problem.addItem(title, problem.id.hex)
        self.problem.setCurrentIndex(max(self.problem.findData(chosen), 0))

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.planning import alternatives

        return [
            Row(
                a.id,
                (
                    a.problem,
                    a.title,
                    a.proposed_by,
                    formatting.rupiah(a.estimated_cost) if a.estimated_cost is not None else "",
                ),
            )
            for a in alternatives(session, self.program_id)
        ]

    def _read_record(self, session: Session, alternative_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.planning import alternative

        a = alternative(session, self.program_id, alternative_id)
        if a is None:
            return {}
        return {
            "problem": a.problem_id.hex,
            "title": a.title,
            "proposed_by": a.proposed_by_person_id,
            "group": a.proposed_by_group_id,
            "estimated_cost": a.estimated_cost,
        }

    def _arguments(self, values: Mapping[str, Any]) -> dict[str, Any] | None:
        problem = values.get("problem")
        if not problem:
            self.messages["problem"].show_text(
                self.tr("There is no prioritised problem: rank the needs in the assessment.")
            )
            return None
        return {
            "problem_id": uuid.UUID(hex=problem),
            "title": values.get("title") or "",
            "proposed_by_person_id": values.get("proposed_by"),
            "proposed_by_group_id": values.get("group"),
            "estimated_cost": values.get("estimated_cost"),
        }

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import add_alternative

        arguments = self._arguments(form_values(self.alternatives))
        return add_with_amount(add_alternative, arguments, "estimated_cost", self.cost.text())

    def _build_update(
        self, alternative_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_alternative

        arguments = self._arguments(values)
        return update_with_amount(
            update_alternative, arguments, "estimated_cost", alternative_id=alternative_id
        )


class CriteriaPage(StagePage):
    """What the community weighs the alternatives by, and how much each criterion counts."""

    step_id = "criteria"

    def build(self) -> None:
        self.setTitle(self.tr("Criteria and weights"))
        self.setSubTitle(
            self.tr(
                "What makes an alternative good for the community (cost, who benefits, can we "
                "do it ourselves), and how much each counts. Optional: voting alone is fine."
            )
        )
        self.name = count_length(QLineEdit(self), TITLE_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Bisa dikerjakan swadaya"))
        self.weight = CountEdit(self, maximum=10, empty=1)
        self.criteria = RecordList(
            self,
            table="criteria",
            field="criteria",
            headers=[self.tr("Criterion"), self.tr("Weight")],
            read_rows=self._rows,
            build_add=self._build_add,
            build_update=self._build_update,
            read_record=self._read_record,
            add_text=self.tr("Add criterion"),
            record_name=self.tr("a criterion"),
        )
        self.criteria.add_input("name", self.tr("Criterion"), self.name)
        self.criteria.add_input("weight", self.tr("Weight"), self.weight, draft=False)
        self.body.addWidget(self.criteria)

    def _rows(self, session: Session) -> list[Row]:
        from desktop.core.readers.planning import criteria

        return [Row(c.id, (c.name, f"× {c.weight}")) for c in criteria(session, self.program_id)]

    def _read_record(self, session: Session, criterion_id: uuid.UUID) -> Mapping[str, Any]:
        from desktop.core.readers.planning import criterion

        c = criterion(session, self.program_id, criterion_id)
        return {"name": c.name, "weight": c.weight} if c is not None else {}

    def _build_add(self) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import add_criterion

        return add_criterion, {
            "program_id": self.program_id,
            "name": self.name.text(),
            "weight": self.weight.value(),
        }

    def _build_update(
        self, criterion_id: uuid.UUID, values: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]] | None:
        from desktop.core.stages import update_criterion

        return update_criterion, {
            "criterion_id": criterion_id,
            "name": values.get("name") or "",
            "weight": int(values.get("weight") or 1),
        }


class ScoringPage(StagePage):
    """Each alternative scored 1 to 5 on each criterion (type in the grid), or voted on."""

    step_id = "scoring"
    reload_on = frozenset({"alternatives", "criteria", "people"})

    def build(self) -> None:
        self.setTitle(self.tr("Scores and votes"))
        self.setSubTitle(
            self.tr(
                "Type the community's score from 1 (poor) to 5 (good) for each alternative on "
                "each criterion, or record the votes for an alternative."
            )
        )
        self.grid = QTableWidget(0, 0, self)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.itemChanged.connect(self._score_typed)
        self.body.addWidget(self.grid, 1)
        self.add_message("scores")
        self.add_message("score")
        votes = QGroupBox(self.tr("Votes"), self)
        self.alternative = QComboBox(votes)
        self.votes = CountEdit(votes, empty=1)
        self.votes.setMaximumWidth(90)
        self.voter = PersonPicker(self)
        self.voter.picker.setPlaceholderText(self.tr("A show of hands (or type a voter's name)"))
        self.vote_button = QPushButton(self.tr("Add votes"), votes)
        self.vote_button.clicked.connect(self.add_votes)
        line = QHBoxLayout()
        line.addWidget(self.alternative, 2)
        count = QLabel(self.tr("Votes"), votes)
        count.setBuddy(self.votes)
        line.addWidget(count)
        line.addWidget(self.votes)
        line.addWidget(self.vote_button)
        who = QHBoxLayout()
        who.addWidget(self.voter.picker, 1)
        who.addWidget(self.voter.new_button)
        box = QVBoxLayout(votes)
        box.addLayout(line)
        box.addLayout(who)
        self.add_message("votes", box)
        self.votes.message = self.messages["votes"]
        self.add_message("voter", box)
        self.body.addWidget(votes)
        self.criteria: list[tuple[uuid.UUID, str, int]] = []
        self._filling = False

    def load(self, session: Session) -> None:
        from desktop.core.readers.planning import score_grid

        self.voter.reload()
        grid = score_grid(session, self.program_id)
        self.criteria = [(c.id, c.name, c.weight) for c in grid.criteria]
        self._filling = True
        try:
            headers = [self.tr("Problem"), self.tr("Alternative")]
            headers += [f"{name} (×{weight})" for _, name, weight in self.criteria]
            headers += [self.tr("Weighted score"), self.tr("Votes")]
            self.grid.clear()
            self.grid.setColumnCount(len(headers))
            self.grid.setHorizontalHeaderLabels(headers)
            self.grid.setRowCount(len(grid.rows))
            for n, alt in enumerate(grid.rows):
                self.grid.setItem(n, 0, read_only(alt.problem))
                self.grid.setItem(n, 1, read_only(alt.title))
                scored = zip(grid.criteria, alt.scores, strict=True)
                for c, (criterion, score) in enumerate(scored, start=2):
                    item = QTableWidgetItem(str(score) if score is not None else "")
                    item.setData(ID_ROLE, (alt.id, criterion.id))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.grid.setItem(n, c, item)
                last = 2 + len(self.criteria)
                self.grid.setItem(n, last, read_only(str(alt.weighted_score)))
                self.grid.setItem(n, last + 1, read_only(str(alt.votes)))
            plain_table(self.grid, 1, rows=False, min_height=110)
        finally:
            self._filling = False
        chosen = self.alternative.currentData()
        self.alternative.clear()
        for alt in grid.rows:
            self.alternative.addItem(alt.title, alt.id.hex)
        self.alternative.setCurrentIndex(max(self.alternative.findData(chosen), 0))

    def grid_texts(self) -> list[tuple[str, ...]]:
        return [
            tuple(cell(self.grid, r, c).text() for c in range(self.grid.columnCount()))
            for r in range(self.grid.rowCount())
        ]

    def score_cell(self, alternative: str, criterion: str) -> QTableWidgetItem:
        """The grid cell of an alternative (by title) on a criterion (by name)."""
        column = 2 + [name for _, name, _ in self.criteria].index(criterion)
        for r in range(self.grid.rowCount()):
            if cell(self.grid, r, 1).text() == alternative:
                return cell(self.grid, r, column)
        raise KeyError(alternative)

    def _score_typed(self, item: QTableWidgetItem) -> None:
        from desktop.core.stages import score_alternative

        key = item.data(ID_ROLE)
        if self._filling or not isinstance(key, tuple) or not self.wizard_.editable:
            return
        text = item.text().strip()
        if not text:
            return
        if not text.isdigit():
            self.messages["score"].show_text(self.tr("Type a whole number from 1 to 5."))
            self.reload()
            return
        alt_id, crit_id = key
        done = self.run(
            score_alternative, alternative_id=alt_id, criterion_id=crit_id, score=int(text)
        )
        if done is None:
            message = self.messages["score"].text()
            self.reload()  # the cell back to what is saved
            self.messages["score"].show_text(message)

    def add_votes(self) -> bool:
        from desktop.core.stages import vote_alternative

        alternative = self.alternative.currentData()
        if not alternative:
            return False
        if not confirm_picks(self, [self.voter.picker], retry=self.add_votes):
            return False
        voter = self.voter.picker.chosen_id()
        done = self.run(
            vote_alternative,
            alternative_id=uuid.UUID(hex=alternative),
            votes=self.votes.value(),
            voter_person_id=voter,
        )
        if done is not None:
            self.voter.picker.choose(None)
            self.votes.setValue(1)
        return done is not None


class ChoicePage(StagePage):
    """The ranking per problem and the alternatives the community chooses."""

    step_id = "choice"
    reload_on = frozenset({"alternative_scores", "alternative_votes", "criteria"})

    def build(self) -> None:
        self.setTitle(self.tr("The community's choice"))
        self.setSubTitle(
            self.tr(
                "The alternatives of each problem, best first by weighted score then votes. "
                "Tick what the community chooses, or take the best of each problem."
            )
        )
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Chosen"),
                self.tr("Problem"),
                self.tr("Alternative"),
                self.tr("Weighted score"),
                self.tr("Votes"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._ticked)
        self.body.addWidget(self.table, 1)
        self.add_message("choice")
        self.add_message("alternatives")
        self.best_button = QPushButton(self.tr("Choose the best of each problem"), self)
        self.best_button.setObjectName("primary")
        self.best_button.clicked.connect(self.choose_best)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.best_button)
        self.body.addLayout(line)
        self._filling = False

    def load(self, session: Session) -> None:
        from desktop.core.readers.planning import choices

        rows = choices(session, self.program_id)
        self._filling = True
        try:
            self.table.setRowCount(len(rows))
            for n, ranked in enumerate(rows):
                tick = QTableWidgetItem("")
                tick.setFlags(tick.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                tick.setCheckState(
                    Qt.CheckState.Checked if ranked.chosen else Qt.CheckState.Unchecked
                )
                tick.setData(ID_ROLE, ranked.id)
                self.table.setItem(n, 0, tick)
                cells = (
                    ranked.problem,
                    ranked.title,
                    str(ranked.weighted_score),
                    str(ranked.votes),
                )
                for c, text in enumerate(cells, start=1):
                    self.table.setItem(n, c, QTableWidgetItem(text))
            plain_table(self.table, 2, min_height=110)
        finally:
            self._filling = False

    def texts(self) -> list[tuple[bool, str, str, str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            ticked = cell(self.table, r, 0).checkState() == Qt.CheckState.Checked
            cells = [cell(self.table, r, c).text() for c in range(1, 5)]
            out.append((ticked, cells[0], cells[1], cells[2], cells[3]))
        return out

    def choose_best(self) -> bool:
        from desktop.core.stages import choose_alternatives

        return self.run(choose_alternatives, program_id=self.program_id, per_problem=1) is not None

    def _ticked(self, item: QTableWidgetItem) -> None:
        from desktop.core.stages import choose_alternatives

        if self._filling or item.column() != 0 or not self.wizard_.editable:
            return
        ticked = [
            cell(self.table, r, 0).data(ID_ROLE)
            for r in range(self.table.rowCount())
            if cell(self.table, r, 0).checkState() == Qt.CheckState.Checked
        ]
        if (
            self.run(choose_alternatives, program_id=self.program_id, alternative_ids=ticked)
            is None
        ):
            self.reload()

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.best_button.setEnabled(editable)


class PlanningWizard(StageWizard):
    stage = Stage.PLANNING
    page_types = (AlternativesPage, CriteriaPage, ScoringPage, ChoicePage)
