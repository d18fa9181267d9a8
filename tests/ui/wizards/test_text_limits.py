"""Every text box of the formalisation and termination pages whose text a table shows counts
its characters near the core's limit (``190/200``), red beyond it, and never cuts what was
typed: the core says in words what is too long."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from test_wizard_formalisation import _open, _program
from test_wizard_termination import open_termination, termination_program

from desktop.core.stages.guards import NOTE_MAX, TITLE_MAX
from desktop.ui import theme
from desktop.ui.wizards.fields import LengthCount

FORMALISATION = {
    "activities": {"activity_title": TITLE_MAX},
    "budget": {"description": TITLE_MAX},
    "indicators": {"name": TITLE_MAX, "unit": TITLE_MAX},
}
TERMINATION = {"checklist": {"item_text": NOTE_MAX}, "handovers": {"description": TITLE_MAX}}


def _check(edit: QLineEdit, limit: int) -> None:
    counts = [c for c in edit.findChildren(LengthCount) if c.limit == limit]
    assert counts, f"{edit.objectName() or type(edit).__name__} has no count of {limit}"
    label: QLabel = counts[0].label
    edit.setFocus()
    edit.setText("x" * (limit // 2))
    assert not label.isVisible()  # far from the limit: nothing to say
    near = int(limit * 0.95)
    edit.setText("x" * near)
    assert label.isVisible() and label.text() == f"{near}/{limit}"
    assert theme.TEXT_MUTED.name() in label.styleSheet()
    edit.setText("x" * (limit + 3))
    assert label.text() == f"{limit + 3}/{limit}" and theme.ERROR.name() in label.styleSheet()
    assert edit.text() == "x" * (limit + 3)  # never cut
    edit.clear()
    assert not label.isVisible()


def _limited(page: Any, names: dict[str, int]) -> None:
    """The page's text boxes with a count are exactly those named here (none forgotten)."""
    counted = {name for name, widget in vars(page).items() if isinstance(widget, QLineEdit)}
    with_count = {n for n in counted if getattr(page, n).findChildren(LengthCount)}
    assert with_count == set(names)


@pytest.mark.parametrize("step", sorted(FORMALISATION))
def test_formalisation_texts_count_near_their_limit(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, step: str
) -> None:
    window = wizard_window(demo_db, _program(demo_db, activities=True), lang="en")
    wizard = _open(window, qtbot)
    wizard.go_to_step(step)
    page = wizard.currentPage()
    _limited(page, FORMALISATION[step])
    for name, limit in FORMALISATION[step].items():
        _check(getattr(page, name), limit)


@pytest.mark.parametrize("step", sorted(TERMINATION))
def test_termination_texts_count_near_their_limit(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, step: str
) -> None:
    window = wizard_window(demo_db, termination_program(demo_db), lang="en")
    page = open_termination(window, qtbot, step).currentPage()
    _limited(page, TERMINATION[step])
    for name, limit in TERMINATION[step].items():
        _check(getattr(page, name), limit)
