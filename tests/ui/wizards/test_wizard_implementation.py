"""The implementation wizard driven as a facilitator would, on a demo program whose
implementation is under way, in both languages: progress, contributions, photos, Finish."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from desktop.core.domain import Stage, StageStatus
from desktop.ui.wizards.implementation import ImplementationWizard
from desktop.ui.wizards.implementation_forms import FACILITATOR

LABELS = {
    "id": ("Kemajuan kegiatan", "Tambah kemajuan", "Swadaya dan bantuan", "Foto dan dokumen"),
    "en": ("Progress of the activities", "Add progress", "Contributions", "Photos and documents"),
}
GOES_BACK = {"id": "Kemajuan tidak bisa mundur", "en": "Progress cannot go back"}


def program_in(path: Path, stage: Stage, status: StageStatus) -> uuid.UUID:
    """An open demo program where ``stage`` has ``status``."""
    from sqlalchemy import select

    from desktop.core.database import open_database
    from desktop.core.models import Program, StageState

    database = open_database(path)
    try:
        with database.session() as session:
            found = session.scalars(
                select(Program.id)
                .join(StageState, StageState.program_id == Program.id)
                .where(
                    StageState.stage == stage,
                    StageState.status == status,
                    Program.closed_on.is_(None),
                )
                .order_by(Program.id)
            ).first()
    finally:
        database.dispose()
    assert found is not None
    return found


def _query(window: Any, query: Callable[[Any], Any]) -> Any:
    with window.workspace.database.session() as session:
        return query(session)


def _unfinished(window: Any, program_id: uuid.UUID) -> list[tuple[uuid.UUID, int, dt.date]]:
    """Activities below 100%: id, progress, and the first day a new log may have."""
    from desktop.core.stages.formalisation_reads import activities_of
    from desktop.core.stages.implementation import logs_of

    def query(session: Any) -> list[tuple[uuid.UUID, int, dt.date]]:
        found = []
        for a in activities_of(session, program_id, planned_only=True):
            if a.progress < 100:
                logs = logs_of(session, a.id)
                day = max([a.planned_start, *(log.logged_on for log in logs)])
                found.append((a.id, a.progress, day))
        return found

    return list(_query(window, query))


def _log_count(window: Any) -> int:
    from sqlalchemy import func, select

    from desktop.core.models import ProgressLog

    return int(
        _query(
            window,
            lambda s: s.scalar(
                select(func.count()).select_from(ProgressLog).where(ProgressLog.deleted.is_(False))
            ),
        )
    )


def _open(window: Any, qtbot: Any) -> ImplementationWizard:
    wizard = window.show_wizard(Stage.IMPLEMENTATION)
    assert isinstance(wizard, ImplementationWizard)
    qtbot.waitExposed(wizard)
    return wizard


def _fill_log(page: Any, activity: uuid.UUID, day: dt.date, percent: int) -> None:
    page.activity.setCurrentIndex(page.activity.findData(activity.hex))
    page.logged_on.set_date(day)
    page.progress.setText(str(percent))
    page.carried_by.choose(FACILITATOR)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_implementation_walked_through_to_finish(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str, tmp_path: Path
) -> None:
    program_id = program_in(demo_db, Stage.IMPLEMENTATION, StageStatus.IN_PROGRESS)
    window = wizard_window(demo_db, program_id, lang=lang)
    wizard = _open(window, qtbot)
    wizard.go_to_step("progress")
    page = wizard.currentPage()
    progress_title, add_text, contributions_title, photos_title = LABELS[lang]
    assert page.title() == progress_title
    assert page.logs.add_button.text() == add_text
    before = len(page.logs.texts())
    assert before > 0  # the demo's logs are listed, dates as dd-mm-yyyy
    assert page.logs.texts()[0][0][2] == "-" and page.logs.texts()[0][3].startswith("Rp ")

    unfinished = _unfinished(window, program_id)
    assert unfinished
    activity, percent, day = unfinished[0]

    # Refused next to the field, nothing saved: progress below what was already logged.
    if percent > 0:
        _fill_log(page, activity, day, percent - 1)
        page.logs.add()
        assert page.messages["progress_value"].isVisible()
        assert GOES_BACK[lang] in page.messages["progress_value"].text()
        assert len(page.logs.texts()) == before

    # Every unfinished activity to 100%, with the keyboard: Enter in "Problems met" adds.
    for activity, _percent, day in unfinished:
        _fill_log(page, activity, day, 100)
        page.cost.setText("250000")
        page.cost.textEdited.emit("250000")
        page.problems.setFocus()
        qtbot.keyClicks(page.problems, "Hujan dua hari")
        qtbot.keyClick(page.problems, Qt.Key.Key_Return)
        before += 1
        qtbot.waitUntil(lambda want=before: len(page.logs.texts()) == want, timeout=2000)
    assert _unfinished(window, program_id) == []
    last = [t for t in page.logs.texts() if t[6] == "Hujan dua hari"][-1]
    assert (last[2], last[3]) == ("100%", "Rp 250.000")
    wizard.next()

    contributions = wizard.currentPage()
    assert wizard.current_step() == "contributions"
    assert contributions.title() == contributions_title
    rows = len(contributions.list.texts())
    contributions.kind.setCurrentIndex(1)  # labour
    contributions.quantity.setText("3")
    contributions.unit.setText("HOK")
    contributions.value.setValue(300_000)
    contributions.given_on.set_date(day)
    contributions.list.add()
    assert len(contributions.list.texts()) == rows + 1
    assert any(t[3] == "3 HOK" and t[4] == "Rp 300.000" for t in contributions.list.texts())
    wizard.next()

    photos = wizard.currentPage()
    assert wizard.current_step() == "evidence"
    assert photos.title() == photos_title
    big = QImage(3000, 2000, QImage.Format.Format_RGB32)
    big.fill(QColor("#2e7d32"))
    picture = tmp_path / "sumur.png"
    assert big.save(str(picture))
    photos.choose_files = lambda _parent: [str(picture)]
    photos.browse.click()
    qtbot.waitUntil(lambda: str(picture) in photos._prepared, timeout=5000)
    photos.caption.setText("Sumur selesai")
    photos.photos.add()
    assert photos.thumbnails.count() == 1
    assert photos.photos.texts()[0][0] == "Sumur selesai"
    stored = _stored_photo(window)
    image = QImage.fromData(stored)
    assert max(image.width(), image.height()) == 1600 and stored[:3] == b"\xff\xd8\xff"

    wizard.next()
    assert wizard.current_step() == "review"
    with qtbot.waitSignal(wizard.completed):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert _status(window, program_id) is StageStatus.DONE


def _stored_photo(window: Any) -> bytes:
    from sqlalchemy import select

    from desktop.core.models import Attachment, Blob

    def query(session: Any) -> bytes:
        row = session.scalars(select(Attachment).order_by(Attachment.created_at.desc())).first()
        return bytes(session.get(Blob, row.content_hash).data)

    return bytes(_query(window, query))


def _status(window: Any, program_id: uuid.UUID) -> StageStatus:
    from desktop.core.models import Program
    from desktop.core.stages import lifecycle

    def query(session: Any) -> StageStatus:
        state = lifecycle.existing_state(
            session, session.get(Program, program_id), Stage.IMPLEMENTATION
        )
        return state.status

    return StageStatus(_query(window, query))


def test_attendance_larger_than_the_group_is_refused_and_a_log_undone(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = program_in(demo_db, Stage.IMPLEMENTATION, StageStatus.IN_PROGRESS)
    window = wizard_window(demo_db, program_id, lang="id")
    wizard = _open(window, qtbot)
    wizard.go_to_step("progress")
    page = wizard.currentPage()
    activity, percent, day = _unfinished(window, program_id)[0]
    group = next(iter(page.carried_by.group_ids))
    _fill_log(page, activity, day, percent)
    page.carried_by.choose(group)
    page.women.setText("900")
    count = _log_count(window)
    page.logs.add()
    assert page.attendance.isVisible()
    assert "lebih banyak dari anggota kelompok" in page.attendance.text()
    assert _log_count(window) == count

    page.women.setText("3")
    page.progress.setText(str(min(percent + 10, 100)))
    rows = len(page.logs.texts())
    assert page.logs.add() is not None
    assert len(page.logs.texts()) == rows + 1
    wizard.main_window.undo_stack.undo()  # the log is taken back, and the activity with it
    assert len(page.logs.texts()) == rows
    assert (activity, percent, day) in _unfinished(window, program_id)


def test_closing_and_reopening_resumes_the_page_and_what_was_typed(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any
) -> None:
    program_id = program_in(demo_db, Stage.IMPLEMENTATION, StageStatus.IN_PROGRESS)
    window = wizard_window(demo_db, program_id, lang="en")
    wizard = _open(window, qtbot)
    wizard.go_to_step("progress")
    wizard.next()
    page = wizard.currentPage()
    assert wizard.current_step() == "contributions"
    page.description.setFocus()
    qtbot.keyClicks(page.description, "Semen 20 sak")
    page.value.setValue(1_500_000)
    wizard.button(wizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not window.__dict__["_wizards"])  # closed and gone

    again = _open(window, qtbot)
    assert again.current_step() == "contributions"
    resumed = again.currentPage()
    assert resumed.description.text() == "Semen 20 sak"
    assert resumed.value.text() == "Rp 1.500.000"
