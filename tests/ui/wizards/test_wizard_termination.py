"""The termination wizard driven as a facilitator would, on a demo program in its last stage:
the checklist ticked off, a handover, the facilitators released, the final report, and the
closing after which only the final report can still be changed."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.core.database import open_database
from desktop.core.domain import HandoverKind, Stage, StageStatus
from desktop.core.models import ExitItem, Handover, Program, StageState
from desktop.ui.wizards.termination import TerminationWizard

DAY = dt.date(2026, 11, 20)  # inside the demo program's dates
LABELS = {
    "id": {
        "checklist": "Daftar periksa terminasi",
        "handovers": "Serah terima kepada lembaga masyarakat",
        "record": "Catat serah terima",
        "asset": "Aset",
        "facilitator_exit": "Peran pendamping sampai nol",
        "final_report": "Laporan akhir",
        "closing": "Penutupan resmi",
        "next": "Lanjut ›",
        "closed": "Program ini sudah ditutup. Hanya laporan akhirnya yang masih bisa diubah.",
        "to": "Sebutkan kepada siapa diserahkan: lembaga atau perorangan.",
        "default_item": "Peran sudah diserahkan kepada lembaga masyarakat",
    },
    "en": {
        "checklist": "Exit checklist",
        "handovers": "Handovers to community institutions",
        "record": "Record handover",
        "asset": "Asset",
        "facilitator_exit": "The facilitator's role at zero",
        "final_report": "Final report",
        "closing": "Formal closing",
        "next": "Next ›",
        "closed": "The program is closed. Only its final report can still be changed.",
        "to": "Say to whom it was handed over: an institution or a person.",
        "default_item": "Roles handed over to community institutions",
    },
}


def termination_program(path: Path) -> uuid.UUID:
    """The demo program (seed 1) whose termination is under way."""
    database = open_database(path)
    try:
        with database.session() as session:
            found = session.scalars(
                select(Program.id)
                .join(StageState, StageState.program_id == Program.id)
                .where(
                    StageState.stage == Stage.TERMINATION,
                    StageState.status == StageStatus.IN_PROGRESS,
                    Program.closed_on.is_(None),
                )
                .order_by(Program.id)
            ).first()
    finally:
        database.dispose()
    assert found is not None
    return found


def query(window: Any, ask: Callable[[Any], Any]) -> Any:
    with window.workspace.database.session() as session:
        return ask(session)


def handover_count(window: Any, program_id: uuid.UUID) -> int:
    return int(
        query(
            window,
            lambda s: s.scalar(
                select(func.count())
                .select_from(Handover)
                .where(Handover.program_id == program_id, Handover.deleted.is_(False))
            ),
        )
    )


def activate(wizard: Any, qtbot: Any) -> None:
    """Keyboard shortcuts go to the active window, as the wizard is for its user."""
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)


def open_termination(window: Any, qtbot: Any, step: str = "") -> TerminationWizard:
    wizard = window.show_wizard(Stage.TERMINATION)
    assert isinstance(wizard, TerminationWizard)
    qtbot.waitExposed(wizard)
    if step:
        wizard.go_to_step(step)
    return wizard


def fill_handover(page: Any, qtbot: Any, what: str, *, to_group: bool = True) -> None:
    page.kind.setCurrentIndex(page.kind.findData(HandoverKind.ASSET.value))
    if to_group:
        page.group.choose(page.group.choices()[0].id)
    page.handed_on.set_date(DAY)
    page.value.setFocus()
    qtbot.keyClicks(page.value, "1500000")
    page.description.setFocus()
    qtbot.keyClicks(page.description, what)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_termination_walked_through_to_the_closing(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    program_id = termination_program(demo_db)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = open_termination(window, qtbot, "checklist")
    labels = LABELS[lang]
    assert wizard.button(wizard.WizardButton.NextButton).text() == labels["next"]

    # 1. the checklist: every open item ticked off, the first with the keyboard (Space)
    page = wizard.currentPage()
    assert page.title() == labels["checklist"]
    page.done_on.set_date(DAY)
    open_rows = [n for n, cells in enumerate(page.items.texts()) if not cells[2]]
    assert open_rows and page.messages["checklist"].isVisible()
    page.items.table.setFocus()
    page.items.table.selectRow(open_rows[0])
    qtbot.keyClick(page.items.table, Qt.Key.Key_Space)
    assert page.items.texts()[open_rows[0]][2] == "20-11-2026"
    for n in open_rows[1:]:
        page.items.table.selectRow(n)
        assert page.tick(True)
    assert not page.messages["checklist"].isVisible()
    activate(wizard, qtbot)
    page.items.table.setFocus()
    qtbot.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)

    # 2. a handover: Enter in the description records it
    page = wizard.currentPage()
    assert wizard.current_step() == "handovers"
    assert page.title() == labels["handovers"]
    assert page.handovers.add_button.text() == labels["record"]
    fill_handover(page, qtbot, "Pompa air")
    qtbot.keyClick(page.description, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.handovers.texts()) == 1)
    what, kind, to, day, value = page.handovers.texts()[0]
    assert (what, kind, day, value) == ("Pompa air", labels["asset"], "20-11-2026", "Rp 1.500.000")
    assert to == page.group.choices()[0].label
    wizard.next()

    # 3. the outside facilitators released
    page = wizard.currentPage()
    assert wizard.current_step() == "facilitator_exit"
    assert page.title() == labels["facilitator_exit"]
    page.released_on.set_date(DAY)
    outside = {"Outside worker", "Pendamping dari luar"}
    for n, cells in enumerate(page.texts()):
        if cells[2] in outside:
            page.table.selectRow(n)
            assert page.release()
    assert all(cells[3] == "20-11-2026" for cells in page.texts() if cells[2] in outside)
    wizard.next()

    # 4. the final report, saved on leaving the page
    page = wizard.currentPage()
    assert wizard.current_step() == "final_report"
    assert page.title() == labels["final_report"]
    page.text.setFocus()
    qtbot.keyClicks(page.text, "Rumput laut dipanen tiga kali.")
    wizard.next()

    # 5. closing, after a confirmation
    page = wizard.currentPage()
    assert wizard.current_step() == "closing"
    assert page.title() == labels["closing"]
    assert "○" not in page.overview.text()
    wizard.button(wizard.WizardButton.FinishButton).click()  # not closed yet: it says so
    assert wizard.isVisible() and page.messages["closing"].isVisible()
    page.closed_on.set_date(DAY)
    box = page.ask_to_close()
    assert box is not None and "20-11-2026" in box.text()
    box.buttons()[0].click()  # Close the program
    program = query(window, lambda s: s.get(Program, program_id))
    assert program.closed_on == DAY
    assert program.final_report == "Rumput laut dipanen tiga kali."
    assert not wizard.editable
    assert not page.close_button.isVisible()

    # read-only now, but for the final report
    wizard.back()
    report = wizard.currentPage()
    assert report.subTitle() == labels["closed"]
    assert not report.text.isReadOnly()
    report.text.setFocus()
    qtbot.keyClick(report.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(report.text, " BUMDes melanjutkan.")
    wizard.back()  # leaving the field saves it
    wizard.back()
    program = query(window, lambda s: s.get(Program, program_id))
    assert program.final_report == "Rumput laut dipanen tiga kali. BUMDes melanjutkan."
    handovers = wizard.currentPage()
    assert handovers.description.isReadOnly()
    assert not handovers.handovers.add_button.isVisible()
    assert handovers.handovers.add() is None
    wizard.reject()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_handover_is_shown_next_to_its_field(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    program_id = termination_program(demo_db)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = open_termination(window, qtbot, "handovers")
    page = wizard.currentPage()
    before = handover_count(window, program_id)
    fill_handover(page, qtbot, "Gudang", to_group=False)
    assert page.handovers.add() is None
    assert page.messages["to"].isVisible()
    assert page.messages["to"].text() == LABELS[lang]["to"]
    assert handover_count(window, program_id) == before
    assert page.description.text() == "Gudang"  # nothing typed is lost
    # Next is refused while no handover is recorded, with the reason
    wizard.next()
    assert wizard.current_step() == "handovers"
    assert page.messages["handovers"].isVisible()


def test_default_checklist_items_in_the_interface_language(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.stages import add_default_exit_checklist

    program_id = termination_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="id")
    window.attempt(add_default_exit_checklist, program_id=program_id)
    wizard = open_termination(window, qtbot, "checklist")
    page = wizard.currentPage()
    shown = [cells[0] for cells in page.items.texts()]
    assert LABELS["id"]["default_item"] in shown
    assert f"“{LABELS['id']['default_item']}”" in page.messages["checklist"].text()


def test_ticking_off_and_adding_are_undone(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = termination_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = open_termination(window, qtbot, "checklist")
    page = wizard.currentPage()
    page.done_on.set_date(DAY)
    row = next(n for n, cells in enumerate(page.items.texts()) if not cells[2])
    page.items.table.selectRow(row)
    assert page.tick(True)
    assert page.items.texts()[row][2] == "20-11-2026"
    wizard.undo_action.trigger()
    assert page.items.texts()[row][2] == ""
    wizard.redo_action.trigger()
    assert page.items.texts()[row][2] == "20-11-2026"

    count = len(page.items.texts())
    page.item_text.setText("Kunci gudang diserahkan")
    page.items.add()
    assert len(page.items.texts()) == count + 1
    wizard.undo_action.trigger()
    assert len(page.items.texts()) == count
    items = query(
        window,
        lambda s: s.scalar(
            select(func.count()).where(
                ExitItem.program_id == program_id,
                ExitItem.deleted.is_(False),
                ExitItem.text == "Kunci gudang diserahkan",
            )
        ),
    )
    assert items == 0


def test_resumed_after_closing_the_wizard(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = termination_program(demo_db)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = open_termination(window, qtbot, "checklist")
    checklist = wizard.currentPage()
    checklist.done_on.set_date(DAY)
    for n, cells in enumerate(checklist.items.texts()):
        if not cells[2]:
            checklist.items.table.selectRow(n)
            assert checklist.tick(True)
    wizard.next()
    assert wizard.current_step() == "handovers"
    page = wizard.currentPage()
    page.description.setFocus()
    qtbot.keyClicks(page.description, "Buku kas kelompok")
    wizard.button(wizard.WizardButton.CancelButton).click()  # Close: the draft is kept
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])  # closed and gone

    again = open_termination(window, qtbot)
    assert again.current_step() == "handovers"
    assert again.currentPage().description.text() == "Buku kas kelompok"
