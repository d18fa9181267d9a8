"""The steps down the wizard's side: what each step still lacks, and going to a step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from assess_world import new_program

from desktop.core.domain import Stage


def _texts(wizard: Any) -> list[str]:
    panel = wizard.steps_panel
    return [" ".join(panel.item(n).text().split()) for n in range(panel.count())]


def test_the_panel_marks_what_is_missing_and_goes_to_a_step(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = new_program(demo_db)  # preparation done, the assessment not begun
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = window.show_wizard(Stage.ASSESSMENT)
    qtbot.waitExposed(wizard)
    texts = _texts(wizard)
    assert len(texts) == len(wizard.flow.steps)
    assert texts[0].endswith(
        "1. " + " ".join(wizard.page_for(wizard.flow.first_step).title().split())
    )
    lacking = [t for t in texts if t.startswith("○")]
    assert lacking, texts  # an assessment just begun lacks nearly everything
    # choosing the last step walks forward with Next and stops at the first step that lacks
    # something (its messages show there); choosing the first step goes back
    panel = wizard.steps_panel
    panel.itemClicked.emit(panel.item(panel.count() - 1))
    stopped = wizard.flow.step_ids.index(wizard.current_step())
    assert texts[stopped].startswith("○") or stopped == panel.count() - 1
    panel.itemClicked.emit(panel.item(0))
    assert wizard.current_step() == wizard.flow.first_step
    bold = [panel.item(n).font().bold() for n in range(panel.count())]
    assert bold == [n == 0 for n in range(panel.count())]
