"""The transfer folder in the window: chosen in the settings, a round off the GUI thread, the
status bar saying when bundles went out and came in, and the note of a refused bundle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

VILLAGE, REGENCY = "32.01.06.2008", "32.01"


def _database(path: Path, code: str, person: str | None = None) -> str:
    """A database bound to ``code`` (with one resident); its device id."""
    from desktop.core import device
    from desktop.core.database import open_database
    from desktop.core.domain import Sex
    from desktop.core.models import Person

    database = open_database(path)
    try:
        with database.session() as session, session.begin():
            found = device.bind(session, [code])
            if person is not None:
                session.add(Person(name=person, sex=Sex.FEMALE, village_code=code))
    finally:
        database.dispose()
    return found.id.hex


@pytest.fixture
def laptops(tmp_path: Path) -> dict[str, Any]:
    """A village laptop that trusts its office's card, and the office."""
    from desktop.core.database import open_database
    from desktop.core.sync.card import read_card, trust_card, write_card

    village, office = tmp_path / "desa.sqlite", tmp_path / "kantor.sqlite"
    ids = {
        "village": _database(village, VILLAGE, "Siti Aminah"),
        "office": _database(office, REGENCY),
    }
    card = tmp_path / "kantor.berdaya-card"
    database = open_database(office)
    try:
        write_card(database, card)
    finally:
        database.dispose()
    database = open_database(village)
    try:
        with database.session() as session, session.begin():
            trust_card(session, read_card(card))
    finally:
        database.dispose()
    folder = tmp_path / "bersama"
    folder.mkdir()
    return {"village": village, "office": office, "ids": ids, "folder": folder}


def test_the_folder_is_set_in_the_settings_and_rounds_fill_the_status_bar(
    qtbot: Any,
    open_window: Callable[..., Any],
    laptops: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.core import device
    from desktop.core.database import open_database
    from desktop.core.models import Program
    from desktop.core.programs import create_program
    from desktop.core.sync import folder as transfer
    from desktop.core.sync import folder_state
    from desktop.core.sync.export import export_bundle
    from desktop.ui.dialogs.settings import SettingsDialog
    from desktop.ui.sync import folder as window_rounds
    from desktop.ui.sync.folder import FolderSync
    from desktop.ui.sync.importing import ImportDialog

    monkeypatch.setattr(transfer, "SETTLE_SECONDS", 0.0)  # two looks in a row are enough here
    monkeypatch.setattr(window_rounds, "FIRST_LOOK_MS", 600_000)  # the test starts each round

    folder: Path = laptops["folder"]
    window = open_window(laptops["village"], lang="en")
    sync = window.findChild(FolderSync, "folderSync")
    assert isinstance(sync, FolderSync) and sync.folder is None
    assert not sync.label.isVisibleTo(window)  # off until a folder is chosen

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog) and dialog.transfer is not None
        qtbot.waitUntil(dialog.transfer.isEnabled, timeout=10_000)
        assert dialog.transfer.path.text() == ""
        dialog.transfer.path.setText(str(folder))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, choose)
    window.show_settings()
    qtbot.waitUntil(lambda: sync.folder == folder, timeout=10_000)
    assert sync.label.isVisibleTo(window)
    with window.workspace.database.reading() as session:
        assert folder_state.transfer_folder(session) == folder  # kept in this database

    # after work: the village's bundle goes to its office's inbox, the status bar says when
    job = sync.send_out()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    inbox = folder / f"to-{laptops['ids']['office']}"
    assert len(list(inbox.glob("*.berdaya"))) == 1
    assert sync.label.text().startswith("Sent ")

    # the office takes it in and answers; the village's inbox is looked at twice (settled)
    office = open_database(laptops["office"])
    try:
        for _ in range(2):
            transfer.sync_round(office, folder, accept=[laptops["ids"]["village"]])
    finally:
        office.dispose()
    (folder / f"to-{laptops['ids']['village']}" / "rusak.berdaya").write_bytes(b"not a bundle")
    for _ in range(2):
        job = sync.check_inbox()
        assert job is not None
        qtbot.waitUntil(lambda job=job: job.done, timeout=20_000)
    text = sync.label.text()
    assert "Sent " in text and " · Received " in text and "1 bundle(s) refused" in text
    box = sync.open_note()
    assert isinstance(box, QMessageBox) and "rusak.berdaya" in box.text()
    box.close()

    # a second laptop of the village, never seen here: its bundle waits for a decision, and
    # the note opens it in the import dialog
    other = open_database(laptops["folder"].parent / "laptop2.sqlite")
    try:
        with other.session() as session, session.begin():
            device.bind(session, [VILLAGE])
        export_bundle(other, folder / f"to-{laptops['ids']['village']}" / "laptop2.berdaya")
    finally:
        other.dispose()
    for _ in range(2):
        job = sync.check_inbox()
        assert job is not None
        qtbot.waitUntil(lambda job=job: job.done, timeout=20_000)
    assert "1 bundle(s) need a decision" in sync.label.text()
    dialog = sync.open_note()
    assert isinstance(dialog, ImportDialog) and [p.name for p in dialog.paths] == [
        "laptop2.berdaya"
    ]
    dialog.reject()

    # an edit starts the quiet spell; closing the window writes the outbox at once
    assert not sync.quiet.isActive()
    window.execute(
        create_program,
        village_code=VILLAGE,
        name="Kebun gizi",
        start_date=dt.date(2026, 3, 2),
    )
    assert sync.quiet.isActive() and sync.quiet.interval() == window_rounds.QUIET_MS
    before = set(inbox.glob("*.berdaya"))
    window.close()
    qtbot.waitUntil(lambda: set(inbox.glob("*.berdaya")) != before, timeout=20_000)
    office = open_database(laptops["office"])
    try:
        for _ in range(2):
            transfer.sync_round(office, folder)
        with office.reading() as session:
            assert session.scalar(select(Program.name)) == "Kebun gizi"
    finally:
        office.dispose()


def test_a_refused_bundles_reason_is_written_in_the_windows_language(
    qtbot: Any,
    open_window: Callable[..., Any],
    laptops: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The note beside a refused bundle is for the person who opens the folder: Indonesian in
    an Indonesian window."""
    from desktop.core.database import open_database
    from desktop.core.sync import folder as transfer
    from desktop.core.sync.folder_state import save_transfer_folder
    from desktop.ui.sync import folder as window_rounds
    from desktop.ui.sync.folder import FolderSync

    monkeypatch.setattr(transfer, "SETTLE_SECONDS", 0.0)
    monkeypatch.setattr(window_rounds, "FIRST_LOOK_MS", 600_000)  # the test starts each round
    folder: Path = laptops["folder"]
    village = open_database(laptops["village"])
    try:
        with village.session() as session, session.begin():
            save_transfer_folder(session, folder=str(folder))
    finally:
        village.dispose()
    inbox = folder / f"to-{laptops['ids']['village']}"
    inbox.mkdir()
    (inbox / "rusak.berdaya").write_bytes(b"not a bundle")
    window = open_window(laptops["village"], lang="id")
    qtbot.waitUntil(lambda: window.findChild(FolderSync, "folderSync") is not None, timeout=10_000)
    sync = window.findChild(FolderSync, "folderSync")
    qtbot.waitUntil(lambda: sync.folder == folder, timeout=10_000)
    for _ in range(2):
        job = sync.check_inbox()
        assert job is not None
        qtbot.waitUntil(lambda job=job: job.done, timeout=20_000)
    reason = (inbox / "refused" / "rusak.berdaya.txt").read_text("utf-8")
    assert "“rusak.berdaya” bukan bundel Berdaya" in reason, reason
