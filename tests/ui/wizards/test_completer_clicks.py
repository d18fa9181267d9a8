"""A suggestion list open over the next field never takes the click meant for that field: the
click, routed to the list by Qt as the window system does while a list is open, closes it and
puts the focus, and the typing after it, in the field clicked; a click on a suggestion still
picks it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from keyboard_world import make_program
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_keyboard_manners import contacts_page

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def _on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _open_list(page: Any, qtbot: Any) -> QWidget:
    qtbot.keyClicks(page.person.picker, "a")  # every resident's name has an "a"
    popup = page.person.picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    return popup


def _click_through_list(popup: QWidget, qtbot: Any, point: QPoint) -> None:
    """A click at ``point`` on the screen while the list is open: Qt gives it to the list."""
    window = popup.windowHandle()
    qtbot.mouseClick(window, LEFT, NONE, window.mapFromGlobal(point))
    QApplication.processEvents()


def test_a_click_on_the_field_under_a_suggestion_list_lands_in_that_field(
    tmp_path: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    path = tmp_path / "clicks.sqlite"
    window = wizard_window(path, make_program(path), lang="en")
    _wizard, page = contacts_page(window, qtbot)
    popup = _open_list(page, qtbot)
    role = _on_screen(page.role)
    shown = _on_screen(popup)
    assert shown.intersects(role), "the list is meant to lie over the Role field"

    # the part of the Role field the list leaves visible, right of it
    point = QPoint((shown.right() + role.right()) // 2, role.center().y())
    assert role.contains(point) and not shown.contains(point)
    _click_through_list(popup, qtbot, point)
    assert not popup.isVisible()
    assert QApplication.focusWidget() is page.role

    qtbot.keyClicks(QApplication.focusWidget(), "Kepala desa")
    assert page.role.text() == "Kepala desa"
    assert page.person.picker.text() == "a"  # the first field as it was


def test_a_click_on_a_suggestion_still_picks_it(
    tmp_path: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    path = tmp_path / "clicks.sqlite"
    window = wizard_window(path, make_program(path), lang="en")
    _wizard, page = contacts_page(window, qtbot)
    popup = _open_list(page, qtbot)
    first = popup.visualRect(popup.model().index(0, 0))
    name = popup.model().index(0, 0).data()
    point = popup.viewport().mapToGlobal(first.center())
    assert _on_screen(popup).contains(point)
    qtbot.mouseClick(popup.viewport(), LEFT, NONE, first.center())
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert page.person.picker.chosen_id() is not None
    assert page.person.picker.text() == name.split(" — ")[0]
