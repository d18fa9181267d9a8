"""The dashboard's villages table: one row per program (a village without one still has its row),
its figures as text, colours and sort keys, and the filter an office narrows it with."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.core.domain import Principle, Stage
from desktop.core.office.figures import Sending
from desktop.ui import formatting, theme
from desktop.ui.vocabulary import Vocabulary, principle_name, stage_name

if TYPE_CHECKING:
    from desktop.core.office.figures import AreaFigures, ProgramFigures, VillageFigures
    from desktop.core.principles.shares import PrincipleScore

Index = QModelIndex | QPersistentModelIndex

PROGRAM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's program id (None: a village without one)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column as people expect

sending_name = Vocabulary(
    "Sending",
    {
        Sending.ACTIVE: QT_TRANSLATE_NOOP("Sending", "Active"),
        Sending.LATE: QT_TRANSLATE_NOOP("Sending", "Late"),
        Sending.NEVER: QT_TRANSLATE_NOOP("Sending", "Never sent"),
    },
)

SENDING_COLOURS = {  # text, background
    Sending.ACTIVE: (theme.DONE, QColor("#e4f2e8")),
    Sending.LATE: (theme.ERROR, QColor("#f9e3e1")),
    Sending.NEVER: (theme.IN_PROGRESS, QColor("#fbeedd")),
}
FLAGGED_BACKGROUND = QColor("#f9e3e1")


class Column(IntEnum):
    """The columns, the village's sending first: what an office chases before anything."""

    VILLAGE = 0
    SUBDISTRICT = 1
    SENDING = 2
    LAST_BUNDLE = 3
    PROGRAM = 4
    STAGE = 5
    IN_STAGE = 6
    EQUALITY = 7
    PARTICIPATION = 8
    SUSTAINABILITY = 9
    SELF_RELIANCE = 10
    COMMUNITY_SHARE = 11


PRINCIPLE_COLUMNS = {
    Column.EQUALITY: Principle.EQUALITY,
    Column.PARTICIPATION: Principle.PARTICIPATION,
    Column.SUSTAINABILITY: Principle.SUSTAINABILITY,
    Column.SELF_RELIANCE: Principle.SELF_RELIANCE,
}
_NUMBERS = {Column.IN_STAGE, Column.COMMUNITY_SHARE, *PRINCIPLE_COLUMNS}


@dataclass(frozen=True)
class Row:
    village: VillageFigures
    program: ProgramFigures | None  # None: the village has no program

    def days_in_stage(self, today: dt.date) -> int | None:
        program = self.program
        if program is None or program.closed_on is not None or program.stage_since is None:
            return None
        return max(0, (today - program.stage_since).days)

    def score(self, principle: Principle) -> PrincipleScore | None:
        return self.program.principles.by_principle()[principle] if self.program else None


def rows_of(figures: AreaFigures) -> list[Row]:
    """The table's rows in the figures' order (sub-district, then village)."""
    rows: list[Row] = []
    for village in figures.villages:
        rows.extend(Row(village, program) for program in village.programs)
        if not village.programs:
            rows.append(Row(village, None))
    return rows


class VillagesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.today = dt.date.today()
        self._headers = {
            Column.VILLAGE: self.tr("Village"),
            Column.SUBDISTRICT: self.tr("Sub-district"),
            Column.PROGRAM: self.tr("Program"),
            Column.STAGE: self.tr("Stage"),
            Column.IN_STAGE: self.tr("In stage"),
            **{column: principle_name(p) for column, p in PRINCIPLE_COLUMNS.items()},
            Column.COMMUNITY_SHARE: self.tr("Community's share"),
            Column.LAST_BUNDLE: self.tr("Newest bundle"),
            Column.SENDING: self.tr("Sending"),
        }
        self._header_tips = {
            Column.IN_STAGE: self.tr("Days since the current stage started"),
            Column.EQUALITY: self.tr("Women's share of attendance, voice and decisions"),
            Column.PARTICIPATION: self.tr("The community's share of the work"),
            Column.SUSTAINABILITY: self.tr("The facilitator's share at the end (lower is better)"),
            Column.SELF_RELIANCE: self.tr("The community's share of the resources"),
            Column.COMMUNITY_SHARE: self.tr("The community's share of the planned budget"),
            Column.LAST_BUNDLE: self.tr(
                "When the newest bundle received from the village was made"
            ),
        }

    def set_figures(self, figures: AreaFigures) -> None:
        self.beginResetModel()
        self.rows = rows_of(figures)
        self.today = figures.today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == PROGRAM_ROLE:
            return row.program.program_id if row.program else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return self._colour(row, column, background=role == Qt.ItemDataRole.BackgroundRole)
        if role == Qt.ItemDataRole.FontRole and self._flagged(row, column):
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._explained(row, column)
        return None

    # --- what each cell says ----------------------------------------------------------------
    def text(self, row: Row, column: Column) -> str:
        village, program = row.village, row.program
        if column == Column.VILLAGE:
            return village.name
        if column == Column.SUBDISTRICT:
            return village.subdistrict_name
        if column == Column.LAST_BUNDLE:
            return formatting.short_date(
                village.last_bundle.date() if village.last_bundle else None
            )
        if column == Column.SENDING:
            return sending_name(village.sending)
        if program is None:
            return self.tr("No program") if column == Column.PROGRAM else ""
        if column == Column.PROGRAM:
            return program.name
        if column == Column.STAGE:
            return self.tr("{number}. {name}").format(
                number=program.stage.number, name=stage_name(program.stage)
            )
        if column == Column.IN_STAGE:
            return self._in_stage(row)
        if column == Column.COMMUNITY_SHARE:
            return formatting.percent(program.community_budget_share)
        score = row.score(PRINCIPLE_COLUMNS[column])
        return formatting.percent(score.figure if score else None)

    def _in_stage(self, row: Row) -> str:
        program = row.program
        assert program is not None
        if program.closed_on is not None:
            return self.tr("Closed")
        days = row.days_in_stage(self.today)
        if days is None:
            return self.tr("Not started")
        return self.tr("{count} days").format(count=formatting.number(days))

    def sort_key(self, row: Row, column: Column) -> Any:
        """Numbers sort as numbers, an empty cell below every number; text ignores case."""
        program = row.program
        if column == Column.LAST_BUNDLE:
            bundle = row.village.last_bundle
            return bundle.timestamp() if bundle else float("-inf")
        if column == Column.STAGE:
            return program.stage.number if program else 0
        if column == Column.IN_STAGE:
            days = row.days_in_stage(self.today)
            return float("-inf") if days is None else float(days)
        if column == Column.COMMUNITY_SHARE:
            share = program.community_budget_share if program else None
            return float("-inf") if share is None else share
        if column in PRINCIPLE_COLUMNS:
            score = row.score(PRINCIPLE_COLUMNS[column])
            return float("-inf") if score is None or score.figure is None else score.figure
        if column == Column.SENDING:
            return list(Sending).index(row.village.sending)
        return self.text(row, column).casefold()

    def _flagged(self, row: Row, column: Column) -> bool:
        if column not in PRINCIPLE_COLUMNS:
            return False
        score = row.score(PRINCIPLE_COLUMNS[column])
        return score is not None and score.figure is not None and score.flagged

    def _colour(self, row: Row, column: Column, *, background: bool) -> QColor | None:
        if column == Column.SENDING:
            text, fill = SENDING_COLOURS[row.village.sending]
            return fill if background else text
        if column in PRINCIPLE_COLUMNS:
            score = row.score(PRINCIPLE_COLUMNS[column])
            if score is None or score.figure is None:
                return None if background else theme.TEXT_MUTED
            if score.flagged:
                return FLAGGED_BACKGROUND if background else theme.ERROR
            return None if background else theme.DONE
        return None

    def _explained(self, row: Row, column: Column) -> str:
        """The cell in words for a tooltip and a screen reader: colour is never the only sign."""
        shown = self.text(row, column)
        if column == Column.VILLAGE:
            return self.tr("{village}, village code {code}").format(
                village=row.village.name, code=row.village.code
            )
        if column not in PRINCIPLE_COLUMNS:
            return shown
        score = row.score(PRINCIPLE_COLUMNS[column])
        if score is None or score.figure is None:
            return self.tr("No data yet")
        if score.flagged:
            return self.tr("{value}: a warning (the program's overview says which)").format(
                value=shown
            )
        return self.tr("{value}: no warning").format(value=shown)


class VillagesFilter(QSortFilterProxyModel):
    """Rows of one sub-district, stage and sending status, whose village, sub-district,
    program or village code holds the searched text; sorted by each column's sort key."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.subdistrict: str | None = None  # a sub-district code
        self.stage: Stage | None = None
        self.sending: Sending | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self,
        *,
        subdistrict: str | None = None,
        stage: Stage | None = None,
        sending: Sending | None = None,
        text: str = "",
    ) -> None:
        self.beginFilterChange()
        self.subdistrict, self.stage, self.sending = subdistrict, stage, sending
        self.text = " ".join(text.casefold().split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, VillagesModel)
        row = model.rows[source_row]
        village, program = row.village, row.program
        if self.subdistrict is not None and village.subdistrict_code != self.subdistrict:
            return False
        if self.sending is not None and village.sending != self.sending:
            return False
        if self.stage is not None and (program is None or program.stage != self.stage):
            return False
        if not self.text:
            return True
        words = [village.name, village.subdistrict_name, village.code]
        if program is not None:
            words.append(program.name)
        return self.text in " ".join(words).casefold()

    def lessThan(self, left: Index, right: Index) -> bool:
        first, second = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(first < second)
        except TypeError:
            return str(first) < str(second)

    def program_at(self, row: int) -> uuid.UUID | None:
        found = self.index(row, 0).data(PROGRAM_ROLE)
        return found if isinstance(found, uuid.UUID) else None
