"""Steps show ✓ only when they hold what they need: a step whose rules have nothing to check
(no problems to rank yet) or that is empty is not ✓, in the side panel of the real wizard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from assess_world import new_program

from desktop.core.domain import Stage

HINTS = {
    "en": (
        "This step holds what it needs.",
        "Nothing is recorded in this step yet.",
        "This step still lacks something.",
    ),
    "id": (
        "Langkah ini sudah berisi yang diperlukan.",
        "Belum ada yang dicatat di langkah ini.",
    ),
}


def _marks(wizard: Any) -> dict[str, tuple[str, str]]:
    panel = wizard.steps_panel
    shown = {}
    for n in range(panel.count()):
        item = panel.item(n)
        shown[wizard.flow.steps[n].id] = (item.text().split()[0], item.toolTip())
    return shown


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_empty_step_is_not_ticked(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    program_id = new_program(demo_db)  # preparation done, the assessment not begun
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = window.show_wizard(Stage.ASSESSMENT)
    qtbot.waitExposed(wizard)
    marks = _marks(wizard)
    # no problems yet: the ranking's rule has nothing to check, yet nothing is ranked either
    assert marks["ranking"] == ("○", HINTS[lang][1])
    assert marks["review"][0] == "·"  # the stage is not ready
    assert not any(glyph == "✓" for glyph, _hint in marks.values()), marks
    wizard.close()

    done = window.show_wizard(Stage.PREPARATION)  # complete: every step holds its records
    qtbot.waitExposed(done)
    marks = _marks(done)
    assert all(glyph == "✓" for glyph, _hint in marks.values()), marks
    assert marks["team"][1] == HINTS[lang][0]
