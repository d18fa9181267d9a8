"""The wizards' inputs, driven by the keyboard as a person would."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate, Qt

from desktop.core.errors import issue
from desktop.ui.formatting import rupiah, translate_issue
from desktop.ui.wizards.fields import (
    DateField,
    FieldMessage,
    PickerChoice,
    RupiahEdit,
    SearchPicker,
)


def test_rupiah_shows_indonesian_grouping_while_typing(qtbot: Any) -> None:
    edit = RupiahEdit()
    qtbot.addWidget(edit)
    seen: list[int] = []
    edit.valueChanged.connect(seen.append)
    qtbot.keyClicks(edit, "1500000")
    assert edit.text() == "Rp 1.500.000"
    assert edit.value() == 1_500_000
    assert seen[-1] == 1_500_000
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "Rp 150.000"
    assert rupiah(2_500) == "Rp 2.500"


def test_rupiah_refuses_negatives_and_letters(qtbot: Any) -> None:
    edit = RupiahEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "-25a0,5")
    # issue 15: letters and sen are refused in words, never dropped into another amount
    assert edit.value() == 25
    assert edit.text() == "Rp 25a0,5"
    assert edit.problem() is not None
    assert "-" not in edit.text()
    try:
        edit.setValue(-1)
    except ValueError:
        pass
    else:
        raise AssertionError("a negative amount was taken")
    assert edit.value() == 25
    edit.setValue(0)
    assert edit.text() == "Rp 0"


def test_date_field_shows_day_first_and_picks_from_the_calendar(qtbot: Any) -> None:
    field = DateField(value=dt.date(2026, 3, 2))
    qtbot.addWidget(field)
    field.show()
    assert field.calendarPopup()
    assert field.text() == "02-03-2026"
    calendar = field.calendarWidget()
    calendar.setSelectedDate(QDate(2026, 3, 17))
    calendar.clicked.emit(QDate(2026, 3, 17))  # what a click on the day does
    assert field.date() == dt.date(2026, 3, 17)


def test_optional_date_can_hold_no_date(qtbot: Any) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field)
    assert field.date() is None
    assert field.text() == "—"
    field.set_date(dt.date(2026, 1, 5))
    assert field.date() == dt.date(2026, 1, 5)
    field.lineEdit().selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.date() is None


def test_search_picker_narrows_and_is_chosen_by_keyboard(qtbot: Any) -> None:
    ids = [uuid.UUID(int=n) for n in range(1, 4)]
    picker = SearchPicker(
        choices=[
            PickerChoice(ids[0], "Siti Aminah", "Guru"),
            PickerChoice(ids[1], "Budi Santoso", "Petani"),
            PickerChoice(ids[2], "Siti Rahayu", ""),
        ]
    )
    qtbot.addWidget(picker)
    picker.show()
    picker.setFocus()
    chosen: list[object] = []
    picker.chosen.connect(chosen.append)
    qtbot.keyClicks(picker, "raha")
    popup = picker.completer().popup()
    assert popup.isVisible()
    assert picker.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.chosen_id() == ids[2]
    assert picker.text() == "Siti Rahayu"
    assert chosen[-1] == ids[2]
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)
    assert picker.chosen_id() is None
    picker.choose(ids[1])
    assert picker.text() == "Budi Santoso"


def test_field_message_says_the_issue_in_the_interface_language(qtbot: Any) -> None:
    message = FieldMessage()
    qtbot.addWidget(message)
    found = issue("role", "Give the facilitator's role.")
    assert translate_issue(found) == "Give the facilitator's role."  # no translator installed
    message.show_issues([found])
    assert not message.isHidden()
    assert message.text() == "Give the facilitator's role."
    message.clear_message()
    assert message.isHidden()
