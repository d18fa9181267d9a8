"""A record naming a person or group by typed text links to the one meant or asks first: a
name that is no one's offers a new person (prefilled) or Cancel, never a record without it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.domain import Stage
from desktop.ui.wizards.people import NewPersonDialog

VILLAGE = "32.05.20.2002"  # a demo village (seed 1) with people and groups
QUESTION = {
    "en": ("New person?", "No one called “Yohana Ximenes” is in the list of people."),
    "id": ("Orang baru?", "Tidak ada orang bernama “Yohana Ximenes” di daftar warga."),
}
NOT_LISTED = {
    "en": "“Kelompok Tak Ada” is not in the list: pick one from the list, or clear the field.",
    "id": "“Kelompok Tak Ada” tidak ada di daftar: pilih dari daftar, atau kosongkan isian ini.",
}


def _new_program(path: Path) -> uuid.UUID:
    from desktop.core.database import open_database
    from desktop.core.programs import create_program

    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            changes = create_program(
                session,
                village_code=VILLAGE,
                name="Sumur bor Dusun Kidul",
                start_date=dt.date(2026, 1, 5),
                end_date=dt.date(2027, 6, 30),
            )
    finally:
        database.dispose()
    return changes.created[0]


def _page(window: Any, qtbot: Any, step: str) -> Any:
    wizard = window.show_wizard(Stage.PREPARATION)
    qtbot.waitExposed(wizard)
    wizard.go_to_step(step)
    return wizard.currentPage()


def _question(page: Any, qtbot: Any) -> QMessageBox:
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "newPersonQuestion") is not None)
    box = page.findChild(QMessageBox, "newPersonQuestion")
    qtbot.waitUntil(box.isVisible)
    return box


def _note(page: Any, qtbot: Any, author: str) -> None:
    page.text.setFocus()
    qtbot.keyClicks(page.text, "Warga mengambil air 2 km dari rumah.")
    page.author.picker.setFocus()
    qtbot.keyClicks(page.author.picker, author)
    page.author.picker.completer().popup().hide()
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_field_note_by_no_one_listed_asks_new_person_then_saves_it_linked(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    window = wizard_window(demo_db, _new_program(demo_db), lang=lang)
    page = _page(window, qtbot, "field_notes")
    _note(page, qtbot, "Yohana Ximenes")

    box = _question(page, qtbot)
    assert (box.windowTitle(), box.text()) == QUESTION[lang]
    assert page.notes.texts() == []  # nothing saved while the question stands
    cancel = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
    )
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "newPersonQuestion") is None)
    assert page.notes.texts() == [] and page.author.picker.text() == "Yohana Ximenes"

    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = _question(page, qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: New person…
    qtbot.waitUntil(lambda: page.findChild(NewPersonDialog) is not None)
    dialog = page.findChild(NewPersonDialog)
    assert dialog.name.text() == "Yohana Ximenes"  # prefilled with what was typed
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.save()
    qtbot.waitUntil(lambda: len(page.notes.texts()) == 1)  # saved once the person is
    (row,) = page.notes.texts()
    assert row[1:] == ("Warga mengambil air 2 km dari rumah.", "Yohana Ximenes")


def test_a_name_typed_exactly_links_to_that_person_without_asking(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    window = wizard_window(demo_db, _new_program(demo_db), lang="en")
    page = _page(window, qtbot, "field_notes")
    labels = [c.label for c in page.author.picker.choices()]
    name = next(label for label in labels if labels.count(label) == 1)
    _note(page, qtbot, name.upper())  # any case, not picked from the list
    qtbot.waitUntil(lambda: len(page.notes.texts()) == 1)
    assert page.findChild(QMessageBox, "newPersonQuestion") is None
    assert page.notes.texts()[0][2] == name


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_group_not_listed_is_said_under_its_field_and_nothing_saved(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    window = wizard_window(demo_db, _new_program(demo_db), lang=lang)
    page = _page(window, qtbot, "key_contacts")
    page.group.setFocus()
    qtbot.keyClicks(page.group, "Kelompok Tak Ada")
    page.group.completer().popup().hide()
    page.role.setFocus()
    qtbot.keyClicks(page.role, "Lembaga mitra")
    qtbot.keyClick(page.role, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert page.contacts.texts() == []
    message = page.messages["group"]
    assert message.isVisible() and message.text() == NOT_LISTED[lang]
    page.group.setFocus()
    page.group.selectAll()
    qtbot.keyClick(page.group, Qt.Key.Key_Delete)
    assert not message.isVisible()  # gone once its cause is


@pytest.mark.parametrize("lang", ["id", "en"])
def test_new_person_messages_are_whole_and_go_once_fixed(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    from desktop.ui import accessibility

    window = wizard_window(demo_db, _new_program(demo_db), lang=lang)
    page = _page(window, qtbot, "team")
    dialog = NewPersonDialog(page, "")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not accessibility.unnamed(dialog)
    dialog.save()  # neither name nor sex: both refused, in full sentences
    qtbot.wait(50)
    shown = [m for m in dialog.messages.values() if m.isVisible()]
    assert len(shown) == 2
    for message in shown:
        assert message.text()
        assert message.heightForWidth(message.width()) <= message.height()  # not cut
        assert message.sizeHint().width() <= message.width() or message.wordWrap()
    qtbot.keyClicks(dialog.name, "Bu Sri")
    assert not dialog.messages["name"].isVisible()  # its cause fixed: it goes
    assert dialog.messages["sex"].isVisible()
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    assert not dialog.messages["sex"].isVisible()
    dialog.reject()
