"""The New program dialog: validation next to the fields, creation, and undo / redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt


def _titles(window) -> list[tuple[str, list[str]]]:
    return window.navigator.program_titles()


def test_the_dialog_shows_what_is_missing_next_to_each_field(sample_db, open_window, qtbot):
    path, _ids = sample_db
    window = open_window(path)
    dialog = window.show_new_program_dialog()
    assert dialog is not None and dialog.isVisible()
    dialog.village_list.clearSelection()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.village_error.isVisible()
    assert dialog.village_error.text() == "Pilih desa tempat program ini berjalan."
    assert dialog.name_error.isVisible()
    assert dialog.name_error.text() == "Beri nama program ini."
    dialog.name.setText("Jalan usaha tani")
    assert not dialog.name_error.isVisible()
    dialog.reject()


def test_an_end_before_the_start_is_refused_then_the_program_is_made_and_undone(
    sample_db, open_window, qtbot
):
    path, _ids = sample_db
    window = open_window(path)
    before = _titles(window)
    dialog = window.show_new_program_dialog()
    assert [v.name for v in dialog.village_choices()] == ["Cibodas", "Srebegan"]
    dialog.village_list.setCurrentRow(1)
    dialog.name.setText("Lumbung pangan desa")
    dialog.start.setDate(QDate(2024, 7, 1))
    dialog.has_end.setChecked(True)
    dialog.end.setDate(QDate(2024, 6, 1))
    assert dialog.end_error.isVisible()
    assert dialog.end_error.text() == (
        "Rencana selesai lebih awal dari tanggal mulai. Pilih tanggal yang lebih akhir."
    )
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert _titles(window) == before

    dialog.end.setDate(QDate(2025, 6, 30))
    assert not dialog.end_error.isVisible()
    with qtbot.waitSignal(window.navigator_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    with_new = [
        ("Cibodas", ["Air bersih Dusun Krajan"]),
        ("Srebegan", ["Kebun gizi keluarga", "Lumbung pangan desa"]),
    ]
    assert _titles(window) == with_new
    created = window.navigator.selected_program()
    assert created is not None  # the new program is selected and shown
    qtbot.waitUntil(lambda: window.overview.title.text() == "Lumbung pangan desa", timeout=10_000)
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Urungkan pembuatan program “Lumbung pangan desa”"

    with qtbot.waitSignal(window.navigator_loaded, timeout=10_000):
        window.undo_action.trigger()
    assert _titles(window) == before
    assert window.navigator.selected_program() is None
    assert window.pages.right.currentWidget() is window.pages.hint

    with qtbot.waitSignal(window.navigator_loaded, timeout=10_000):
        window.redo_action.trigger()
    assert _titles(window) == with_new
    assert window.navigator.select_program(created)  # the same program, not a copy


def test_the_village_picker_searches_the_official_list(tmp_path: Path, open_window, qtbot):
    window = open_window(tmp_path / "new.sqlite")
    dialog = window.show_new_program_dialog()
    assert dialog.village_choices() == []
    dialog.village_search.setText("Cibodas")
    qtbot.waitUntil(lambda: len(dialog.village_choices()) > 0, timeout=10_000)
    choices = dialog.village_choices()
    assert all(choice.name.startswith("Cibodas") for choice in choices)
    codes = [choice.code for choice in choices]
    dialog.village_list.setCurrentRow(codes.index("32.01.06.2008"))
    dialog.name.setText("Air bersih")
    with qtbot.waitSignal(window.navigator_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert _titles(window) == [("Cibodas", ["Air bersih"])]
    assert window.pages.currentWidget() is window.pages.splitter
