"""The office's dashboard in the window: where the window opens, the villages table's figures
against those computed here from the database, its filters and search, Enter opening the
program, the sending status over simulated bundle dates in both languages, the office's
settings saved and refused."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.core import demo, programs, summary
from desktop.core.database import open_database
from desktop.core.domain import DeviceKind, Stage
from desktop.core.models import AppliedBundle, Device, DeviceScope
from desktop.core.principles.scores import scores

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Made:
    path: Path
    sent_days_ago: dict[str, int]  # village code -> age of its newest bundle


def _bundles(path: Path, ages: dict[str, int]) -> None:
    """Bundles received from each village's laptop, the newest ``ages[code]`` days old, in
    place of the demo's own history of sending (the other villages never sent), read on the
    real today rather than the demo's own day."""
    from desktop.core.models import LocalSetting
    from desktop.core.office.figures import DEMO_DAY_KEY

    db = open_database(path)
    try:
        with db.session() as session:
            session.query(AppliedBundle).delete()
            session.query(LocalSetting).filter(LocalSetting.key == DEMO_DAY_KEY).delete()
            for code, days in ages.items():
                device = Device(id=uuid.uuid4(), label=f"laptop {code}", kind=DeviceKind.VILLAGE)
                device.scopes.append(DeviceScope(code=code))
                session.add(device)
                for age in (days + 20, days):
                    session.add(
                        AppliedBundle(
                            bundle_id=uuid.uuid4(),
                            sender_id=device.id,
                            created_at=NOW - dt.timedelta(days=age),
                            summary="{}",
                        )
                    )
            session.commit()
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def made(office_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Made:
    """The session's three demo villages (tests/conftest.py): one sent two days ago, one sixty
    days ago, one never."""
    path = tmp_path_factory.mktemp("office") / "dinas.sqlite"
    shutil.copy(office_demo, path)
    db = open_database(path)
    try:
        with db.session() as session:
            codes = sorted({p.village_code for p in summary.summarize(session)})
    finally:
        db.dispose()
    ages = dict(zip(codes, (2, 60), strict=False))
    _bundles(path, ages)
    return Made(path, ages)


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("field") / "desa.sqlite"
    db = open_database(path)
    try:
        demo.generate(db, villages=1, seed=3)
    finally:
        db.dispose()
    return path


def _copy(source: Path, folder: Path) -> Path:
    """The window writes to what it opens (its device, the day's backup): a copy per test."""
    target = folder / source.name
    shutil.copy2(source, target)
    return target


def _dashboard_window(qtbot: Any, open_window: Callable[..., Any], path: Path, lang: str) -> Any:
    window = open_window(path, lang=lang)
    pages = window.pages
    qtbot.waitUntil(lambda: pages.showing_dashboard(), timeout=20_000)
    qtbot.waitUntil(lambda: pages.dashboard.figures is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not pages.dashboard.loading, timeout=30_000)
    return window


def test_several_villages_open_on_the_dashboard_and_one_village_on_its_program(
    qtbot: Any, made: Made, single: Path, open_window: Callable[..., Any], tmp_path: Path
) -> None:
    window = _dashboard_window(qtbot, open_window, _copy(made.path, tmp_path), "en")
    dashboard = window.pages.dashboard
    assert window.pages.currentWidget() is dashboard
    assert not dashboard.progress.isVisible()
    assert dashboard.completeness.item(0, 0).text() == "All sub-districts"
    assert dashboard.completeness.item(0, 1).text() == "3"  # every village is expected
    # View > Programs and navigator, and back with Ctrl+D
    window.findChild(type(window.new_program_action), "programsAction").trigger()
    assert window.pages.currentWidget() is window.pages.splitter
    assert window.navigator.isVisible()
    window.findChild(type(window.new_program_action), "dashboardAction").trigger()
    assert window.pages.currentWidget() is dashboard

    (tmp_path / "one").mkdir()
    alone = open_window(_copy(single, tmp_path / "one"), lang="en")
    qtbot.waitUntil(lambda: alone.navigator.program_titles() != [], timeout=20_000)
    assert alone.pages.currentWidget() is alone.pages.splitter
    assert not alone.pages.showing_dashboard()


def _expected_rows(path: Path) -> list[dict[str, str]]:
    """Each program's row as worked out here: the overview's budget, the principles as
    ``berdaya summary`` computes them, the current stage from the stage rows."""
    db = open_database(path)
    rows = []
    try:
        with db.reading() as session:
            for village in programs.navigator(session):
                for entry in village.programs:
                    overview = programs.overview(session, entry.id)
                    measured = scores(session, entry.id)
                    planned = overview.budget_community + overview.budget_outside
                    rows.append(
                        {
                            "Village": village.name,
                            "Program": entry.name,
                            "Stage": f"{(entry.current_stage or Stage.TERMINATION).number}.",
                            "Equality": _percent(measured.equality.figure),
                            "Participation": _percent(measured.participation.figure),
                            "Sustainability": _percent(measured.sustainability.figure),
                            "Self-reliance": _percent(measured.self_reliance.figure),
                            "Community's share": _percent(
                                overview.budget_community / planned if planned else None
                            ),
                        }
                    )
    finally:
        db.dispose()
    return rows


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{round(share * 100)}%"


def _table(dashboard: Any) -> list[dict[str, str]]:
    model = dashboard.proxy
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    return [dict(zip(headers, row, strict=True)) for row in dashboard.visible_rows()]


def test_the_table_shows_the_figures_computed_from_the_database(
    qtbot: Any, made: Made, open_window: Callable[..., Any], tmp_path: Path
) -> None:
    path = _copy(made.path, tmp_path)
    expected = _expected_rows(made.path)
    window = _dashboard_window(qtbot, open_window, path, "en")
    shown = _table(window.pages.dashboard)
    keys = list(expected[0])
    got = sorted(
        ({k: row[k][:2] if k == "Stage" else row[k] for k in keys} for row in shown),
        key=lambda r: (r["Village"], r["Program"]),
    )
    assert got == sorted(expected, key=lambda r: (r["Village"], r["Program"]))
    assert len(shown) == len(expected)  # every village here has a program


def test_filters_and_search_narrow_the_rows_and_enter_opens_the_program(
    qtbot: Any, made: Made, open_window: Callable[..., Any], tmp_path: Path
) -> None:
    window = _dashboard_window(qtbot, open_window, _copy(made.path, tmp_path), "en")
    dashboard = window.pages.dashboard
    everything = _table(dashboard)
    assert dashboard.shown.text() == f"{len(everything)} of {len(everything)} rows"

    first = everything[0]
    dashboard.search.setText(first["Program"].upper()[:8])
    narrowed = _table(dashboard)
    assert narrowed and all(
        first["Program"][:8].casefold() in (r["Program"] + r["Village"]).casefold()
        for r in narrowed
    )
    dashboard.search.setText("tidak ada desa seperti ini")
    assert _table(dashboard) == []
    dashboard.search.clear()

    sub = dashboard.subdistricts
    sub.setCurrentIndex(1)
    assert {r["Sub-district"] for r in _table(dashboard)} == {sub.currentText()}
    sub.setCurrentIndex(0)

    stage = Stage(_stage_of(everything[0]["Stage"]))
    dashboard.stages.setCurrentIndex(dashboard.stages.findData(stage))
    assert {r["Stage"] for r in _table(dashboard)} == {everything[0]["Stage"]}
    dashboard.stages.setCurrentIndex(0)

    dashboard.sending.setCurrentIndex(dashboard.sending.findText("Never sent"))
    assert {r["Sending"] for r in _table(dashboard)} == {"Never sent"}
    dashboard.sending.setCurrentIndex(0)

    # sorting by a column orders the rows by its figures
    dashboard.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # In stage
    days = [int(r["In stage"].split()[0]) for r in _table(dashboard) if r["In stage"][0].isdigit()]
    assert days == sorted(days, reverse=True)

    # Enter on a row opens its program beside the navigator
    table = dashboard.table
    table.setFocus()
    table.setCurrentIndex(dashboard.proxy.index(0, 0))
    program_id = dashboard.proxy.program_at(0)
    with qtbot.waitSignal(window.overview.loaded, timeout=10_000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.pages.splitter
    assert window.navigator.selected_program() == program_id
    assert window.overview.title.text() == _table(dashboard)[0]["Program"]


def _stage_of(text: str) -> str:
    number = int(text.split(".")[0])
    return next(stage.value for stage in Stage if stage.number == number)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("id", ("Aktif", "Terlambat", "Belum pernah mengirim")),
        ("en", ("Active", "Late", "Never sent")),
    ],
)
def test_the_sending_status_follows_the_bundles_dates(
    qtbot: Any,
    made: Made,
    open_window: Callable[..., Any],
    tmp_path: Path,
    lang: str,
    words: tuple[str, str, str],
) -> None:
    window = _dashboard_window(qtbot, open_window, _copy(made.path, tmp_path), lang)
    dashboard = window.pages.dashboard
    status: dict[str, str] = {}
    newest: dict[str, str] = {}
    for row in dashboard.model.rows:
        code = row.village.code
        status[code] = dashboard.model.text(row, _column("SENDING"))
        newest[code] = dashboard.model.text(row, _column("LAST_BUNDLE"))
    active, late, never = words
    recent, silent = sorted(made.sent_days_ago, key=made.sent_days_ago.__getitem__)
    assert status[recent] == active
    assert status[silent] == late
    others = set(status) - {recent, silent}
    assert others and {status[code] for code in others} == {never}
    assert {newest[code] for code in others} == {"—"}
    two_days_ago = (NOW - dt.timedelta(days=2)).astimezone().date()
    assert str(two_days_ago.year) in newest[recent]
    # the reporting line: one village sent this month at most, the others are missing
    total = [dashboard.completeness.item(0, c).text() for c in range(1, 6)]
    assert total[0] == "3"
    assert int(total[4]) == 3 - int(total[1])


