"""Undo in each window undoes that window's work: the timeline's Undo leaves a wizard's record
alone, and the main window's Edit menu follows the window in front and says what it undoes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from test_wizard_termination import fill_handover, open_termination, query, termination_program

from desktop.core.models import Handover

UNDO = {"en": "Undo", "id": "Urungkan"}


def _live(window: Any, row_id: uuid.UUID) -> bool:
    return not query(window, lambda s: s.get(Handover, row_id).deleted)


def _activate(widget: Any) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.WindowActivate))


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_timeline_undo_leaves_a_wizard_record_alone(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    window = wizard_window(demo_db, termination_program(demo_db), lang=lang)
    wizard = open_termination(window, qtbot, "handovers")
    page = wizard.currentPage()
    fill_handover(page, qtbot, "Pompa air")
    row_id = page.handovers.add()
    assert row_id is not None
    # the wizard's Undo names what it undoes
    said = wizard.undo_action.text()
    assert (
        wizard.undo_action.isEnabled() and said.startswith(UNDO[lang] + " ") and said != UNDO[lang]
    )

    view = window.show_timeline()
    qtbot.waitUntil(lambda: not view.is_loading, timeout=10_000)
    _activate(view.window())
    assert not view.undo_action.isEnabled()  # nothing done on the timeline yet
    view.undo_action.trigger()
    assert _live(window, row_id)
    assert window.undo_group.activeStack() is view.undo_stack

    # back in the wizard, the main window's Edit > Undo is the wizard's, by the same words
    _activate(wizard)
    assert window.undo_action.text() == said
    window.undo_action.trigger()
    assert not _live(window, row_id)
    assert page.handovers.texts() == []
    view.window().close()
    wizard.close()
