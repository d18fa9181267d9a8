"""A keyboard path through the program, with key events only (sent where Qt sends them: the
open list, else the focused widget): a new program made with Ctrl+N, then one test per stage,
each opening its window and its wizard by keys (the stepper or the Stage menu's Alt+number) and
recording its key step, up to the termination that closes the program. The tests share one
small database and run in order: each takes the same program one stage further."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from keyboard_world import GROUP, make_village
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from desktop.core.domain import Stage, StageStatus
from desktop.ui.wizards.fields import CountEdit

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keys:
    """Presses keys as a person does: on the open list, else on the focused widget."""

    def __init__(self, qtbot: Any, window: QWidget) -> None:
        self.qtbot, self.window = qtbot, window
        self.windows = [window]  # those that had the keyboard, the latest last

    def target(self) -> QWidget:
        if QApplication.activeWindow() is None:  # as a window manager does after a dialog:
            shown = [w for w in self.windows if isValid(w) and w.isVisible()]  # the one under it
            top = QApplication.activeModalWidget() or shown[-1]
            top.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
        found = (  # with no field focused, Qt gives the keys to the window itself
            QApplication.activePopupWidget()
            or QApplication.focusWidget()
            or QApplication.activeWindow()
        )
        assert found is not None, "no window has the keyboard"
        if found.window() is not self.windows[-1]:
            self.windows.append(found.window())
        return found

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.target(), key, modifiers)
            QApplication.processEvents()  # a person's next key comes after the window's work

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.target(), text)
        QApplication.processEvents()

    def tab_to(self, name: str, *, limit: int = 30) -> QWidget:
        """Tab until the widget whose accessible name is ``name`` has the keyboard."""
        seen = []
        for _ in range(limit):
            focused = QApplication.focusWidget()
            if focused is not None and focused.accessibleName() == name:
                return focused
            seen.append(focused.accessibleName() if focused is not None else "-")
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {name!r}; it went {seen}")

    def focus_in(self, top: QWidget) -> None:
        self.qtbot.waitUntil(
            lambda: (
                QApplication.focusWidget() is not None
                and QApplication.focusWidget().window() is top
            )
        )


def _read(window: Any, query: Callable[[Any], Any]) -> Any:
    return window.workspace.read(query)


def _status(window: Any, program_id: uuid.UUID, stage: Stage) -> StageStatus:
    from desktop.core.readers.snapshot import read_snapshot

    return _read(window, lambda s: read_snapshot(s, program_id, stage)).status


def _open_stage(keys: Keys, window: Any) -> Any:
    """Tab to the stage stepper, Enter on its current stage: the wizard opens."""
    keys.tab_to("Stages of the program")
    keys.press(Qt.Key.Key_Return)
    wizard = QApplication.activeWindow()
    keys.qtbot.waitUntil(lambda: QApplication.activeWindow() is not window)
    wizard = QApplication.activeWindow()
    keys.focus_in(wizard)
    return wizard


def _pick_first(keys: Keys) -> None:
    """Down opens a picker's whole list; Down and Enter take its first name."""
    keys.press(Qt.Key.Key_Down)
    keys.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)


