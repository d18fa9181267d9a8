"""The main window on an empty database, on one with programs, and on a refused file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

INDONESIAN_STAGES = [
    "Persiapan",
    "Pengkajian",
    "Perencanaan Alternatif Program",
    "Formalisasi Rencana Aksi",
    "Pelaksanaan",
    "Evaluasi",
    "Terminasi",
]
ENGLISH_STAGES = [
    "Preparation",
    "Assessment",
    "Planning alternatives",
    "Formalising the action plan",
    "Implementation",
    "Evaluation",
    "Termination",
]


def _visible_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.isVisible()}


def test_an_empty_database_shows_what_to_do_first(qtbot, tmp_path: Path, open_window) -> None:
    window = open_window(tmp_path / "new.sqlite")
    pages = window.pages
    assert pages.currentWidget() is pages.welcome
    assert "Selamat datang di Berdaya" in _visible_texts(pages.welcome)
    assert pages.welcome.create_button.isVisible()
    assert pages.welcome.create_button.text() == "Buat program pertama Anda"
    assert pages.welcome.demo_button.text() == "Coba dengan data contoh"
    assert window.database_label.text() == f"Database: {tmp_path / 'new.sqlite'}"
    qtbot.waitUntil(lambda: window.device_label.text().startswith("Perangkat: "), timeout=10_000)


def test_the_welcome_speaks_english_when_asked(tmp_path: Path, open_window) -> None:
    window = open_window(tmp_path / "new.sqlite", lang="en")
    assert "Welcome to Berdaya" in _visible_texts(window.pages.welcome)
    assert window.pages.welcome.create_button.text() == "Create your first program"


@pytest.mark.parametrize(
    ("lang", "stages", "status", "hint"),
    [
        ("id", INDONESIAN_STAGES, "Sedang berjalan", "Pilih program di sebelah kiri"),
        ("en", ENGLISH_STAGES, "In progress", "Choose a program on the left"),
    ],
)
def test_the_navigator_lists_programs_and_the_overview_shows_seven_stages(
    qtbot, sample_db, open_window, lang, stages, status, hint
) -> None:
    path, ids = sample_db
    window = open_window(path, lang=lang)
    assert window.navigator.program_titles() == [
        ("Cibodas", ["Air bersih Dusun Krajan"]),
        ("Srebegan", ["Kebun gizi keluarga"]),
    ]
    assert window.pages.showing_dashboard()  # two villages: the dashboard first
    window.pages.show_programs()
    assert window.pages.right.currentWidget() is window.pages.hint
    assert hint in _visible_texts(window.pages.hint)

    with qtbot.waitSignal(window.overview.loaded, timeout=10_000):
        assert window.navigator.select_program(ids["Air bersih Dusun Krajan"])
    overview = window.overview
    assert window.pages.right.currentWidget() is overview
    assert overview.title.text() == "Air bersih Dusun Krajan"
    shown = overview.stepper.stage_texts()
    assert [name for name, _ in shown] == stages
    assert shown[4][1] == status  # four stages done, the fifth under way
    visible = _visible_texts(overview.stepper)
    assert set(stages) <= visible
    assert overview.budget.value.text() == "Rp 29.500.000"
    assert overview.meetings.value.text() == "3"
    assert overview.women.value.text() == "50%"
    assert overview.activities.value.text() == "1 / 4"


def test_the_navigator_filters_by_village_and_program(sample_db, open_window) -> None:
    path, _ids = sample_db
    window = open_window(path)
    window.pages.show_programs()
    window.navigator.search.setText("gizi")
    assert window.navigator.program_titles() == [("Srebegan", ["Kebun gizi keluarga"])]
    window.navigator.search.setText("jonggol")  # a district finds its villages
    assert window.navigator.program_titles() == [("Cibodas", ["Air bersih Dusun Krajan"])]
    window.navigator.search.setText("tidak ada")
    assert window.navigator.program_titles() == []
    assert window.navigator.hint.isVisible()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(
    qtbot, tmp_path: Path, open_window
) -> None:
    refused = tmp_path / "x.sqlite"
    refused.write_text("catatan rapat desa, bukan database\n", encoding="utf-8")
    before = hashlib.sha256(refused.read_bytes()).hexdigest()
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow

    i18n.install(QApplication.instance(), "id")
    window = MainWindow(language="id")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_failed, timeout=20_000) as failed:
        window.open_database(str(refused))
    assert "x.sqlite" in failed.args[0]
    box = window.findChild(QMessageBox, "openErrorBox")
    assert box is not None and box.isVisible()
    assert box.text() == "Berdaya tidak dapat membuka database ini."
    assert "x.sqlite" in box.informativeText()
    pages = window.pages
    assert pages.currentWidget() is pages.closed
    assert pages.closed.button.text() == "Buka database lain…"
    assert hashlib.sha256(refused.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.glob("x.sqlite*")] == ["x.sqlite"]
    box.close()


def test_demo_data_fills_a_separate_database_and_opens_it(
    qtbot, tmp_path: Path, open_window, monkeypatch
) -> None:
    from desktop.ui import demo_data

    monkeypatch.setattr(demo_data, "DEMO_VILLAGES", 2)  # the flow, not the generator's size
    mine = tmp_path / "mine.sqlite"
    window = open_window(mine)
    assert demo_data.available()
    with qtbot.waitSignal(window.navigator_loaded, timeout=60_000):
        window.pages.welcome.demo_button.click()
    assert window.workspace is not None
    assert window.workspace.description == str(tmp_path / demo_data.DEMO_FILE)
    listed = window.navigator.program_titles()
    assert len(listed) == 2 and all(programs for _, programs in listed)
    assert window.pages.currentWidget() is window.pages.dashboard  # several villages