def _column(name: str) -> Any:
    from desktop.ui.office.villages_model import Column

    return Column[name]


def test_the_office_settings_are_saved_in_the_database_and_refusals_are_shown(
    qtbot: Any, made: Made, open_window: Callable[..., Any], tmp_path: Path
) -> None:
    from desktop.core.office.area import office_rules
    from desktop.ui.dialogs.settings import SettingsDialog

    path = _copy(made.path, tmp_path)
    window = _dashboard_window(qtbot, open_window, path, "en")
    dashboard = window.pages.dashboard
    silent = max(made.sent_days_ago, key=made.sent_days_ago.__getitem__)
    assert _sending_of(dashboard, silent) == "Late"
    seen: list[SettingsDialog] = []
    before: list[tuple[str, int, int]] = []
    refusals: list[str] = []

    def fill(name: str, late_days: int, due_day: int) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog) and dialog.office is not None
        seen.append(dialog)
        office = dialog.office
        qtbot.waitUntil(office.isEnabled, timeout=10_000)
        before.append((office.name.text(), office.late_days.value(), office.due_day.value()))
        office.name.setText(name)
        office.late_days.setValue(late_days)
        office.due_day.setValue(due_day)
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Save).click()
        if dialog.isVisible():  # refused: the reason is shown and the dialog stays
            assert office.error.isVisible()
            refusals.append(office.error.text())
            dialog.reject()

    QTimer.singleShot(0, lambda: fill("Dinas PMD Kabupaten Contoh", 90, 5))
    window.show_settings()
    assert seen and before == [("", 30, 10)] and not refusals
    db = open_database(path)
    try:
        with db.reading() as session:
            rules = office_rules(session)
    finally:
        db.dispose()
    assert (rules.office_name, rules.late_days, rules.due_day) == (
        "Dinas PMD Kabupaten Contoh",
        90,
        5,
    )
    # the dashboard reads again: sixty silent days are no longer late, the header has the name
    qtbot.waitUntil(lambda: _sending_of(dashboard, silent) == "Active", timeout=20_000)
    assert dashboard.title.text() == "Dinas PMD Kabupaten Contoh"
    assert "DAY 5" in dashboard.completeness_title.text()

    # opened again, the dialog shows what was saved; a name with a control character is
    # refused in words and nothing is saved
    QTimer.singleShot(0, lambda: fill("Dinas\x07PMD", 60, 5))
    window.show_settings()
    assert before[1] == ("Dinas PMD Kabupaten Contoh", 90, 5)
    assert len(refusals) == 1 and refusals[0]
    assert _sending_of(dashboard, silent) == "Active"