@pytest.fixture(scope="module")
def journey_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database for the whole journey: each test takes the program one stage further."""
    path = tmp_path_factory.mktemp("journey") / "journey.sqlite"
    make_village(path)
    return path


def test_1_a_new_program_and_its_preparation_made_with_the_keyboard_only(
    journey_db: Path, open_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.readers.preparation import field_notes, key_contacts, team

    path = journey_db
    window = open_window(path, lang="en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = Keys(qtbot, window)

    keys.press(Qt.Key.Key_N, CTRL)  # File > New program
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    keys.focus_in(dialog)
    keys.press(Qt.Key.Key_Tab)  # from the village search to the villages found
    keys.press(Qt.Key.Key_Down)  # the first village this laptop works for
    keys.tab_to("Program name")
    keys.type("Sumur bor Dusun Kidul")
    keys.tab_to("Description")  # Tab leaves the description box too
    keys.type("Air bersih untuk 60 rumah.")
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget().accessibleName() != "Description"
    with qtbot.waitSignal(window.navigator_loaded, timeout=10_000):
        keys.press(Qt.Key.Key_Return)
    program_id = window.navigator.selected_program()
    assert program_id is not None
    qtbot.waitUntil(lambda: window.overview.title.text() == "Sumur bor Dusun Kidul")

    wizard = _open_stage(keys, window)
    assert wizard.current_step() == "team"
    assert QApplication.focusWidget().accessibleName() == "Person"  # the first field
    _pick_first(keys)
    keys.tab_to("Role")
    keys.type("Pendamping desa")
    keys.press(Qt.Key.Key_Escape)  # closes the role's suggestions, not the wizard
    assert wizard.isVisible()
    keys.tab_to("Assigned on")  # an empty date passes the focus on
    keys.tab_to("Add to the team")
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: team(s, program_id))) == 1)

    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Next
    assert wizard.current_step() == "entry_plan"
    keys.type("Sowan ke kepala desa, lalu ikut pertemuan PKK.")
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == "key_contacts"
    _pick_first(keys)
    keys.tab_to("Role")
    keys.type("Kepala desa")
    keys.press(Qt.Key.Key_Return)  # Enter in a field adds the record
    qtbot.waitUntil(lambda: len(_read(window, lambda s: key_contacts(s, program_id))) == 1)

    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == "field_notes"
    keys.tab_to("Note")
    keys.type("Warga mengambil air 2 km dari rumah.")
    keys.tab_to("Written by")
    _pick_first(keys)
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    keys.tab_to("Note")
    keys.press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: field_notes(s, program_id))) == 1)

    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == "review"
    with qtbot.waitSignal(wizard.completed):
        keys.tab_to("Finish")
        keys.press(Qt.Key.Key_Space)
    assert _status(window, program_id, Stage.PREPARATION) is StageStatus.DONE
    assert _read(window, lambda s: team(s, program_id))[0].role == "Pendamping desa"


def _chain(top: QWidget) -> list[str]:
    start = QApplication.focusWidget()
    out, w = [], start
    for _ in range(600):
        w = w.nextInFocusChain()
        if w is start or not isinstance(w, QWidget):
            break
        if (
            w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and top.isAncestorOf(w)
        ):
            out.append(f"{type(w).__name__}:{w.accessibleName()}")
    return out


def _select_program(keys: Keys, window: Any) -> None:
    """In the navigator, the arrow keys go down the villages into their programs."""
    keys.tab_to("Villages and programs")
    for _ in range(6):
        if window.navigator.selected_program() is not None:
            return
        keys.press(Qt.Key.Key_Down)
        keys.press(Qt.Key.Key_Right)
    raise AssertionError("the arrow keys never reached a program")


ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _next(keys: Keys, wizard: Any, step: str) -> None:
    keys.press(Qt.Key.Key_N, ALT)
    assert wizard.current_step() == step, _chain(wizard)


def test_2_the_assessment_with_the_keyboard_only(
    journey_db: Path, open_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.readers import assessment as read
    from desktop.core.readers.meetings import meetings

    window = open_window(journey_db, lang="en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = Keys(qtbot, window)
    _select_program(keys, window)
    program_id = window.navigator.selected_program()
    wizard = _open_stage(keys, window)
    assert wizard.current_step() == "meetings"
    keys.tab_to("Title")
    keys.type("Musyawarah dusun")
    keys.tab_to("Others counted: women")
    keys.type("12")
    keys.tab_to("men")
    keys.type("9")
    keys.tab_to("Add meeting")
    keys.press(Qt.Key.Key_Space)

    def found():
        return _read(window, lambda s: meetings(s, program_id, Stage.ASSESSMENT))

    qtbot.waitUntil(lambda: len(found()) == 1)

    _next(keys, wizard, "problems")
    keys.type("Air bersih sulit")
    keys.tab_to("Raised by")
    _pick_first(keys)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: read.problems(s, program_id))) == 1)
    keys.type("Jalan desa rusak")
    keys.tab_to("Raised by")
    _pick_first(keys)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: read.problems(s, program_id))) == 2)

    _next(keys, wizard, "resources")
    keys.tab_to("Resource")
    keys.type("Mata air Sendang")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: read.resources(s, program_id))) == 1)

    _next(keys, wizard, "ranking")
    keys.tab_to("Points to add to “Air bersih sulit”")
    keys.type("14")
    keys.tab_to("Points to add to “Jalan desa rusak”")
    keys.type("6")
    keys.tab_to("Add these points")
    keys.press(Qt.Key.Key_Space)
    keys.tab_to("Prioritise the first")
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type("1")
    keys.tab_to("Prioritise")
    keys.press(Qt.Key.Key_Space)

    def ranked():
        return _read(window, lambda s: read.ranking(s, program_id)).problems

    qtbot.waitUntil(lambda: [p.title for p in ranked() if p.prioritised] == ["Air bersih sulit"])

    _next(keys, wizard, "review")
    with qtbot.waitSignal(wizard.completed):
        keys.tab_to("Finish")
        keys.press(Qt.Key.Key_Space)
    assert _status(window, program_id, Stage.ASSESSMENT) is StageStatus.DONE


def _window(open_window: Callable[..., Any], path: Path, qtbot: Any) -> tuple[Any, Keys, uuid.UUID]:
    window = open_window(path, lang="en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = Keys(qtbot, window)
    _select_program(keys, window)
    program_id = window.navigator.selected_program()
    assert program_id is not None
    return window, keys, program_id


def _by_menu(keys: Keys, window: Any, stage: Stage) -> Any:
    """Alt+<number> of the Stage menu opens the stage's wizard."""
    keys.press(getattr(Qt.Key, f"Key_{stage.number}"), ALT)
    keys.qtbot.waitUntil(lambda: QApplication.activeWindow() is not window)
    wizard = QApplication.activeWindow()
    keys.focus_in(wizard)
    return wizard


