"""Fixtures of the window tests: private preferences, and small databases made through the core."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

VILLAGES = {
    # code: (program name, how many stages are done, the status of the next one)
    "32.01.06.2008": ("Air bersih Dusun Krajan", 4, "in_progress"),  # Cibodas, Jonggol, Bogor
    "33.10.11.2001": ("Kebun gizi keluarga", 1, "in_progress"),
}


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep QSettings (language, window geometry), device keys and the default database out of
    the user's own folders."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QStandardPaths.setTestModeEnabled(True)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def build_sample(path: Path) -> dict[str, uuid.UUID]:
    """A database with two programs in two villages, one of them with meetings, activities,
    budget and contributions. Returns the program ids by program name."""
    from desktop.core.database import open_database
    from desktop.core.domain import (
        ContributionKind,
        FundingSource,
        MeetingKind,
        PartyKind,
        Stage,
        StageStatus,
    )
    from desktop.core.models import Activity, BudgetLine, Contribution, Meeting, StageState
    from desktop.core.programs import create_program

    database = open_database(path)
    ids: dict[str, uuid.UUID] = {}
    try:
        with database.session() as session, session.begin():
            for code, (name, done, _next) in VILLAGES.items():
                changes = create_program(
                    session,
                    village_code=code,
                    name=name,
                    start_date=_day("2024-02-05"),
                    end_date=_day("2025-06-30"),
                    description="Program bersama warga untuk kebutuhan yang mereka pilih sendiri.",
                )
                program_id = changes.created[0]
                ids[name] = program_id
                states = session.query(StageState).filter_by(program_id=program_id).all()
                for state in states:
                    if state.position <= done:
                        state.status = StageStatus.DONE
                        state.started_on = _day("2024-02-05")
                        state.completed_on = _day("2024-03-01")
                    elif state.position == done + 1:
                        state.status = StageStatus.IN_PROGRESS
                        state.started_on = _day("2024-03-02")
            program_id, code = ids["Air bersih Dusun Krajan"], "32.01.06.2008"
            for number, (women, men) in enumerate([(14, 20), (18, 15), (22, 19)], 1):
                session.add(
                    Meeting(
                        village_code=code,
                        program_id=program_id,
                        stage=Stage.ASSESSMENT,
                        kind=MeetingKind.DELIBERATION,
                        title=f"Musyawarah dusun {number}",
                        held_on=_day("2024-02-20") + dt.timedelta(days=14 * number),
                        unnamed_women=women,
                        unnamed_men=men,
                        party_kind=PartyKind.COMMUNITY_GROUP,
                    )
                )
            plan = [
                ("Survei sumber mata air", 100, 1_500_000, 0),
                ("Pengadaan pipa dan tandon", 60, 4_000_000, 12_500_000),
                ("Pemasangan jaringan pipa", 35, 6_000_000, 3_000_000),
                ("Pelatihan kelompok pengelola air", 0, 500_000, 2_000_000),
            ]
            for position, (title, progress, own, outside) in enumerate(plan):
                activity = Activity(
                    village_code=code,
                    program_id=program_id,
                    stage=Stage.IMPLEMENTATION,
                    title=title,
                    planned_start=_day("2024-05-01") + dt.timedelta(days=30 * position),
                    planned_end=_day("2024-05-25") + dt.timedelta(days=30 * position),
                    progress=progress,
                    position=position,
                    party_kind=PartyKind.COMMUNITY_GROUP,
                )
                session.add(activity)
                session.flush()
                for source, amount in (
                    (FundingSource.COMMUNITY, own),
                    (FundingSource.OUTSIDE, outside),
                ):
                    if amount:
                        session.add(
                            BudgetLine(
                                village_code=code,
                                activity_id=activity.id,
                                description=title,
                                source=source,
                                kind=ContributionKind.MONEY,
                                unit_value=amount,
                                amount=amount,
                            )
                        )
                if progress:
                    session.add(
                        Contribution(
                            village_code=code,
                            activity_id=activity.id,
                            source=FundingSource.COMMUNITY,
                            kind=ContributionKind.LABOUR,
                            given_on=_day("2024-06-01"),
                            quantity=progress / 2,
                            unit="HOK",
                            value=int(progress / 2 * 100_000),
                        )
                    )
    finally:
        database.dispose()
    return ids


@pytest.fixture
def sample_db(tmp_path: Path) -> tuple[Path, dict[str, uuid.UUID]]:
    path = tmp_path / "sample.sqlite"
    return path, build_sample(path)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Build the .qm files beside the .ts sources when they are missing or older (as
    ``make translations`` does), so the tests see the translations the program ships."""
    from desktop.ui.resources import translations_dir

    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    for source in sorted(translations_dir().glob("berdaya_*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [lrelease, str(source), "-qm", str(target)], check=True, capture_output=True
            )


@pytest.fixture
def open_window(qtbot: Any) -> Callable[..., Any]:
    """Make a shown main window in a language and open a database in it, as start-up does."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n, theme
    from desktop.ui.main_window import MainWindow

    def make(path: Path, *, lang: str = "id") -> MainWindow:
        app = QApplication.instance()
        i18n.install(app, lang)
        theme.apply(app)
        window = MainWindow(language=lang)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        with qtbot.waitSignal(window.database_opened, timeout=20_000):
            window.open_database(str(path))
        return window

    return make
