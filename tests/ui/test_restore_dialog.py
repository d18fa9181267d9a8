"""Berkas > Pulihkan dari cadangan…: the window's day's backup, the list, and a restore that
brings the old data back into the open window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core import backups
from desktop.ui import jobs


def _rename(path: Path, old: str, new: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE programs SET name = ? WHERE name = ?", (new, old))
    conn.commit()
    conn.close()


def test_the_dialog_lists_backups_and_a_restore_brings_back_the_old_data(
    qtbot, sample_db, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ids = sample_db
    window = open_window(path, lang="en")
    jobs.wait_for_all()
    [daily] = backups.list_backups(path)  # opening made the day's backup
    assert daily.reason == "daily" and daily.programs == 2

    _rename(path, "Kebun gizi keluarga", "Nama yang keliru")
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.open_database(str(path))
    assert "Nama yang keliru" in window.navigator.program_titles()[1][1]

    dialog = window.show_restore_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    cells = [dialog.table.item(0, column).text() for column in range(4)]
    assert cells[1] == "2" and cells[2].endswith("MB") and cells[3] == "daily"
    assert dialog.restore_button.isEnabled()

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        dialog.restore_button.click()
    assert window.navigator.program_titles() == [
        ("Cibodas", ["Air bersih Dusun Krajan"]),
        ("Srebegan", ["Kebun gizi keluarga"]),
    ]
    listed = backups.list_backups(path)
    assert [b.reason for b in listed] == ["before-restore", "daily"]
    conn = sqlite3.connect(listed[0].path)
    assert conn.execute(
        "SELECT count(*) FROM programs WHERE name = 'Nama yang keliru'"
    ).fetchone() == (1,)
    conn.close()


def test_the_spin_box_sets_how_many_backups_the_window_keeps(qtbot, sample_db) -> None:
    from desktop.ui import settings
    from desktop.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog("en")
    qtbot.addWidget(dialog)
    assert dialog.keep_backups.value() == backups.DEFAULT_KEEP
    dialog.keep_backups.setValue(4)
    dialog.accept()
    assert settings.saved_backups_to_keep() == 4
