"""The New program dialog: a searchable village picker (the device's own villages first), the
name and the dates. The picker is shared with the first start's choice of places."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
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

from desktop.core.stages.guards import NAME_MAX
from desktop.ui import accessibility, jobs, theme
from desktop.ui.wizards.fields import count_length

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.places import PlaceInfo
    from desktop.ui.workspace import Workspace

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


def search_villages(text: str) -> list[VillageChoice]:
    from desktop.core.places import search_villages

    return [choice_of(place) for place in search_villages(text, limit=60)]


def choice_of(place: PlaceInfo) -> VillageChoice:
    _, _, rest = place.path.partition(", ")
    return VillageChoice(place.code, place.name, rest)


@dataclass(frozen=True)
class OwnPlaces:
    """The places this laptop works for (codes) and their villages, offered first."""

    scope: tuple[str, ...]
    villages: tuple[VillageChoice, ...]


def read_own_places(session: Session) -> OwnPlaces:
    """Runs in a job: the device's places and the villages it may make programs in."""
    from desktop.core.device import own_scope, own_villages

    return OwnPlaces(own_scope(session), tuple(choice_of(v) for v in own_villages(session)))


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


@dataclass(frozen=True)
class PickerTexts:
    """What a picker says, in its owner's words (and translation context)."""

    placeholder: str
    too_short: str
    searching: str
    none_found: str  # {text}
    failed: str  # {error}
    known: str
    nothing_known: str
    found: str  # {count}


