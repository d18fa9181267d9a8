"""Every window, dialog and wizard page names its inputs for a screen reader, in both languages,
and the stepper the program paints itself offers the seven stages by name, each one opening."""

from __future__ import annotations

import importlib.util
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit, QWidget

from desktop.core.domain import STAGE_NAMES, Stage, StageStatus
from desktop.ui import accessibility
from desktop.ui.vocabulary import stage_name


def _wizard_fixtures() -> Any:
    """The wizard tests' fixtures (a demo database, a window on it), shared without a package."""
    path = Path(__file__).parent / "wizards" / "conftest.py"
    spec = importlib.util.spec_from_file_location("wizard_fixtures", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_fixtures = _wizard_fixtures()
demo_db = _fixtures.demo_db
wizard_window = _fixtures.wizard_window
install_language = _fixtures.install_language


def describe(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 5:
        chain.append(f"{type(current).__name__}({current.objectName()})")
        current = current.parentWidget()
    return " < ".join(chain)


def assert_named(root: QWidget) -> None:
    QApplication.processEvents()
    missing = [describe(w) for w in accessibility.unnamed(root)]
    assert not missing, f"{type(root).__name__}: interactive widgets without a name:\n" + "\n".join(
        missing
    )


def stage_program(path: Path, stage: Stage) -> uuid.UUID:
    """A demo program with ``stage`` under way (else the first open program)."""
    from sqlalchemy import select

    from desktop.core.database import open_database
    from desktop.core.models import Program, StageState

    database = open_database(path)
    try:
        with database.session() as session:
            query = (
                select(Program.id)
                .join(StageState, StageState.program_id == Program.id)
                .where(Program.closed_on.is_(None))
                .order_by(Program.id)
            )
            found = session.scalars(
                query.where(StageState.stage == stage, StageState.status == StageStatus.IN_PROGRESS)
            ).first()
            return found or session.scalars(query).first()  # type: ignore[return-value]
    finally:
        database.dispose()


def _on_modal(check: Callable[[QWidget], None]) -> list[str]:
    """Check the modal dialog ``exec`` is about to show, then close it."""
    failures: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        try:
            check(dialog)
        except AssertionError as error:
            failures.append(str(error))
        if isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(50, look)
    return failures


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_stage_wizard_page_names_its_inputs(
    demo_db: Path, wizard_window: Callable[..., Any], lang: str
) -> None:
    stages = list(Stage) if lang == "id" else [Stage.PREPARATION, Stage.IMPLEMENTATION]
    window = wizard_window(demo_db, stage_program(demo_db, Stage.PREPARATION), lang=lang)
    assert_named(window)
    for stage in stages:
        assert window.navigator.select_program(stage_program(demo_db, stage))
        wizard = window.show_wizard(stage)
        assert wizard is not None
        for step in wizard.flow.steps:
            wizard.go_to_step(step.id)
            assert_named(wizard)
        wizard.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_dialog_and_the_timeline_name_their_inputs(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    from desktop.ui.dialogs.first_start import FirstStartWizard
    from desktop.ui.dialogs.restore import RestoreDialog
    from desktop.ui.office.report_dialog import ReportDialog
    from desktop.ui.sync.exporting import ExportDialog, show_export_dialog
    from desktop.ui.sync.importing import ImportDialog
    from desktop.ui.sync.review import ConflictsDialog

    window = wizard_window(demo_db, stage_program(demo_db, Stage.PLANNING), lang=lang)
    new_program = window.show_new_program_dialog()
    assert new_program is not None
    assert_named(new_program)
    new_program.reject()

    failures = _on_modal(assert_named)
    window.show_settings()
    failures += _on_modal(assert_named)
    window.show_about()
    assert not failures, failures

    restore = RestoreDialog(window, demo_db, window)
    restore.show()
    assert_named(restore)
    restore.close()

    show_export_dialog(window)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=10_000)
    export = window.findChild(ExportDialog)
    qtbot.waitUntil(export.isVisible, timeout=10_000)
    assert_named(export)
    export.reject()

    for dialog in (ImportDialog(window), ConflictsDialog(window, window), ReportDialog(window)):
        dialog.show()
        assert_named(dialog)
        dialog.close()

    window.pages.show_dashboard()
    dashboard = window.pages.dashboard
    qtbot.waitUntil(lambda: dashboard.figures is not None and not dashboard.loading, timeout=30_000)
    assert_named(dashboard)
    window.pages.show_programs()

    device = window.workspace.read(_device)
    walk = FirstStartWizard(window, device, language=lang, parent=window)
    walk.show()
    for page_id in walk.pageIds():
        while walk.currentId() != page_id and walk.currentId() < page_id:
            before = walk.currentId()
            walk.next()
            if walk.currentId() == before:
                break
        assert_named(walk)
    walk.close()

    view = window.show_timeline()
    assert view is not None
    assert_named(view.window())
    _the_chosen_bar_is_heard(view, qtbot)


def _the_chosen_bar_is_heard(view: Any, qtbot: Any) -> None:
    """The painted bars reach a screen reader through the chart's description."""
    from desktop.ui.timeline.model import NodeKind

    def bars() -> list[Any]:
        return [n for n in view.model.by_key.values() if n.kind is NodeKind.ITEM and n.start]

    qtbot.waitUntil(lambda: bool(bars()), timeout=10_000)
    bar = bars()[0]
    view.select_node(bar)
    qtbot.waitUntil(lambda: bar.title in view.area.accessibleDescription(), timeout=5_000)
    assert view.area.accessibleName()


def _device(session: Any) -> Any:
    from desktop.core.device import local_device

    return local_device(session)


def test_a_dialog_built_without_the_mechanism_fails_the_walk(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.settings import SettingsDialog

    monkeypatch.setattr(accessibility, "name_widgets", lambda root: None)
    bare = SettingsDialog("en")
    qtbot.addWidget(bare)
    bare.show()
    with pytest.raises(AssertionError, match="without a name"):
        assert_named(bare)

    lone = QDialog()
    qtbot.addWidget(lone)
    QFormLayout(lone).addRow(QLineEdit(lone))
    lone.show()
    assert accessibility.unnamed(lone)


def test_names_come_from_what_is_read_beside_the_input(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    village = QLineEdit()
    form.addRow("&Village:", village)
    search = QLineEdit()
    search.setPlaceholderText("Search…")
    search.setToolTip("Type part of a name")
    form.addRow(search)
    accessibility.name_widgets(dialog)
    dialog.show()
    assert village.accessibleName() == "Village"
    assert search.accessibleName() == "Search…"
    assert search.accessibleDescription() == "Type part of a name"
    assert not accessibility.unnamed(dialog)


@pytest.fixture
def stepper_in(qtbot: Any) -> Iterator[Callable[[str], Any]]:
    from desktop.ui.stepper import StageStepper

    def make(lang: str) -> Any:
        install_language(lang)
        stepper = StageStepper()
        qtbot.addWidget(stepper)
        stepper.resize(700, 90)
        stepper.show()
        return stepper

    yield make
    install_language("id")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_stepper_offers_the_seven_stages_by_name_and_opens_one(
    stepper_in: Callable[[str], Any], qtbot: Any, lang: str
) -> None:
    stepper = stepper_in(lang)
    interface = QAccessible.queryAccessibleInterface(stepper)
    assert interface is not None
    assert interface.childCount() == 7
    names = [interface.child(i).text(QAccessible.Text.Name) for i in range(7)]
    for name, stage in zip(names, Stage, strict=True):
        assert name.endswith(stage_name(stage))
        assert name.casefold().endswith(STAGE_NAMES[lang][stage].casefold())
    assert all(str(number) in name for number, name in enumerate(names, 1))
    third = interface.child(2)
    assert interface.indexOfChild(third) == 2
    assert third.parent().object() is stepper
    assert third.text(QAccessible.Text.Description)  # its status
    actions = third.actionInterface()
    assert actions is not None
    assert QAccessibleActionInterface.pressAction() in actions.actionNames()
    with qtbot.waitSignal(stepper.stage_activated) as opened:
        actions.doAction(QAccessibleActionInterface.pressAction())
    assert opened.args == [list(Stage)[2]]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_new_person_and_print_dialogs_name_their_inputs(
    demo_db: Path, wizard_window: Callable[..., Any], qtbot: Any, lang: str
) -> None:
    from desktop.ui.wizards.formalisation_agreement import AgreementPage, PrintDialog
    from desktop.ui.wizards.people import NewPersonDialog

    window = wizard_window(demo_db, stage_program(demo_db, Stage.FORMALISATION), lang=lang)
    wizard = window.show_wizard(Stage.FORMALISATION)
    assert wizard is not None
    person = NewPersonDialog(wizard.currentPage(), "Bu Sri")
    person.show()
    assert_named(person)
    person.reject()
    wizard.go_to_step("agreement")
    page = wizard.currentPage()
    assert isinstance(page, AgreementPage)
    printing = PrintDialog(page)
    printing.show()
    assert_named(printing)
    assert printing.paper.accessibleName()
    printing.reject()
    wizard.close()
