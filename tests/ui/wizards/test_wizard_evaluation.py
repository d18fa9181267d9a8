"""The evaluation wizard driven as a facilitator would, on a demo program whose evaluation is
under way, in both languages: the monitoring team, measurements against the indicators (the
feed), the evaluation meetings, findings, the principles, Finish."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_wizard_implementation import program_in

from desktop.core.domain import Stage, StageStatus
from desktop.ui.wizards.evaluation import EvaluationWizard
from desktop.ui.wizards.implementation_forms import FACILITATOR

LABELS = {
    "id": (
        "Tim pemantau warga",
        "Tambah ke tim",
        "Pengukuran indikator",
        "Data awal",
        "Pertemuan evaluasi",
        "Temuan",
    ),
    "en": (
        "The community's monitoring team",
        "Add to the team",
        "Indicator measurements",
        "Baseline",
        "Evaluation meetings",
        "Findings",
    ),
}
ALREADY = {"id": "sudah", "en": "already on the monitoring team"}


def _open(window: Any, qtbot: Any) -> EvaluationWizard:
    wizard = window.show_wizard(Stage.EVALUATION)
    assert isinstance(wizard, EvaluationWizard)
    qtbot.waitExposed(wizard)
    return wizard


def _query(window: Any, query: Callable[[Any], Any]) -> Any:
    with window.workspace.database.session() as session:
        return query(session)


def _count(window: Any, model: Any) -> int:
    from sqlalchemy import func, select

    return int(
        _query(
            window,
            lambda s: s.scalar(
                select(func.count()).select_from(model).where(model.deleted.is_(False))
            ),
        )
    )


def _status(window: Any, program_id: uuid.UUID) -> StageStatus:
    from desktop.core.models import Program
    from desktop.core.stages import lifecycle

    def query(session: Any) -> StageStatus:
        program = session.get(Program, program_id)
        return StageStatus(lifecycle.existing_state(session, program, Stage.EVALUATION).status)

    return StageStatus(_query(window, query))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_evaluation_walked_through_to_finish(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    from desktop.core.models import Measurement, MonitoringMember

    program_id = program_in(demo_db, Stage.EVALUATION, StageStatus.IN_PROGRESS)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = _open(window, qtbot)
    wizard.go_to_step("monitoring_team")
    team_title, add_text, measure_title, baseline, meetings_title, findings_title = LABELS[lang]
    team = wizard.currentPage()
    assert team.title() == team_title
    assert team.team.add_button.text() == add_text
    on_team = {row[0] for row in team.team.texts()}
    assert on_team

    # Refused next to the person, nothing saved: someone already on the team.
    members = _count(window, MonitoringMember)
    same = next(c for c in team.person.picker.choices() if c.label in on_team)
    team.person.picker.choose(same.id)
    team.role.setText("Anggota")
    team.team.add()
    assert team.messages["person"].isVisible()
    assert ALREADY[lang] in team.messages["person"].text()
    assert _count(window, MonitoringMember) == members

    # A new member, with the keyboard: Enter in Role adds.
    other = next(c for c in team.person.picker.choices() if c.label not in on_team)
    team.person.picker.choose(other.id)
    team.role.clear()
    team.role.setFocus()
    qtbot.keyClicks(team.role, "Pencatat")
    popup = team.role.completer().popup()
    qtbot.waitUntil(popup.isVisible)  # the role's suggestions have the keyboard
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # closes them and adds
    qtbot.waitUntil(lambda: len(team.team.texts()) == len(on_team) + 1, timeout=2000)
    assert (other.label, "Pencatat") in {row[:2] for row in team.team.texts()}
    wizard.next()

    measures = wizard.currentPage()
    assert wizard.current_step() == "measurements"
    assert measures.title() == measure_title
    header = measures.indicators.horizontalHeaderItem(3)
    assert header is not None and header.text() == baseline
    assert measures.indicators.rowCount() == measures.indicator.count() > 0  # the feed
    baseline_text = measures.indicators.item(0, 3).text()
    baseline_day = dt.datetime.strptime(baseline_text.split("(")[1][:10], "%d-%m-%Y").date()

    # Refused next to the date: before the indicator's baseline.
    count = _count(window, Measurement)
    measures.indicators.selectRow(0)
    measures.measured_on.set_date(baseline_day - dt.timedelta(days=1))
    measures.value.setText("55")
    measures.measured_by.choose(FACILITATOR)
    measures.measurements.add()
    assert measures.messages["measured_on"].isVisible()
    assert _count(window, Measurement) == count

    latest = measures.indicators.item(0, 5).text()
    after = dt.datetime.strptime(latest.split("(")[1][:10], "%d-%m-%Y").date()
    measures.measured_on.set_date(after + dt.timedelta(days=1))
    measures.value.setText("55")
    measures.measured_by.choose(FACILITATOR)
    measures.measurements.add()
    assert _count(window, Measurement) == count + 1
    assert measures.indicators.item(0, 5).text().startswith("55")  # the latest value
    wizard.next()

    meetings = wizard.currentPage()
    assert wizard.current_step() == "meetings"
    assert meetings.title() == meetings_title
    wizard.next()

    findings = wizard.currentPage()
    assert wizard.current_step() == "findings"
    assert findings.title() == findings_title
    rows = len(findings.findings.texts())
    findings.kind.setCurrentIndex(0)  # a success
    findings.found_on.set_date(after + dt.timedelta(days=1))
    findings.evaluated_by.choose(other.id)
    findings.text.setFocus()
    qtbot.keyClicks(findings.text, "Kelompok kini bertemu tiap bulan")
    qtbot.keyClick(findings.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(findings.findings.texts()) == rows + 1, timeout=2000)
    added = [t for t in findings.findings.texts() if t[3] == "Kelompok kini bertemu tiap bulan"]
    assert added and added[0][5] == other.label
    wizard.next()

    assert wizard.current_step() == "principles"
    from desktop.ui.principles_view import PrincipleCard

    assert len(wizard.currentPage().panel.findChildren(PrincipleCard)) == 4
    wizard.next()
    assert wizard.current_step() == "review"
    with qtbot.waitSignal(wizard.completed):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert _status(window, program_id) is StageStatus.DONE


def test_a_measurement_is_undone_and_the_findings_draft_resumes(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.models import Measurement

    program_id = program_in(demo_db, Stage.EVALUATION, StageStatus.IN_PROGRESS)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    wizard.go_to_step("measurements")
    page = wizard.currentPage()
    count = _count(window, Measurement)
    latest = page.indicators.item(0, 5).text()
    page.indicators.selectRow(0)
    page.measured_on.set_date(dt.date.today())
    page.value.setText("12.5")
    page.measured_by.choose(FACILITATOR)
    page.measurements.add()
    assert _count(window, Measurement) == count + 1
    wizard.undo_action.trigger()
    assert _count(window, Measurement) == count
    assert page.indicators.item(0, 5).text() == latest

    wizard.next()  # to the meetings
    wizard.next()
    findings = wizard.currentPage()
    assert wizard.current_step() == "findings"
    findings.recommendation.setFocus()
    qtbot.keyClicks(findings.recommendation, "Bentuk koperasi")
    wizard.button(wizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])

    again = _open(window, qtbot)
    assert again.current_step() == "findings"
    assert again.currentPage().recommendation.text() == "Bentuk koperasi"