class PlacePicker(QWidget):
    """A search field over the official list, the places found, and a line saying what the list
    shows. Searches run off the GUI thread, a moment after the typing stops."""

    chosen = Signal()  # the current place changed
    activated = Signal(object)  # a place was double-clicked or Enter was pressed on it

    def __init__(
        self,
        search: Callable[[str], list[VillageChoice]],
        texts: PickerTexts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self.texts = texts
        self._known: list[VillageChoice] = []
        self._request = 0
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(150)
        self.list.setItemDelegate(_VillageDelegate(self.list))
        self.status = QLabel(self)
        self.status.setObjectName("figureDetail")
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.line)
        box.addWidget(self.list)
        box.addWidget(self.status)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.line.textChanged.connect(self._search_changed)
        self.list.currentItemChanged.connect(lambda *_: self.chosen.emit())
        self.list.itemActivated.connect(
            lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.set_texts(texts)

    def set_search(self, search: Callable[[str], list[VillageChoice]]) -> None:
        self._search = search

    def set_texts(self, texts: PickerTexts) -> None:
        self.texts = texts
        self.line.setPlaceholderText(texts.placeholder)
        if not self.line.text().strip():
            self._show(self._known, known=True)

    def set_known(self, known: Sequence[VillageChoice]) -> None:
        """The places offered before anything is typed (shown now if nothing is typed)."""
        self._known = list(known)
        if not self.line.text().strip():
            self._show(self._known, known=True)

    def _search_changed(self, text: str) -> None:
        text = text.strip()
        self._request += 1  # an answer to an older text is no longer wanted
        if not text:
            self._debounce.stop()
            self._show(self._known, known=True)
        elif len(text) < MIN_SEARCH:
            self._debounce.stop()
            self.list.clear()
            self.status.setText(self.texts.too_short)
        else:
            self.status.setText(self.texts.searching)
            self._debounce.start()

    def _run_search(self) -> None:
        text = self.line.text().strip()
        request = self._request
        search = self._search
        jobs.run(
            lambda _context: search(text),
            lambda found: self._arrived(request, text, found),
            lambda error: self._failed(request, error),
            owner=self,
        )

    def _arrived(self, request: int, text: str, found: list[VillageChoice]) -> None:
        if request != self._request:
            return
        self._show(found, known=False)
        if not found:
            self.status.setText(self.texts.none_found.format(text=text))

    def _failed(self, request: int, error: Exception) -> None:
        if request == self._request:
            self.status.setText(self.texts.failed.format(error=error))

    def _show(self, places: Sequence[VillageChoice], *, known: bool) -> None:
        self.list.clear()
        for place in places:
            item = QListWidgetItem(place.name)
            item.setData(Qt.ItemDataRole.UserRole, place)
            item.setToolTip(f"{place.name}, {place.place} ({place.code})")
            self.list.addItem(item)
        if known:
            self.status.setText(self.texts.known if places else self.texts.nothing_known)
        else:
            self.status.setText(self.texts.found.format(count=len(places)))
        if len(places) == 1:
            self.list.setCurrentRow(0)

    def choices(self) -> list[VillageChoice]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def current(self) -> VillageChoice | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        choice = item.data(Qt.ItemDataRole.UserRole)
        return choice if isinstance(choice, VillageChoice) else None


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class NewProgramDialog(QDialog):
    """Asks for what a program needs to start; the window creates it from :attr:`draft`.

    With a ``workspace`` the device's own villages are offered first, and a village outside its
    places is refused here as the core would refuse it."""

    def __init__(
        self,
        known_villages: Sequence[VillageChoice] = (),
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        workspace: Workspace | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New program"))
        self.setMinimumWidth(560)
        self._known = list(known_villages)
        self._scope: tuple[str, ...] = ()
        self._tried = False
        self.draft: ProgramDraft | None = None

        self.picker = PlacePicker(search_villages, self._picker_texts(), self)
        self.village_search = self.picker.line
        self.village_list = self.picker.list
        self.village_status = self.picker.status
        self.village_error = _error_label(self)

        self.name = count_length(QLineEdit(self), NAME_MAX)
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
        self.description.setTabChangesFocus(True)

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
        village_box.addWidget(self.picker)
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

        self.picker.chosen.connect(self._revalidate)
        self.name.textChanged.connect(lambda *_: self._revalidate())
        self.start.dateChanged.connect(lambda *_: self._check_dates())
        self.end.dateChanged.connect(lambda *_: self._check_dates())
        self.has_end.toggled.connect(self.end.setEnabled)
        self.has_end.toggled.connect(lambda *_: self._check_dates())
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.set_known(self._known)
        self.village_search.setFocus()
        if workspace is not None:
            workspace.fetch(read_own_places, self.set_own_places, owner=self)
        accessibility.name_widgets(self)

    def _picker_texts(self) -> PickerTexts:
        return PickerTexts(
            placeholder=self.tr("Type the village's name, e.g. Sukamaju"),
            too_short=self.tr("Type at least two letters of the name."),
            searching=self.tr("Searching…"),
            none_found=self.tr("No village called “{text}” in the official list."),
            failed=self.tr("The list of villages could not be searched: {error}"),
            known=self.tr("Villages you already work in. Type to search all of Indonesia."),
            nothing_known=self.tr("Search among all villages of Indonesia."),
            found=self.tr("Choose the village from the list ({count} found)."),
        )

    def set_own_places(self, own: OwnPlaces) -> None:
        """The device's places: their villages come first, and only they may be chosen."""
        self._scope = own.scope
        if not own.scope:
            return
        first = list(own.villages)
        codes = {village.code for village in first}
        self._known = first + [v for v in self._known if v.code not in codes]
        self.picker.set_known(self._known)

    # --- the village ------------------------------------------------------------------------
    def village_choices(self) -> list[VillageChoice]:
        return self.picker.choices()

    def chosen_village(self) -> VillageChoice | None:
        return self.picker.current()

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

    def _village_problem(self) -> str:
        from desktop.core.places import covers

        village = self.chosen_village()
        if village is None:
            return self.tr("Choose the program's village.")
        if self._scope and not covers(self._scope, village.code):
            return self.tr(
                "This laptop does not work for {village}: a program can only be made in its "
                "own villages. To work there too, add the village in Settings first."
            ).format(village=village.name)
        return ""

    def validate(self) -> bool:
        """Show a message next to every field that is not right yet; True when all are."""
        problem = self._village_problem()
        self.village_error.setText(problem)
        self.village_error.setVisible(bool(problem))
        name_ok = bool(self.name.text().strip())
        self.name_error.setText("" if name_ok else self.tr("Give the program a name."))
        self.name_error.setVisible(not name_ok)
        dates_ok = self._check_dates()
        return not problem and name_ok and dates_ok

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