def test_3_planning_opened_from_the_stage_menu(
    journey_db: Path, open_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.readers import planning as read

    window, keys, program_id = _window(open_window, journey_db, qtbot)
    wizard = _by_menu(keys, window, Stage.PLANNING)
    assert wizard.current_step() == "alternatives"
    keys.tab_to("Alternative")
    keys.type("Sumur bor bersama")
    keys.tab_to("Proposed by")
    _pick_first(keys)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: read.alternatives(s, program_id))) == 1)
    _next(keys, wizard, "criteria")
    _next(keys, wizard, "scoring")  # the votes: the first alternative is picked already
    keys.press(Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), CountEdit)
    keys.type("15")
    keys.tab_to("Add votes")
    keys.press(Qt.Key.Key_Space)

    def grid():
        return _read(window, lambda s: read.score_grid(s, program_id)).rows

    qtbot.waitUntil(lambda: [row.votes for row in grid()] == [15])
    _next(keys, wizard, "choice")
    keys.tab_to("Choose the best of each problem")
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: [c.chosen for c in _read(window, lambda s: read.choices(s, program_id))] == [True]
    )
    _next(keys, wizard, "review")
    _finish(keys, wizard)
    assert _status(window, program_id, Stage.PLANNING) is StageStatus.DONE


def _finish(keys: Keys, wizard: Any) -> None:
    with keys.qtbot.waitSignal(wizard.completed):
        keys.tab_to("Finish")
        keys.press(Qt.Key.Key_Space)


