"""The wizards' keyboard manners on their own: Escape over typing not yet saved asks, and
Keep editing keeps it, Discard forgets it, Save records it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from keyboard_world import make_program
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.domain import Stage

QUESTION = {
    "en": ("What you typed is not saved yet.", "&Keep editing", "&Discard", "&Save"),
    "id": ("Yang Anda ketik belum disimpan.", "&Lanjut mengisi", "&Buang", "&Simpan"),
}


def contacts_page(window: Any, qtbot: Any) -> Any:
    wizard = window.show_wizard(Stage.PREPARATION)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.go_to_step("key_contacts")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.person.picker.hasFocus())  # the page's first field
    qtbot.wait(10)  # the page's own deferred focus on it has run
    return wizard, page


def _ask(wizard: Any, qtbot: Any) -> QMessageBox:
    wizard.activateWindow()  # as the window manager does once the question is gone
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: getattr(wizard, "typing_question", None) is not None)
    box = wizard.typing_question
    assert box.isVisible()
    return box


def _answer(box: QMessageBox, qtbot: Any, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # the answer by keys: Tab to it, Space
    for _ in range(6):
        if QApplication.focusWidget() is button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_escape_over_typing_asks_and_each_answer_does_what_it_says(
    tmp_path: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    from desktop.core.readers.preparation import key_contacts

    path = tmp_path / "manners.sqlite"
    program_id = make_program(path)
    window = wizard_window(path, program_id, lang=lang)
    asked, keep, discard, save = QUESTION[lang]
    contacts = lambda: window.workspace.read(lambda s: key_contacts(s, program_id))  # noqa: E731

    wizard, page = contacts_page(window, qtbot)
    page.role.setFocus()
    qtbot.keyClicks(page.role, "Ketua RT")
    box = _ask(wizard, qtbot)
    assert box.text() == asked
    assert "Ketua RT" in box.informativeText()
    _answer(box, qtbot, keep)
    assert wizard.isVisible() and page.role.text() == "Ketua RT"

    with qtbot.waitSignal(wizard.destroyed):
        _answer(_ask(wizard, qtbot), qtbot, discard)
    wizard, page = contacts_page(window, qtbot)
    assert page.role.text() == ""  # no draft brought back
    assert contacts() == ()

    qtbot.keyClick(page.person.picker, Qt.Key.Key_Down)  # the whole list; its first name
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Return)
    page.role.setFocus()
    qtbot.keyClicks(page.role, "Kepala desa")
    with qtbot.waitSignal(wizard.destroyed):
        _answer(_ask(wizard, qtbot), qtbot, save)
    assert [c.role for c in contacts()] == ["Kepala desa"]
