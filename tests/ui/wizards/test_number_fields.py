"""The real number widgets read typing by the core's rule: the value is the parser's, or the
field says why it refuses."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.errors import ValidationError
from desktop.core.numbers import parse_count, parse_rupiah
from desktop.ui.wizards.fields import (
    FieldMessage,
    NumberEdit,
    RupiahEdit,
    count_length,
    number_refusals,
)

QUICK = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# "R-p0": a refusal typed after a dropped minus once took the minus hint away with it
STRINGS = [
    "12.500",
    "12.500,50",
    "1,5 juta",
    "Rp 1.500.000",
    "2 rb",
    "1,5",
    "1,500",
    "1.5",
    "1 5",
    "R-p0",
]


class _Page(QWidget):
    """The little a page offers a field: its messages by input name."""

    def __init__(self, edit: QWidget) -> None:
        super().__init__()
        self.inputs = {"amount": edit}
        self.messages = {"amount": FieldMessage(self)}
        layout = QVBoxLayout(self)
        layout.addWidget(edit)
        layout.addWidget(self.messages["amount"])


def _typed(qtbot: Any, edit: Any, text: str) -> _Page:
    page = _Page(edit)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(edit, text)
    return page


def _check_rupiah(qtbot: Any, text: str) -> None:
    edit = RupiahEdit()
    page = _typed(qtbot, edit, text)
    message = page.messages["amount"]
    if not text.strip():  # nothing typed: nothing understood, nothing refused
        assert edit.problem() is None and edit.value() == 0
        return
    if any(c in "-−" for c in text):  # the minus is not taken, and the field says so
        assert "-" not in edit.text() and message.isVisible()
        return
    try:
        meant = parse_rupiah(text)
    except ValidationError:
        assert edit.problem() is not None
        assert number_refusals(page) and message.isVisible() and message.text()
        return
    assert edit.problem() is None and edit.value() == meant
    edit.editingFinished.emit()
    assert parse_rupiah(edit.text()) == meant  # shown back as understood


def test_rupiah_edit_reads_what_the_core_reads(qtbot: Any) -> None:
    for text in STRINGS:
        _check_rupiah(qtbot, text)


@QUICK
@given(st.text(alphabet="0123456789.,- Rpjutarbk", max_size=10))
def test_rupiah_edit_never_takes_another_number(qtbot: Any, text: str) -> None:
    _check_rupiah(qtbot, text)


@QUICK
@given(st.text(alphabet="0123456789., -", max_size=8))
def test_count_edit_is_the_parser_or_refuses(qtbot: Any, text: str) -> None:
    edit = NumberEdit()
    page = _typed(qtbot, edit, text)
    try:
        meant = parse_count(text) if text.strip() else None
    except ValidationError:
        assert edit.number() is None and page.messages["amount"].isVisible()
        return
    assert edit.number() == meant and edit.problem() is None


def test_counts_have_no_silent_cap_and_a_minus_is_refused(qtbot: Any) -> None:
    edit = NumberEdit()
    page = _typed(qtbot, edit, "12000")
    assert edit.number() == 12_000
    edit.clear()
    qtbot.keyClicks(edit, "-5")
    assert edit.number() is None and "negative" in page.messages["amount"].text()


def test_name_shows_its_count_near_the_limit(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    edit = count_length(QLineEdit(), 120)
    qtbot.addWidget(edit)
    edit.show()
    edit.setText("x" * 50)
    counter = edit.findChild(QWidget, "fieldEcho")
    assert counter is not None and not counter.isVisible()
    edit.setText("x" * 118)
    assert counter.isVisible() and counter.text() == "118/120"
    edit.setText("x" * 130)
    assert edit.text() == "x" * 130  # never cut: the core refuses it in words
