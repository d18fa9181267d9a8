"""Correcting saved records in place in the formalisation, implementation and evaluation
wizards: F2 loads a row into the form, Enter saves, the table shows it, Ctrl+Z writes the old
values back, and a refused change is shown next to its field with nothing written."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from test_wizard_formalisation import _choose, _program
from test_wizard_formalisation import _open as open_formalisation
from test_wizard_implementation import program_in
from test_wizard_termination import activate, query

from desktop.core.domain import Stage, StageStatus


def edit_row(lst: Any, wizard: Any, qtbot: Any, row_id: uuid.UUID) -> None:
    """Select the record's row and press F2, as a user does."""
    lst.table.selectRow(next(n for n, row in enumerate(lst.rows) if row.id == row_id))
    activate(wizard, qtbot)
    lst.table.setFocus()
    qtbot.keyClick(lst.table, Qt.Key.Key_F2)
    assert lst.editing == row_id


def retype(widget: Any, qtbot: Any, text: str, *, enter: bool = True) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def undo(wizard: Any, qtbot: Any) -> None:
    activate(wizard, qtbot)
    qtbot.keyClick(wizard, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def row_of(lst: Any, row_id: uuid.UUID) -> tuple[str, ...]:
    return next(row.cells for row in lst.rows if row.id == row_id)


def dates(window: Any, activity_id: uuid.UUID) -> tuple[dt.date, dt.date]:
    from desktop.core.models import Activity

    return query(
        window,
        lambda s: (
            s.get(Activity, activity_id).planned_start,
            s.get(Activity, activity_id).planned_end,
        ),
    )


def test_activities_budget_and_indicators_are_corrected(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core import stages as st
    from desktop.core.models import Activity, BudgetLine, Indicator

    program_id = _program(demo_db, activities=True)
    window = wizard_window(demo_db, program_id, lang="id")
    wizard = open_formalisation(window, qtbot)

    # --- an activity: a typo in the title, then a later end that pushes what follows
    wizard.go_to_step("activities")
    page = wizard.currentPage()
    lst = page.activities
    survey, dig = (row.id for row in lst.rows)
    window.attempt(st.add_dependency, predecessor_id=survey, successor_id=dig)
    edit_row(lst, wizard, qtbot, survey)
    assert page.activity_title.text() == "Survei lokasi"
    assert lst.add_button.text() == "Simpan perubahan"
    retype(page.activity_title, qtbot, "Survei lokasi sumur")
    qtbot.waitUntil(lambda: lst.editing is None)
    assert row_of(lst, survey)[0] == "Survei lokasi sumur"
    assert len(lst.rows) == 2  # changed, not added
    undo(wizard, qtbot)
    assert row_of(lst, survey)[0] == "Survei lokasi"

    dig_before = dates(window, dig)
    edit_row(lst, wizard, qtbot, survey)
    page.end.set_date(dt.date(2026, 2, 12))  # now overlaps the digging, which waits for it
    lst.add()  # Save changes
    assert row_of(lst, survey)[3] == "12-02-2026"
    assert dates(window, dig)[0] > dt.date(2026, 2, 12)  # pushed later, as on the timeline
    undo(wizard, qtbot)
    assert dates(window, survey) == (dt.date(2026, 2, 2), dt.date(2026, 2, 6))
    assert dates(window, dig) == dig_before  # the follower is back where it was

    edit_row(lst, wizard, qtbot, survey)
    page.end.set_date(dt.date(2026, 1, 30))  # before it starts: refused
    assert lst.add() is None
    assert page.messages["planned_end"].isVisible()
    assert page.messages["planned_end"].text().startswith("Tanggal selesai (30-01-2026)")
    assert lst.editing == survey  # still in the form, to be corrected
    assert dates(window, survey) == (dt.date(2026, 2, 2), dt.date(2026, 2, 6))
    lst.cancel_edit()

    # --- a budget line: the unit value, and the amount follows
    wizard.go_to_step("budget")
    page = wizard.currentPage()
    lines = page.lines
    _choose(page.activity, "Survei lokasi")
    page.description.setText("Konsumsi rapat")
    page.quantity.setText("10")
    page.unit_value.setValue(15_000)
    line = lines.add()
    assert line is not None
    edit_row(lines, wizard, qtbot, line)
    assert page.quantity.text() == "10" and page.unit_value.value() == 15_000
    retype(page.unit_value, qtbot, "20000")
    qtbot.waitUntil(lambda: lines.editing is None)
    assert row_of(lines, line)[2] == "Rp 200.000"
    undo(wizard, qtbot)
    assert row_of(lines, line)[2] == "Rp 150.000"
    edit_row(lines, wizard, qtbot, line)
    page.description.clear()
    assert lines.add() is None
    assert page.messages["description"].text() == "Tulis keterangan mata anggaran ini."
    amount = query(window, lambda s: s.get(BudgetLine, line).amount)
    assert amount == 150_000

    # --- an indicator: a target the same as the baseline is refused under the target
    wizard.go_to_step("indicators")
    page = wizard.currentPage()
    page.name.setText("Rumah tangga dengan air bersih")
    page.unit.setText("rumah tangga")
    page.baseline.setText("20")
    page.target.setText("80")
    indicator = page.indicators.add()
    assert indicator is not None
    edit_row(page.indicators, wizard, qtbot, indicator)
    retype(page.target, qtbot, "20")
    qtbot.waitUntil(page.messages["target_value"].isVisible)
    assert page.indicators.editing == indicator
    retype(page.target, qtbot, "92,5")
    qtbot.waitUntil(lambda: page.indicators.editing is None)
    assert row_of(page.indicators, indicator)[4] == "92,50"
    assert query(window, lambda s: s.get(Indicator, indicator).target_value) == 92.5
    undo(wizard, qtbot)
    assert query(window, lambda s: s.get(Indicator, indicator).target_value) == 80.0
    assert query(window, lambda s: s.get(Activity, survey).title) == "Survei lokasi"


def test_a_contribution_is_corrected(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.models import Contribution
    from desktop.ui.wizards.implementation import ImplementationWizard

    program_id = program_in(demo_db, Stage.IMPLEMENTATION, StageStatus.IN_PROGRESS)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = window.show_wizard(Stage.IMPLEMENTATION)
    assert isinstance(wizard, ImplementationWizard)
    qtbot.waitExposed(wizard)
    wizard.go_to_step("contributions")
    page = wizard.currentPage()
    lst = page.list
    page.value.setValue(250_000)
    page.description.setText("Semen")
    page.contributor_name.setText("Dinas PU")
    cid = lst.add()
    assert cid is not None
    count = len(lst.rows)
    edit_row(lst, wizard, qtbot, cid)
    assert page.description.text() == "Semen" and page.contributor_name.text() == "Dinas PU"
    retype(page.description, qtbot, "Semen 20 sak")
    qtbot.waitUntil(lambda: lst.editing is None)
    assert row_of(lst, cid)[2] == "Money: Semen 20 sak"
    assert len(lst.rows) == count
    undo(wizard, qtbot)
    assert row_of(lst, cid)[2] == "Money: Semen"

    edit_row(lst, wizard, qtbot, cid)
    page.given_on.set_date(dt.date(1999, 1, 1))  # before the program
    assert lst.add() is None
    assert page.messages["given_on"].isVisible()
    assert "before the program starts" in page.messages["given_on"].text()
    assert query(window, lambda s: s.get(Contribution, cid).given_on) != dt.date(1999, 1, 1)


def test_team_roles_and_findings_are_corrected(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.models import Finding, MonitoringMember
    from desktop.ui.wizards.evaluation import EvaluationWizard

    program_id = program_in(demo_db, Stage.EVALUATION, StageStatus.IN_PROGRESS)
    window = wizard_window(demo_db, program_id, lang="id")
    wizard = window.show_wizard(Stage.EVALUATION)
    assert isinstance(wizard, EvaluationWizard)
    qtbot.waitExposed(wizard)
    wizard.go_to_step("monitoring_team")
    page = wizard.currentPage()
    team = page.team
    if not team.rows:
        page.person.picker.choose(page.person.picker.choices()[0].id)
        page.role.setText("Anggota")
        assert team.add() is not None
    member = team.rows[0].id
    old_role = row_of(team, member)[1]
    edit_row(team, wizard, qtbot, member)
    assert page.role.text() == old_role
    retype(page.role, qtbot, "Sekretaris", enter=False)
    team.add_button.click()  # Save changes
    assert team.editing is None
    assert row_of(team, member)[1] == "Sekretaris"
    undo(wizard, qtbot)
    assert row_of(team, member)[1] == old_role
    edit_row(team, wizard, qtbot, member)
    page.role.clear()
    assert team.add() is None
    assert page.messages["role"].text() == "Tulis peran anggota ini dalam tim."
    assert query(window, lambda s: s.get(MonitoringMember, member).role) == old_role
    team.cancel_edit()

    wizard.go_to_step("findings")
    page = wizard.currentPage()
    page.text.setText("Kelompok rutin rapat")
    page.evaluated_by.choose(page.evaluated_by.choices()[-1].id)
    finding = page.findings.add()
    assert finding is not None
    edit_row(page.findings, wizard, qtbot, finding)
    retype(page.recommendation, qtbot, "Lanjutkan tiap bulan")
    qtbot.waitUntil(lambda: page.findings.editing is None)
    assert row_of(page.findings, finding)[4] == "Lanjutkan tiap bulan"
    undo(wizard, qtbot)
    assert query(window, lambda s: s.get(Finding, finding).recommendation) is None
    edit_row(page.findings, wizard, qtbot, finding)
    retype(page.text, qtbot, " ")
    qtbot.waitUntil(page.messages["text"].isVisible)
    assert page.messages["text"].text() == "Tulis apa yang ditemukan."
    assert query(window, lambda s: s.get(Finding, finding).text) == "Kelompok rutin rapat"