def test_4_the_formalisation_with_the_keyboard_only(
    journey_db: Path, open_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.readers import formalisation as read

    window, keys, program_id = _window(open_window, journey_db, qtbot)
    wizard = _open_stage(keys, window)
    assert wizard.current_step() == "action_plans"
    assert QApplication.focusWidget().accessibleName() == "Chosen alternative"
    _pick_first(keys)
    keys.tab_to("Group carrying it")
    _pick_first(keys)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: read.plan_rows(s, program_id))) == 1)

    _next(keys, wizard, "activities")
    keys.tab_to("Activity")
    keys.type("Pengeboran sumur")
    keys.tab_to("Responsible group")
    _pick_first(keys)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: read.activity_rows(s, program_id))) == 1)

    _next(keys, wizard, "dependencies")  # optional: one activity depends on nothing
    _next(keys, wizard, "budget")
    assert QApplication.focusWidget().accessibleName() == "Activity"
    _pick_first(keys)
    keys.tab_to("Item")
    keys.type("Pipa PVC")
    keys.tab_to("Quantity")
    keys.type("20")
    keys.tab_to("Unit value")
    keys.type("75000")
    keys.press(Qt.Key.Key_Return)

    def lines():
        return _read(window, lambda s: read.budget(s, program_id))

    qtbot.waitUntil(lambda: [b.amount for b in lines().lines] == [1_500_000])

    _next(keys, wizard, "indicators")
    keys.tab_to("Indicator")
    keys.type("Rumah dengan air bersih")
    keys.tab_to("Unit")
    keys.type("rumah")
    keys.tab_to("Baseline (now)")
    keys.type("12")
    keys.tab_to("Target")
    keys.type("60")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: read.indicator_rows(s, program_id))) == 1)

    _next(keys, wizard, "agreement")
    keys.tab_to("Number")
    keys.type("001/BA/XII/2026")
    keys.tab_to("Signatory")
    keys.type("Budi Santoso")
    keys.tab_to("Role")
    keys.type("Kepala desa")
    keys.press(Qt.Key.Key_Escape)  # the roles' suggestions
    keys.press(Qt.Key.Key_Return)

    def plan():
        return _read(window, lambda s: read.plan_rows(s, program_id))[0]

    qtbot.waitUntil(lambda: plan().agreed)
    _next(keys, wizard, "review")
    _finish(keys, wizard)
    assert _status(window, program_id, Stage.FORMALISATION) is StageStatus.DONE


def test_5_the_implementation_opened_from_the_stage_menu(
    journey_db: Path, open_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.readers import implementation as read

    window, keys, program_id = _window(open_window, journey_db, qtbot)
    wizard = _by_menu(keys, window, Stage.IMPLEMENTATION)
    assert wizard.current_step() == "progress"
    keys.tab_to("Progress (%)")
    keys.type("100")
    keys.tab_to("Carried by")
    _pick_first(keys)
    keys.tab_to("Add progress")
    keys.press(Qt.Key.Key_Space)

    def rows():
        return _read(window, lambda s: read.progress_rows(s, program_id))

    QApplication.processEvents()
    qtbot.waitUntil(lambda: len(rows()) == 1)

    _next(keys, wizard, "contributions")
    keys.tab_to("Value")
    keys.type("500000")
    keys.tab_to("Given by")
    _pick_first(keys)
    keys.tab_to("Add contribution")
    keys.press(Qt.Key.Key_Space)

    def given():
        return _read(window, lambda s: read.contribution_rows(s, program_id))

    qtbot.waitUntil(lambda: len(given()) == 1)
    _next(keys, wizard, "evidence")  # optional: photos
    _next(keys, wizard, "review")
    _finish(keys, wizard)
    assert _status(window, program_id, Stage.IMPLEMENTATION) is StageStatus.DONE


def test_6_the_evaluation_with_the_keyboard_only(
    journey_db: Path, open_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.readers import evaluation as read
    from desktop.core.readers.meetings import meetings

    window, keys, program_id = _window(open_window, journey_db, qtbot)
    wizard = _open_stage(keys, window)
    assert wizard.current_step() == "monitoring_team"
    assert QApplication.focusWidget().accessibleName() == "Person"
    _pick_first(keys)
    keys.tab_to("Role")
    keys.type("Ketua")
    keys.press(Qt.Key.Key_Escape)  # the roles' suggestions, not the wizard
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_read(window, lambda s: read.team_rows(s, program_id))) == 1)

    _next(keys, wizard, "measurements")
    keys.tab_to("Value")  # the only indicator is chosen, the day is today
    keys.type("45")
    keys.tab_to("Measured by")
    _pick_first(keys)
    keys.press(Qt.Key.Key_Return)

    def measured():
        return _read(window, lambda s: read.measurement_rows(s, program_id))

    qtbot.waitUntil(lambda: [m.value for m in measured()] == [45])

    _next(keys, wizard, "meetings")
    keys.tab_to("Title")
    keys.type("Evaluasi bersama warga")
    keys.tab_to("Others counted: women")
    keys.type("15")
    keys.tab_to("men")
    keys.type("11")
    keys.tab_to("Add meeting")
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: len(_read(window, lambda s: meetings(s, program_id, Stage.EVALUATION))) == 1
    )

    _next(keys, wizard, "findings")
    keys.tab_to("Finding")
    keys.type("Air mengalir ke 45 rumah")
    keys.tab_to("Recommendation")
    keys.type("Iuran perawatan tiap bulan")
    keys.tab_to("Evaluated by")
    _pick_first(keys)
    keys.press(Qt.Key.Key_Return)

    def found():
        return _read(window, lambda s: read.finding_rows(s, program_id))

    qtbot.waitUntil(lambda: [f.text for f in found()] == ["Air mengalir ke 45 rumah"])
    _next(keys, wizard, "principles")  # nothing to fill in
    _next(keys, wizard, "review")
    _finish(keys, wizard)
    assert _status(window, program_id, Stage.EVALUATION) is StageStatus.DONE