def _sending_of(dashboard: Any, code: str) -> str:
    row = next(r for r in dashboard.model.rows if r.village.code == code)
    return str(dashboard.model.text(row, _column("SENDING")))


def test_figures_of_the_cache_are_shown_at_once_and_confirmed_by_the_read(
    qtbot: Any, made: Made, tmp_path: Path
) -> None:
    """At start-up the dashboard shows the cache's figures before the database is open: current
    ones as they are; older ones marked with their day and a busy bar until the page's own
    read (off the GUI thread) brings today's, which leaves a same table as it is."""
    from desktop.core.office.area import read_area
    from desktop.core.office.cache import Cache, remember
    from desktop.core.office.cached import read_cached_area
    from desktop.core.office.charts import area_charts
    from desktop.ui import formatting
    from desktop.ui.office.dashboard import DashboardPage
    from desktop.ui.workspace import Workspace, open_and_read

    path = _copy(made.path, tmp_path)
    db = open_database(path)
    try:
        cache = Cache()
        with db.reading() as session, session.begin():
            read_area(session, cache=cache)
        assert remember(db, cache)
    finally:
        db.dispose()
    found = read_cached_area(path)
    assert found is not None and found.current

    shown = DashboardPage()
    qtbot.addWidget(shown)
    shown.show()
    with qtbot.waitSignal(shown.loaded, timeout=5_000):
        shown.show_cached(found, area_charts(found.figures))
    assert shown.figures == found.figures
    assert not shown.status.isVisible() and not shown.progress.isVisible()

    yesterday = dt.date.today() - dt.timedelta(days=1)
    older = type(found)(found.figures, current=False, computed_on=yesterday)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.show()
    told: list[None] = []
    page.loaded.connect(lambda: told.append(None))
    page.show_cached(older, area_charts(older.figures))
    assert not told  # not yet: the figures may have moved since
    assert page.progress.isVisible() and page.status.isVisible()
    assert formatting.long_date(yesterday) in page.status.text()
    rows = page.visible_rows()
    assert rows == shown.visible_rows()
    workspace = Workspace(open_and_read(str(path)), inline=True)
    try:
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            page.set_workspace(workspace)
        assert page.figures == found.figures and page.visible_rows() == rows
        assert not page.progress.isVisible() and not page.status.isVisible()
    finally:
        workspace.close()
