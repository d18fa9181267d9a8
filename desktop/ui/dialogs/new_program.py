"""The New program dialog: a searchable village picker, the name and the dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import jobs, theme

if TYPE_CHECKING:
    from desktop.core.places import PlaceInfo

SEARCH_DELAY_MS = 250
MIN_SEARCH = 2


@dataclass(frozen=True)
class VillageChoice:
    code: str
    name: str
    place: str  # district, regency, province


@dataclass(frozen=True)
class ProgramDraft:
    village: VillageChoice
    name: str
    start_date: dt.date
    end_date: dt.date | None
    description: str | None


def _search(text: str) -> list[VillageChoice]:
    from desktop.core.places import search_villages

    return [_choice(place) for place in search_villages(text, limit=60)]


def _choice(place: PlaceInfo) -> VillageChoice:
    _, _, rest = place.path.partition(", ")
    return VillageChoice(place.code, place.name, rest)


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _VillageDelegate(QStyledItemDelegate):
    """The village's name, and under it where it lies, in a quieter colour."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, 2 * option.fontMetrics.height() + 10)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        choice = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(choice, VillageChoice):
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(8, 4, -8, -4)
        line = opt.fontMetrics.height()
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(theme.CARD if selected else theme.TEXT)
        painter.drawText(rect.x(), rect.y(), rect.width(), line, 0, choice.name)
        painter.setFont(opt.font)
        painter.setPen(theme.ACCENT_SOFT if selected else theme.TEXT_MUTED)
        place = opt.fontMetrics.elidedText(choice.place, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + line + 1, rect.width(), line, 0, place)
        painter.restore()


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class NewProgramDialog(QDialog):
    """Asks for what a program needs to start; the window creates it from :attr:`draft`."""

    def __init__(
        self,
        known_villages: Sequence[VillageChoice] = (),
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New program"))
        self.setMinimumWidth(560)
        self._known = list(known_villages)
        self._search_request = 0
        self._tried = False
        self.draft: ProgramDraft | None = None

        self.village_search = QLineEdit(self)
        self.village_search.setPlaceholderText(self.tr("Type the village's name, e.g. Sukamaju"))
        self.village_search.setClearButtonEnabled(True)
        self.village_list = QListWidget(self)
        self.village_list.setMinimumHeight(150)
        self.village_list.setItemDelegate(_VillageDelegate(self.village_list))
        self.village_status = QLabel(self)
        self.village_status.setObjectName("figureDetail")
        self.village_error = _error_label(self)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Clean water for Dusun Krajan"))
        self.name_error = _error_label(self)

        start = today or dt.date.today()
        self.start = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMMM yyyy")
        self.has_end = QCheckBox(self.tr("Set a date"), self)
        self.end = QDateEdit(QDate(start.year + 1, start.month, min(start.day, 28)), self)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("d MMMM yyyy")
        self.end.setEnabled(False)
        self.end_error = _error_label(self)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("What the community wants to achieve"))
        self.description.setFixedHeight(64)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create program"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        village_box = QVBoxLayout()
        village_box.setSpacing(4)
        village_box.addWidget(self.village_search)
        village_box.addWidget(self.village_list)
        village_box.addWidget(self.village_status)
        village_box.addWidget(self.village_error)
        form.addRow(self.tr("Village"), village_box)
        name_box = QVBoxLayout()
        name_box.setSpacing(4)
        name_box.addWidget(self.name)
        name_box.addWidget(self.name_error)
        form.addRow(self.tr("Program name"), name_box)
        form.addRow(self.tr("Start"), self.start)
        end_box = QVBoxLayout()
        end_box.setSpacing(4)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        end_box.addLayout(end_row)
        end_box.addWidget(self.end_error)
        form.addRow(self.tr("Planned end"), end_box)
        form.addRow(self.tr("Description"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.village_search.textChanged.connect(self._search_changed)
        self.village_list.currentItemChanged.connect(lambda *_: self._revalidate())
        self.name.textChanged.connect(lambda *_: self._revalidate())
        self.start.dateChanged.connect(lambda *_: self._check_dates())
        self.end.dateChanged.connect(lambda *_: self._check_dates())
        self.has_end.toggled.connect(self.end.setEnabled)
        self.has_end.toggled.connect(lambda *_: self._check_dates())
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self._show_villages(self._known, known=True)
        self.village_search.setFocus()

    # --- village picker ---------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        text = text.strip()
        self._search_request += 1  # an answer to an older text is no longer wanted
        if not text:
            self._debounce.stop()
            self._show_villages(self._known, known=True)
        elif len(text) < MIN_SEARCH:
            self._debounce.stop()
            self.village_list.clear()
            self.village_status.setText(self.tr("Type at least two letters of the name."))
        else:
            self.village_status.setText(self.tr("Searching…"))
            self._debounce.start()

    def _run_search(self) -> None:
        text = self.village_search.text().strip()
        request = self._search_request
        jobs.run(
            lambda _context: _search(text),
            lambda found: self._search_arrived(request, text, found),
            lambda error: self._search_failed(request, error),
            owner=self,
        )

    def _search_arrived(self, request: int, text: str, found: list[VillageChoice]) -> None:
        if request != self._search_request:
            return
        self._show_villages(found, known=False)
        if not found:
            self.village_status.setText(
                self.tr("No village called “{text}” in the official list.").format(text=text)
            )

    def _search_failed(self, request: int, error: Exception) -> None:
        if request == self._search_request:
            self.village_status.setText(
                self.tr("The list of villages could not be searched: {error}").format(error=error)
            )

    def _show_villages(self, villages: Sequence[VillageChoice], *, known: bool) -> None:
        self.village_list.clear()
        for village in villages:
            item = QListWidgetItem(village.name)
            item.setData(Qt.ItemDataRole.UserRole, village)
            item.setToolTip(f"{village.name}, {village.place} ({village.code})")
            self.village_list.addItem(item)
        if known and villages:
            self.village_status.setText(
                self.tr("Villages you already work in. Type to search all of Indonesia.")
            )
        elif known:
            self.village_status.setText(self.tr("Search among all villages of Indonesia."))
        else:
            self.village_status.setText(
                self.tr("Choose the village from the list ({count} found).").format(
                    count=len(villages)
                )
            )
        if len(villages) == 1:
            self.village_list.setCurrentRow(0)

    def village_choices(self) -> list[VillageChoice]:
        return [
            self.village_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.village_list.count())
        ]

    def chosen_village(self) -> VillageChoice | None:
        item = self.village_list.currentItem()
        if item is None or not item.isSelected():
            return None
        choice = item.data(Qt.ItemDataRole.UserRole)
        return choice if isinstance(choice, VillageChoice) else None

    # --- validation -------------------------------------------------------------------------
    def _check_dates(self) -> bool:
        wrong = self.has_end.isChecked() and self.end.date() < self.start.date()
        self.end_error.setText(
            self.tr("The planned end comes before the start. Choose a later date.") if wrong else ""
        )
        self.end_error.setVisible(wrong)
        return not wrong

    def _revalidate(self) -> None:
        if self._tried:
            self.validate()

    def validate(self) -> bool:
        """Show a message next to every field that is not right yet; True when all are."""
        village_ok = self.chosen_village() is not None
        self.village_error.setText("" if village_ok else self.tr("Choose the program's village."))
        self.village_error.setVisible(not village_ok)
        name_ok = bool(self.name.text().strip())
        self.name_error.setText("" if name_ok else self.tr("Give the program a name."))
        self.name_error.setVisible(not name_ok)
        dates_ok = self._check_dates()
        return village_ok and name_ok and dates_ok

    def _try_accept(self) -> None:
        self._tried = True
        if not self.validate():
            return
        village = self.chosen_village()
        assert village is not None
        description = self.description.toPlainText().strip()
        self.draft = ProgramDraft(
            village=village,
            name=self.name.text().strip(),
            start_date=_to_date(self.start.date()),
            end_date=_to_date(self.end.date()) if self.has_end.isChecked() else None,
            description=description or None,
        )
        self.accept()
