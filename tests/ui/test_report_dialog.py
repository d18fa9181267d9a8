"""File > Report…: the real dialog writes a workbook and a PDF of a real database, in both
languages, says where they went, and says in words why a report could not be written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument
from python_calamine import CalamineWorkbook

PROGRAMS = {"Air bersih Dusun Krajan", "Kebun gizi keluarga"}  # the sample database's


def _dialog(open_window: Any, sample_db: Any, qtbot: Any, language: str) -> Any:
    from desktop.ui.office.report_dialog import show_report_dialog

    window = open_window(sample_db[0], lang=language)
    dialog = show_report_dialog(window)
    qtbot.waitExposed(dialog)
    return dialog


def _write(dialog: Any, qtbot: Any) -> None:
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.isVisible() and dialog.job is None, timeout=20_000)


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_dialog_writes_a_workbook_then_a_pdf(
    open_window: Any, sample_db: Any, qtbot: Any, tmp_path: Path, language: str
) -> None:
    dialog = _dialog(open_window, sample_db, qtbot, language)
    today = dt.date.today()
    assert dialog.path().name == f"laporan-{today:%Y-%m}.xlsx"  # this month, in Documents
    assert dialog.area.currentData() is None or dialog.area.count() > 1
    dialog.month.setDate(QDate(2024, 6, 1))
    assert dialog.path().name == "laporan-2024-06.xlsx"  # our name follows the month
    assert not dialog.paper.isEnabled()

    dialog.path_edit.setText(str(tmp_path / "laporan-2024-06.xlsx"))
    _write(dialog, qtbot)
    workbook = tmp_path / "laporan-2024-06.xlsx"
    assert str(workbook) in dialog.outcome.text() and dialog.open_folder.isVisible()
    rows = CalamineWorkbook.from_path(str(workbook)).get_sheet_by_name("Program").to_python()
    assert rows[0][:4] == ["Kode desa", "Desa", "Kecamatan", "Program"]
    assert {row[3] for row in rows[1:]} == PROGRAMS

    dialog.kind.setCurrentIndex(dialog.kind.findData(".pdf"))
    assert dialog.paper.isEnabled() and dialog.path() == tmp_path / "laporan-2024-06.pdf"
    dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
    _write(dialog, qtbot)
    pdf = QPdfDocument()
    pdf.load(str(tmp_path / "laporan-2024-06.pdf"))
    assert pdf.status() is QPdfDocument.Status.Ready
    try:
        size = pdf.pagePointSize(0)
        assert (round(size.width()), round(size.height())) == (609, 935)  # F4
        text = "\n".join(pdf.getAllText(n).text() for n in range(pdf.pageCount()))
    finally:
        pdf.close()
    month, page = (
        ("Juni 2024", "Halaman 1 dari") if language == "id" else ("June 2024", "Page 1 of")
    )
    assert month in text and page in text
    assert "Cibodas" in text  # a village of the sample, in its sub-district's rows
    assert str(tmp_path / "laporan-2024-06.pdf") in dialog.outcome.text()
    dialog.close()


def test_a_report_that_cannot_be_written_is_refused_in_words(
    open_window: Any, sample_db: Any, qtbot: Any, tmp_path: Path
) -> None:
    dialog = _dialog(open_window, sample_db, qtbot, "en")
    dialog.kind.setCurrentIndex(dialog.kind.findData(".csv"))
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "programs.csv"))
    _write(dialog, qtbot)
    assert "does not exist" in dialog.outcome.text()
    assert not dialog.open_folder.isVisible()
    assert not (tmp_path / "no such folder").exists()
    assert dialog.write_button.isEnabled()  # the user may choose another folder and retry
    dialog.close()


def test_every_input_of_the_dialog_is_named(open_window: Any, sample_db: Any, qtbot: Any) -> None:
    from desktop.ui import accessibility

    dialog = _dialog(open_window, sample_db, qtbot, "en")
    assert accessibility.unnamed(dialog) == []
    assert dialog.month.accessibleName() == "Month"
    dialog.close()