def test_7_the_termination_closes_the_program_with_the_keyboard_only(
    journey_db: Path, open_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.readers import termination as read
    from desktop.core.readers.snapshot import read_snapshot

    window, keys, program_id = _window(open_window, journey_db, qtbot)
    wizard = _by_menu(keys, window, Stage.TERMINATION)
    assert wizard.current_step() == "checklist"

    def items():
        return _read(window, lambda s: read.exit_item_rows(s, program_id))

    assert items() and not any(i.done for i in items())
    keys.tab_to("Exit checklist")
    for _ in items():
        keys.press(Qt.Key.Key_Space)  # ticks off the row the keyboard is on, from the first
        keys.press(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: all(i.done for i in items()))

    _next(keys, wizard, "handovers")
    keys.tab_to("What")
    keys.type("Pompa air dan jaringan pipa")
    keys.tab_to("To institution")
    _pick_first(keys)
    keys.press(Qt.Key.Key_Return)

    def handed():
        return _read(window, lambda s: read.handover_rows(s, program_id))

    qtbot.waitUntil(lambda: [h.to for h in handed()] == [GROUP])

    _next(keys, wizard, "facilitator_exit")
    keys.tab_to("The facilitator's role at zero")
    keys.press(Qt.Key.Key_Return)  # releases the facilitator the keyboard is on

    def working():
        return [
            f
            for f in _read(window, lambda s: read.facilitator_rows(s, program_id))
            if f.released_on is None
        ]

    qtbot.waitUntil(lambda: working() == [])

    _next(keys, wizard, "final_report")
    keys.type("Air bersih mengalir ke 45 rumah; BUMDes mengelola iuran perawatan.")
    keys.press(Qt.Key.Key_Tab)  # leaving the report saves it
    qtbot.waitUntil(lambda: _read(window, lambda s: read.final_report(s, program_id)) != "")

    _next(keys, wizard, "closing")
    keys.tab_to("Close the program…")
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    keys.press(Qt.Key.Key_Return)  # the confirmation's default: close the program
    assert _status(window, program_id, Stage.TERMINATION) is StageStatus.DONE
    assert _read(window, lambda s: read_snapshot(s, program_id, Stage.TERMINATION)).closed
    assert not wizard.editable  # read-only now; Escape leaves it
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(wizard) or not wizard.isVisible())
