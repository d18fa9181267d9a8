"""Tab goes through every dialog in the order a reader sees it: top to bottom, left to right,
so no checkbox or default that changes data sits where typing is meant to land. Each dialog of
the program is shown and its Tab chain compared with its widgets' places on the screen."""

from __future__ import annotations

import importlib.util
import itertools
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget, QWizard

from desktop.core.domain import Stage


def _wizard_fixtures() -> Any:
    """The wizard tests' fixtures (a demo database, a window on it), shared without a package."""
    path = Path(__file__).parent / "wizards" / "conftest.py"
    spec = importlib.util.spec_from_file_location("wizard_fixtures_tab", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_fixtures = _wizard_fixtures()
demo_db = _fixtures.demo_db
wizard_window = _fixtures.wizard_window


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``root``, in the order it visits them."""
    stops: list[QWidget] = []
    seen: set[int] = set()
    widget = root.nextInFocusChain()
    while widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if (
            takes_tab
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusProxy() is None
            and widget.window() is root
            and widget.rect().isValid()
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _place(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _column(widget: QWidget) -> int | None:
    """Which of a dialog's side-by-side columns (widgets named ``leftColumn``/``rightColumn``)
    holds ``widget``; None outside them."""
    names = {"leftColumn": 0, "rightColumn": 1}
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() in names:
            return names[parent.objectName()]
        parent = parent.parentWidget()
    return None


def comes_before(a: QWidget, b: QWidget) -> bool:
    """``a`` is read before ``b``: in a column to the left of b's, or else wholly above it, or
    beside it on the same line to its left."""
    columns = _column(a), _column(b)
    if None not in columns and columns[0] != columns[1]:
        return columns[0] < columns[1]  # type: ignore[operator]
    first, second = _place(a), _place(b)
    if first.bottom() < second.top():
        return True
    if second.bottom() < first.top():
        return False
    if first.right() < second.left():
        return True
    if second.right() < first.left():
        return False
    return first.top() < second.top()  # overlapping: a field and its own part


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
    return f"{type(widget).__name__}({text or widget.objectName()})"


def disorder(root: QWidget, *, buttons_last: bool = False) -> list[str]:
    """Each Tab step that goes back up or to the left, as "from -> to".

    A wizard's own buttons (Back, Next, Cancel) close its chain, below every page: with
    ``buttons_last`` the page's chain is checked up to them."""
    QApplication.processEvents()
    stops = tab_stops(root)
    if buttons_last and isinstance(root, QWizard):
        own = {id(root.button(b)) for b in QWizard.WizardButton if root.button(b) is not None}
        stops = [s for s in stops if id(s) not in own]
    return [f"{_name(a)} -> {_name(b)}" for a, b in itertools.pairwise(stops) if comes_before(b, a)]


def assert_in_order(root: QWidget, **options: bool) -> None:
    wrong = disorder(root, **options)
    assert not wrong, f"{type(root).__name__}: Tab goes back:\n" + "\n".join(wrong)


def _stage_program(path: Path) -> uuid.UUID:
    from sqlalchemy import select

    from desktop.core.database import open_database
    from desktop.core.models import Program

    database = open_database(path)
    try:
        with database.session() as session:
            found = session.scalars(
                select(Program.id).where(Program.closed_on.is_(None)).order_by(Program.id)
            ).first()
            assert found is not None
            return found
    finally:
        database.dispose()


@pytest.fixture
def window(demo_db: Path, wizard_window: Callable[..., Any]) -> Any:
    return wizard_window(demo_db, _stage_program(demo_db), lang="id")


def test_new_person_tabs_name_sex_occupation_then_the_box(window: Any, qtbot: Any) -> None:
    from desktop.ui.wizards.people import NewPersonDialog

    wizard = window.show_wizard(Stage.PREPARATION)
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    dialog = NewPersonDialog(page, "Bu Sri")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_in_order(dialog)
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.sex
    qtbot.keyClick(dialog.sex, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.occupation
    qtbot.keyClicks(dialog.occupation, "Kepala dusun")  # the space stays in the occupation
    assert dialog.occupation.text() == "Kepala dusun" and dialog.resident.isChecked()
    dialog.reject()


def test_every_dialog_tabs_in_reading_order(window: Any, demo_db: Path, qtbot: Any) -> None:
    from desktop.ui.dialogs.first_start import FirstStartWizard
    from desktop.ui.dialogs.restore import RestoreDialog
    from desktop.ui.sync.exporting import ExportDialog, show_export_dialog
    from desktop.ui.sync.importing import ImportDialog
    from desktop.ui.sync.review import ConflictsDialog
    from desktop.ui.wizards.formalisation_agreement import AgreementPage, PrintDialog
    from desktop.ui.wizards.people import NewPersonDialog

    failures: list[str] = []

    def check(dialog: QWidget, **options: bool) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        failures.extend(f"{type(dialog).__name__}: {f}" for f in disorder(dialog, **options))

    new_program = window.show_new_program_dialog()
    check(new_program)
    new_program.reject()

    restore = RestoreDialog(window, demo_db, window)
    check(restore)
    restore.close()

    show_export_dialog(window)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=10_000)
    export = window.findChild(ExportDialog)
    check(export)
    export.reject()
    for dialog in (ImportDialog(window), ConflictsDialog(window, window)):
        check(dialog)
        dialog.close()

    wizard = window.show_wizard(Stage.FORMALISATION)
    qtbot.waitExposed(wizard)
    person = NewPersonDialog(wizard.currentPage())
    check(person)
    person.reject()
    wizard.go_to_step("agreement")
    agreement = wizard.currentPage()
    assert isinstance(agreement, AgreementPage)
    printing = PrintDialog(agreement)
    check(printing)
    printing.reject()
    wizard.close()

    device = window.workspace.read(_device)
    walk = FirstStartWizard(window, device, language="id", parent=window)
    walk.show()
    qtbot.waitExposed(walk)
    for page_id in walk.pageIds():
        while walk.currentId() != page_id:
            before = walk.currentId()
            walk.next()
            if walk.currentId() == before:
                break
        failures.extend(
            f"{type(walk.currentPage()).__name__}: {f}" for f in disorder(walk, buttons_last=True)
        )
    walk.close()
    assert not failures, "Tab goes back:\n" + "\n".join(failures)


def test_settings_tab_in_reading_order(window: Any, qtbot: Any) -> None:
    from desktop.ui.dialogs.settings import SettingsDialog

    settings = SettingsDialog("id", window, context=window)
    settings.show()
    qtbot.waitExposed(settings)
    assert_in_order(settings)
    settings.close()


def _device(session: Any) -> Any:
    from desktop.core.device import local_device

    return local_device(session)


def test_a_chain_against_the_reading_order_is_caught(qtbot: Any) -> None:
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    first, box, second = (
        QLineEdit(dialog),
        QCheckBox("Tinggal di desa ini", dialog),
        QLineEdit(dialog),
    )
    layout = QVBoxLayout(dialog)
    for widget in (first, second, box):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert disorder(dialog) == [f"QCheckBox(Tinggal di desa ini) -> {_name(second)}"]
