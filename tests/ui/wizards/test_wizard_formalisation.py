"""The formalisation wizard driven as a facilitator would: from the alternative the community
chose in planning to a signed berita acara, in both languages, on a small hand-made program
in a demo village."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from sqlalchemy import func, select

from desktop.core.domain import PartyKind, Sex, Stage, StageStatus
from desktop.ui.wizards.formalisation import FormalisationWizard
from desktop.ui.wizards.formalisation_forms import parse_number

VILLAGE = "32.05.20.2002"  # a demo village (seed 1): its people and groups fill the pickers
LABELS = {
    "id": {
        "action_plans": "Rencana aksi dari alternatif terpilih",
        "activities": "Kegiatan, kelompok penanggung jawab dan tanggal",
        "dependencies": "Keterkaitan kegiatan",
        "budget": "Anggaran dan sumbernya",
        "indicators": "Indikator di bawah enam tujuan",
        "agreement": "Berita acara kesepakatan dan penanda tangan",
        "add_plan": "Buat rencana",
        "totals": "Swadaya: Rp 500.000 · Dari luar: Rp 300.000 · Total: Rp 800.000",
        "woman": "Perempuan",
        "goal": "Perbaikan kehidupan",
    },
    "en": {
        "action_plans": "Action plans from the chosen alternatives",
        "activities": "Activities, responsible groups and dates",
        "dependencies": "Dependencies",
        "budget": "Budget and its sources",
        "indicators": "Indicators under the six goals",
        "agreement": "Agreement (berita acara) and signatories",
        "add_plan": "Make the plan",
        "totals": "Community: Rp 500.000 · Outside: Rp 300.000 · Total: Rp 800.000",
        "woman": "Woman",
        "goal": "Better living conditions",
    },
}
START, END = dt.date(2026, 1, 5), dt.date(2027, 6, 30)


def _program(path: Path, *, activities: bool = False) -> uuid.UUID:
    """A program of the demo village whose planning chose “Sumur bor”; with ``activities``,
    also its plan with two activities (for the tests of one page)."""
    from desktop.core import stages as st
    from desktop.core.database import open_database
    from desktop.core.people import group_choices, people_choices
    from desktop.core.programs import create_program

    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            program = create_program(
                session,
                village_code=VILLAGE,
                name="Air bersih Cidatar",
                start_date=START,
                end_date=END,
            ).created[0]
            for stage in (Stage.PREPARATION, Stage.ASSESSMENT, Stage.PLANNING):
                st.start_stage(session, program_id=program, stage=stage)
            person = people_choices(session, VILLAGE)[0].id
            problem = st.add_problem(
                session, program_id=program, title="Air bersih", raised_by_person_id=person
            ).created[0]
            st.set_priorities(session, program_id=program, problem_ids=[problem])
            alternative = st.add_alternative(
                session, problem_id=problem, title="Sumur bor", proposed_by_person_id=person
            ).created[0]
            st.vote_alternative(session, alternative_id=alternative, votes=12)
            st.choose_alternatives(session, program_id=program)
            if activities:
                group = group_choices(session, VILLAGE)[0].id
                plan = st.create_action_plan(session, alternative_id=alternative).created[0]
                for title, day in (("Survei lokasi", 2), ("Gali sumur", 9)):
                    st.add_activity(
                        session,
                        program_id=program,
                        title=title,
                        planned_start=dt.date(2026, 2, day),
                        planned_end=dt.date(2026, 2, day + 4),
                        party=st.Party(PartyKind.COMMUNITY_GROUP, group_id=group),
                        action_plan_id=plan,
                    )
    finally:
        database.dispose()
    return program


def _demo_program(path: Path) -> uuid.UUID:
    """The demo program (seed 1) whose planning is done and whose formalisation has begun
    with nothing in it yet: “Pengolahan kopi rakyat” in Simpangsari."""
    from desktop.core.database import open_database
    from desktop.core.models import Program, StageState

    database = open_database(path)
    try:
        with database.session() as session:
            planned = select(StageState.program_id).where(
                StageState.stage == Stage.PLANNING, StageState.status == StageStatus.DONE
            )
            found = session.scalars(
                select(Program.id)
                .join(StageState, StageState.program_id == Program.id)
                .where(
                    StageState.stage == Stage.FORMALISATION,
                    StageState.status == StageStatus.IN_PROGRESS,
                    Program.id.in_(planned),
                    Program.closed_on.is_(None),
                )
                .order_by(Program.id)
            ).first()
    finally:
        database.dispose()
    assert found is not None
    return found


def _open(window: Any, qtbot: Any) -> FormalisationWizard:
    wizard = window.show_wizard(Stage.FORMALISATION)
    assert isinstance(wizard, FormalisationWizard)
    qtbot.waitExposed(wizard)
    return wizard


def _count(window: Any, program_id: uuid.UUID, model: Any, *, live: bool = True) -> int:
    """How many rows of ``model`` the program has (live ones, or all with tombstones)."""
    from desktop.core.models import ActionPlan, Activity, Agreement, BudgetLine, Dependency

    query = select(func.count()).select_from(model)
    if model in (BudgetLine, Dependency):
        key = model.activity_id if model is BudgetLine else model.predecessor_id
        query = query.join(Activity, Activity.id == key).where(Activity.program_id == program_id)
    elif hasattr(model, "agreement_id"):
        query = (
            query.join(Agreement, Agreement.id == model.agreement_id)
            .join(ActionPlan, ActionPlan.id == Agreement.action_plan_id)
            .where(ActionPlan.program_id == program_id)
        )
    else:
        query = query.where(model.program_id == program_id)
    if live:
        query = query.where(model.deleted.is_(False))
    with window.workspace.database.session() as session:
        return int(session.scalar(query) or 0)


def _status(window: Any, program_id: uuid.UUID) -> StageStatus:
    from desktop.core.models import Program
    from desktop.core.stages import lifecycle

    with window.workspace.database.session() as session:
        state = lifecycle.existing_state(
            session, session.get(Program, program_id), Stage.FORMALISATION
        )
        return state.status if state is not None else StageStatus.NOT_STARTED


def _pick(picker: Any, qtbot: Any, typed: str) -> None:
    """Type into a picker and take the first suggestion with the keyboard."""
    picker.setFocus()
    qtbot.keyClicks(picker, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.chosen_id() is not None


def _choose(picker: Any, label: str) -> None:
    picker.choose(next(c.id for c in picker.choices() if c.label == label))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_formalisation_walked_through_to_a_signed_berita_acara(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, tmp_path: Path, lang: str
) -> None:
    words = LABELS[lang]
    program_id = _demo_program(demo_db)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = _open(window, qtbot)
    assert _status(window, program_id) is StageStatus.IN_PROGRESS

    # 1. the chosen alternative (the feed from planning) becomes a plan, by keyboard
    plans = wizard.currentPage()
    assert plans.title() == words["action_plans"]
    assert plans.plans.add_button.text() == words["add_plan"]
    alternative = "Pengolahan pascapanen dan rumah sangrai kopi"
    assert f"“{alternative}”" in plans.feed.text()
    _pick(plans.alternative, qtbot, "sangrai")
    _pick(plans.group, qtbot, "Sri Mukti")
    plans.plan_title.setFocus()
    qtbot.keyClicks(plans.plan_title, "Rumah sangrai kopi")
    qtbot.keyClick(plans.plan_title, Qt.Key.Key_Return)  # Enter adds
    qtbot.waitUntil(lambda: len(plans.plans.texts()) == 1)
    assert plans.plans.texts()[0][:3] == (
        "Rumah sangrai kopi",
        alternative,
        "Kelompok Tani Sri Mukti",
    )

    # 2. activities with the group carrying them and their dates
    qtbot.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    page = wizard.currentPage()
    assert wizard.current_step() == "activities" and page.title() == words["activities"]
    for title, first, last in (("Survei lokasi", 3, 7), ("Gali sumur", 10, 21)):
        page.activity_title.setText(title)
        _choose(page.group, "Kelompok Tani Sri Mukti")
        page.start.set_date(dt.date(2026, 8, first))
        page.end.set_date(dt.date(2026, 8, last))
        assert page.activities.add() is not None
    group, plan = "Kelompok Tani Sri Mukti", "Rumah sangrai kopi"
    assert page.activities.texts() == [
        ("Survei lokasi", group, "03-08-2026", "07-08-2026", plan),
        ("Gali sumur", group, "10-08-2026", "21-08-2026", plan),
    ]

    # 3. the well is dug after the survey
    wizard.next()
    page = wizard.currentPage()
    assert page.title() == words["dependencies"]
    _choose(page.first, "Survei lokasi")
    _choose(page.then, "Gali sumur")
    page.lag.setText("2")
    assert page.links.add() is not None
    assert page.links.texts() == [("Survei lokasi", "Gali sumur", "2")]

    # 4. budget by source, Rupiah typed the way people type it
    wizard.next()
    page = wizard.currentPage()
    assert page.title() == words["budget"]
    _choose(page.activity, "Gali sumur")
    page.description.setText("Semen")
    page.source.setCurrentIndex(page.source.findData("outside"))
    page.source_name.setText("Dana Desa")
    page.kind.setCurrentIndex(page.kind.findData("material"))
    page.quantity.setText("4")
    page.unit.setText("sak")
    page.unit_value.setFocus()
    qtbot.keyClicks(page.unit_value, "75000")
    assert page.unit_value.text() == "Rp 75.000"
    assert page.lines.add() is not None
    _choose(page.activity, "Gali sumur")
    page.description.setText("Tenaga gali")
    page.kind.setCurrentIndex(page.kind.findData("labour"))
    page.quantity.setText("10")
    page.unit_value.setValue(50_000)
    assert page.lines.add() is not None
    rows = page.lines.texts()
    assert [r[1] for r in rows] == ["Semen", "Tenaga gali"]
    assert rows[0][2] == "Rp 300.000" and rows[0][4:6] == ("4 sak", "Rp 75.000")
    assert rows[1][2] == "Rp 500.000"
    assert page.totals.text() == words["totals"]

    # 5. an indicator under one of the six goals
    wizard.next()
    page = wizard.currentPage()
    assert page.title() == words["indicators"]
    page.goal.setCurrentIndex(page.goal.findData("kehidupan"))
    page.name.setText("Rumah tangga dengan air bersih")
    page.unit.setText("KK")
    page.baseline.setText("20")
    page.target.setText("80")
    assert page.indicators.add() is not None
    assert page.indicators.texts()[0][:5] == (
        words["goal"],
        "Rumah tangga dengan air bersih",
        "KK",
        "20",
        "80",
    )

    # 6. the berita acara: recorded with its first signatory, then printed
    wizard.next()
    page = wizard.currentPage()
    assert page.title() == words["agreement"]
    assert not page.print_button.isEnabled()
    page.signed_on.set_date(dt.date(2026, 7, 30))
    page.location.setText("Balai Desa Simpangsari")
    page.name.setText("Bu Sari")
    page.role.setText("Ketua kelompok")
    page.sex.setCurrentIndex(page.sex.findData("female"))
    assert page.signers.add() is not None
    page.name.setText("Pak Ujang")
    page.role.setText("Kepala desa")
    page.sex.setCurrentIndex(page.sex.findData("male"))
    assert page.signers.add() is not None
    assert page.signers.texts()[0] == ("Bu Sari", "Ketua kelompok", words["woman"])
    assert page.print_button.isEnabled()
    pdf_path = tmp_path / "berita-acara.pdf"
    assert page.print_pdf(pdf_path, "F4")
    pdf = QPdfDocument()
    pdf.load(str(pdf_path))
    assert pdf.status() is QPdfDocument.Status.Ready
    text = "".join(pdf.getAllText(n).text() for n in range(pdf.pageCount()))
    assert "BERITA ACARA" in text and "Simpangsari" in text and "Pak Ujang" in text

    # review, then Finish completes the stage
    wizard.next()
    assert wizard.current_step() == "review"
    with qtbot.waitSignal(wizard.completed):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert _status(window, program_id) is StageStatus.DONE


def test_bad_input_is_refused_next_to_its_field_and_nothing_saved_is_lost(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.models import Activity, BudgetLine, Dependency, Indicator

    program_id = _program(demo_db, activities=True)
    window = wizard_window(demo_db, program_id, lang="id")
    wizard = _open(window, qtbot)

    wizard.go_to_step("activities")
    page = wizard.currentPage()
    before = page.activities.texts()
    page.activity_title.setText("Pasang pompa")
    _choose(page.group, "Kelompok Tani Sugih Mukti")
    page.start.set_date(dt.date(2026, 3, 10))
    page.end.set_date(dt.date(2026, 3, 2))  # ends before it starts
    assert page.activities.add() is None
    assert page.messages["planned_end"].isVisible()
    assert page.messages["planned_end"].text() == (
        "Tanggal selesai (02-03-2026) lebih awal dari tanggal mulai (10-03-2026)."
    )
    assert page.activity_title.text() == "Pasang pompa"  # the form is kept to be corrected
    assert page.activities.texts() == before and _count(window, program_id, Activity) == 2

    wizard.go_to_step("dependencies")
    page = wizard.currentPage()
    _choose(page.first, "Survei lokasi")
    _choose(page.then, "Gali sumur")
    assert page.links.add() is not None
    _choose(page.first, "Gali sumur")
    _choose(page.then, "Survei lokasi")  # would go round in a loop
    assert page.links.add() is None
    assert page.messages["successor"].text() == (
        "“Survei lokasi” tidak dapat dijadwalkan setelah “Gali sumur”: urutannya akan "
        "berputar-putar, karena “Survei lokasi” → “Gali sumur” sudah kembali ke kegiatan itu."
    )
    assert _count(window, program_id, Dependency) == 1

    wizard.go_to_step("budget")
    page = wizard.currentPage()
    _choose(page.activity, "Gali sumur")
    page.description.setText("Pipa")
    page.unit_value.setFocus()
    qtbot.keyClicks(page.unit_value, "-5000")  # a minus sign is never taken
    assert page.unit_value.text() == "Rp 5.000" and page.unit_value.value() == 5000
    page.quantity.setText("dua")
    assert page.lines.add() is None
    assert page.messages["quantity"].text() == "Tulis angka, mis. 4 atau 2,5."
    page.quantity.setText("-2")
    assert page.lines.add() is None
    assert page.messages["quantity"].isVisible()
    assert _count(window, program_id, BudgetLine) == 0

    wizard.go_to_step("indicators")
    page = wizard.currentPage()
    page.name.setText("Sumur berfungsi")
    page.unit.setText("unit")
    page.baseline.setText("3")
    page.target.setText("3")
    assert page.indicators.add() is None
    assert page.messages["target_value"].text() == (
        "Target “Sumur berfungsi” (3) sama dengan nilai awalnya."
    )
    assert _count(window, program_id, Indicator) == 0

    # Next is refused on a required page with the reason shown
    wizard.go_to_step("budget")
    assert not wizard.validateCurrentPage()
    assert "Sumur bor" in wizard.currentPage().messages["budget"].text()


def test_adding_is_undone_and_redone(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.models import Activity, BudgetLine, Signatory

    program_id = _program(demo_db, activities=True)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)

    wizard.go_to_step("budget")
    page = wizard.currentPage()
    _choose(page.activity, "Survei lokasi")
    page.description.setText("Konsumsi rapat")
    page.unit_value.setValue(150_000)
    assert page.lines.add() is not None
    assert len(page.lines.texts()) == 1
    wizard.undo_action.trigger()
    assert page.lines.texts() == [] and _count(window, program_id, BudgetLine) == 0
    assert _count(window, program_id, BudgetLine, live=False) == 1  # a tombstone, for sync
    wizard.main_window.undo_stack.redo()
    assert [r[1] for r in page.lines.texts()] == ["Konsumsi rapat"]

    wizard.go_to_step("activities")
    page = wizard.currentPage()
    page.activities.table.selectRow(0)
    page.activities.remove_selected()
    assert [r[0] for r in page.activities.texts()] == ["Gali sumur"]
    wizard.main_window.undo_stack.undo()
    assert _count(window, program_id, Activity) == 2 and len(page.activities.texts()) == 2

    wizard.go_to_step("agreement")
    page = wizard.currentPage()
    page.name.setText("Bu Sari")
    page.role.setText("Ketua kelompok")
    assert page.signers.add() is not None
    page.signers.table.selectRow(0)
    page.signers.remove_selected()
    assert page.signers.texts() == []
    wizard.main_window.undo_stack.undo()
    assert [r[0] for r in page.signers.texts()] == ["Bu Sari"]
    assert _count(window, program_id, Signatory) == 1


def test_closing_midway_reopens_on_the_same_page_with_the_draft(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = _program(demo_db, activities=True)
    window = wizard_window(demo_db, program_id, lang="id")
    wizard = _open(window, qtbot)
    wizard.next()  # the plan exists: on to the activities
    wizard.next()
    wizard.next()
    assert wizard.current_step() == "budget"
    page = wizard.currentPage()
    page.description.setFocus()
    qtbot.keyClicks(page.description, "Semen 50")  # half typed, not added
    page.unit_value.setValue(65_000)
    wizard.button(wizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])  # closed and gone

    again = _open(window, qtbot)
    assert again.current_step() == "budget"
    page = again.currentPage()
    assert page.description.text() == "Semen 50"
    assert page.unit_value.text() == "Rp 65.000"


def test_the_agreement_fields_wait_as_drafts_then_are_saved_and_corrected(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.models import Agreement

    program_id = _program(demo_db, activities=True)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    wizard.go_to_step("agreement")
    page = wizard.currentPage()
    page.location.setText("Balai desa")
    page.bindings["location"].commit()  # no agreement yet: kept as a draft, not lost
    assert wizard.drafts[("agreement", "location")] == "Balai desa"
    page.name.setText("Pak Ujang")
    page.role.setText("Kepala desa")
    assert page.signers.add() is not None
    assert ("agreement", "location") not in wizard.drafts
    page.location.setText("Balai Desa Cidatar")
    page.bindings["location"].commit()
    with window.workspace.database.session() as session:
        row = session.get(Agreement, page._agreement)
        assert row is not None and row.location == "Balai Desa Cidatar"


def test_numbers_are_read_the_indonesian_way() -> None:
    assert parse_number("12,5") == 12.5
    assert parse_number("1.500") == 1500
    assert parse_number("2.5") == 2.5
    assert parse_number("1.500,75") == 1500.75
    assert parse_number("dua") is None and parse_number("") is None


def test_signatory_sex_is_kept(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    from desktop.core.models import Signatory

    program_id = _program(demo_db, activities=True)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    wizard.go_to_step("agreement")
    page = wizard.currentPage()
    page.name.setText("Bu Sari")
    page.role.setText("Ketua kelompok")
    page.sex.setCurrentIndex(page.sex.findData("female"))
    page.signers.add()
    with window.workspace.database.session() as session:
        signer = session.get(Signatory, page.signers.rows[0].id)
        assert signer is not None and signer.sex is Sex.FEMALE
