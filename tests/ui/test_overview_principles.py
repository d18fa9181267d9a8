"""The four principles and the six goals on the overview, on a small program made through the
core operations whose figures are worked out by hand."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.domain import Goal, Principle

VILLAGE = "32.01.06.2008"
D = dt.date


def build_program(path: Path) -> dict[str, uuid.UUID]:
    """Two programs: "Kebun bersama", with

    - one meeting led by Ani: Ani (spoke, chaired), Budi (spoke), Joko, and 6 women and 5 men
      not named: women are 7 of 14 attending (50%), 1 of 2 speakers (50%), 1 of 1 decision
      role (100%); equality is their mean, 67%;
    - an activity carried by the facilitator (April-May 2024): participation plans 1 of 1
      (the meeting), carries out 0 of 1, monitors 1 of 1 (Ani measures): 67% on average;
    - its budget: Rp 250.000 from the community, Rp 750.000 from outside: self-reliance 25%;
    - indicators: income Rp 500.000 -> Rp 1.500.000, measured Rp 1.000.000 (halfway); and an
      institutions indicator never measured;

    and "Program kosong", with nothing recorded at all."""
    from desktop.core import stages as st
    from desktop.core.database import open_database
    from desktop.core.domain import ContributionKind, FundingSource, MeetingKind, Sex, Stage
    from desktop.core.models import Person
    from desktop.core.programs import create_program
    from desktop.core.stages import Attendee, Party

    database = open_database(path)
    try:
        with database.session() as s, s.begin():
            ids = {
                name: create_program(
                    s,
                    village_code=VILLAGE,
                    name=name,
                    start_date=D(2024, 3, 1),
                    end_date=D(2024, 12, 31),
                ).created[0]
                for name in ("Kebun bersama", "Program kosong")
            }
            program = ids["Kebun bersama"]
            people = {}
            for name, sex in (("Ani", Sex.FEMALE), ("Budi", Sex.MALE), ("Joko", Sex.MALE)):
                person = Person(village_code=VILLAGE, name=name, sex=sex, is_resident=True)
                s.add(person)
                s.flush()
                people[name] = person.id
            st.record_meeting(
                s,
                program_id=program,
                stage=Stage.ASSESSMENT,
                kind=MeetingKind.DELIBERATION,
                title="Musyawarah dusun",
                held_on=D(2024, 3, 11),
                party=Party.member(people["Ani"]),
                attendees=[
                    Attendee(people["Ani"], spoke=True, decision_role="pemimpin rapat"),
                    Attendee(people["Budi"], spoke=True),
                    Attendee(people["Joko"]),
                ],
                unnamed_women=6,
                unnamed_men=5,
            )
            activity = st.add_activity(
                s,
                program_id=program,
                title="Membuat bedengan",
                planned_start=D(2024, 4, 1),
                planned_end=D(2024, 5, 20),
                party=Party.facilitator(),
            ).created[0]
            for source, amount in (
                (FundingSource.COMMUNITY, 250_000),
                (FundingSource.OUTSIDE, 750_000),
            ):
                st.add_budget_line(
                    s,
                    activity_id=activity,
                    description="Bibit dan pupuk",
                    source=source,
                    kind=ContributionKind.MONEY,
                    unit_value=amount,
                )
            income = st.add_indicator(
                s,
                program_id=program,
                goal=Goal.INCOME,
                name="Pendapatan kelompok per bulan",
                unit="Rp",
                baseline_value=500_000,
                target_value=1_500_000,
            ).created[0]
            st.record_measurement(
                s,
                indicator_id=income,
                measured_on=D(2024, 9, 2),
                value=1_000_000,
                party=Party.member(people["Ani"]),
            )
            st.add_indicator(
                s,
                program_id=program,
                goal=Goal.INSTITUTIONS,
                name="Pengurus kelompok yang aktif",
                unit="orang",
                baseline_value=2,
                target_value=10,
            )
    finally:
        database.dispose()
    return ids


@pytest.fixture
def program_db(tmp_path: Path) -> tuple[Path, dict[str, uuid.UUID]]:
    path = tmp_path / "principles.sqlite"
    return path, build_program(path)


def _show(qtbot: Any, window: Any, program_id: uuid.UUID) -> Any:
    page = window.overview
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert window.navigator.select_program(program_id)
    qtbot.waitUntil(lambda: page.measured is not None, timeout=10_000)
    return page


def _card_text(card: Any) -> str:
    """Everything the card says, as a person reads it top to bottom."""
    from PySide6.QtWidgets import QLabel

    QApplication.processEvents()  # new labels are shown by their layout on the next round
    return " | ".join(
        label.text() for label in card.findChildren(QLabel) if label.isVisible() and label.text()
    )


def _set_women_threshold(qtbot: Any, window: Any, percent: int) -> None:
    """Edit > Settings, set the equality threshold, Save."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.dialogs.settings import SettingsDialog

    seen: list[SettingsDialog] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog)
        dialog.thresholds["women"].setValue(percent)
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    window.show_settings()
    assert seen, "the settings dialog did not open"


def test_the_cards_show_the_figures_worked_out_by_hand(
    qtbot: Any, program_db: tuple[Path, dict[str, uuid.UUID]], open_window: Callable[..., Any]
) -> None:
    path, ids = program_db
    window = open_window(path, lang="en")
    page = _show(qtbot, window, ids["Kebun bersama"])
    cards = page.principles.cards

    equality = cards[Principle.EQUALITY]
    assert equality.name.text() == "Equality"
    assert equality.value.text() == "67%"
    assert [(p.name, p.value, p.count) for p in equality.content.parts] == [
        ("Attendance", "50%", "7 of 14"),
        ("Speakers and proposers", "50%", "1 of 2"),
        ("Decision roles", "100%", "1 of 1"),
    ]
    assert "Women reach the 30% you set in every part." in _card_text(equality)

    participation = cards[Principle.PARTICIPATION]
    assert participation.value.text() == "67%"  # plan 1 of 1, do 0 of 1, monitor 1 of 1
    parts = {p.name: (p.value, p.count) for p in participation.content.parts}
    assert parts["Planning"] == ("100%", "1 of 1")
    assert parts["Carrying out"] == ("0%", "0 of 1")
    assert parts["Monitoring"] == ("100%", "1 of 1")  # Ani measured the income
    assert participation.warnings() == [
        "The community carries 0% of the carrying out — below the 50% you set."
    ]

    reliance = cards[Principle.SELF_RELIANCE]
    assert reliance.value.text() == "25%"
    assert "Rp 250.000 of Rp 1.000.000" in _card_text(reliance)
    assert reliance.warnings() == []

    sustainability = cards[Principle.SUSTAINABILITY]
    assert sustainability.name.text() == "Sustainability"
    assert sustainability.value.isVisible()
    assert cards[Principle.SELF_RELIANCE].sparkline.values  # a month-by-month trend is drawn

    rows = page.goals.rows
    assert rows[Goal.INCOME] == [
        [
            "Pendapatan kelompok per bulan",
            "Rp 500.000",
            "Rp 1.500.000",
            "Rp 1.000.000",
            rows[Goal.INCOME][0][4],
        ]
    ]
    assert rows[Goal.INCOME][0][4].startswith("50% of the way")
    assert rows[Goal.INSTITUTIONS] == [
        ["Pengurus kelompok yang aktif", "2 orang", "10 orang", "—", "not measured yet"]
    ]
    assert rows[Goal.BUSINESS] == []
    from PySide6.QtWidgets import QLabel

    QApplication.processEvents()
    said = [label.text() for label in page.goals.findChildren(QLabel) if label.isVisible()]
    assert said.count("No indicator set for this goal yet.") == 4
    assert "Baseline" in said and "Target" in said and "Latest" in said


def test_an_empty_program_is_calm_rather_than_zero(
    qtbot: Any, program_db: tuple[Path, dict[str, uuid.UUID]], open_window: Callable[..., Any]
) -> None:
    path, ids = program_db
    window = open_window(path, lang="en")
    page = _show(qtbot, window, ids["Program kosong"])
    equality = page.principles.cards[Principle.EQUALITY]
    assert equality.empty.isVisible()
    assert equality.empty.text() == "No meetings recorded yet"
    assert not equality.value.isVisible()
    for card in page.principles.cards.values():
        assert "0%" not in _card_text(card)
        assert card.warnings() == []


def test_the_warning_follows_the_threshold_set_in_settings(
    qtbot: Any, program_db: tuple[Path, dict[str, uuid.UUID]], open_window: Callable[..., Any]
) -> None:
    from desktop.ui import settings

    path, ids = program_db
    window = open_window(path, lang="en")
    page = _show(qtbot, window, ids["Kebun bersama"])
    equality = page.principles.cards[Principle.EQUALITY]
    assert equality.warnings() == []

    _set_women_threshold(qtbot, window, 60)
    assert settings.saved_thresholds() == {"women": 0.6}
    warned = [
        "Women are 50% of the attendance — below the 60% you set.",
        "Women are 50% of those who spoke or proposed — below the 60% you set.",
    ]
    qtbot.waitUntil(lambda: equality.warnings() == warned, timeout=10_000)
    assert "Women are 50% of the attendance — below the 60% you set." in _card_text(equality)

    _set_women_threshold(qtbot, window, 30)
    assert settings.saved_thresholds() == {}  # back to the usual value: nothing kept
    qtbot.waitUntil(lambda: equality.warnings() == [], timeout=10_000)
    assert "Women reach the 30% you set in every part." in _card_text(equality)


def test_the_principles_speak_indonesian(
    qtbot: Any, program_db: tuple[Path, dict[str, uuid.UUID]], open_window: Callable[..., Any]
) -> None:
    path, ids = program_db
    window = open_window(path, lang="id")
    page = _show(qtbot, window, ids["Kebun bersama"])
    names = [card.name.text() for card in page.principles.cards.values()]
    assert names == ["Kesetaraan", "Partisipasi", "Keberlanjutan", "Kemandirian"]
    participation = page.principles.cards[Principle.PARTICIPATION]
    assert participation.warnings() == [
        "Masyarakat baru memegang 0% dari pelaksanaan — di bawah batas 50% yang Anda tetapkan."
    ]
    assert page.goals.rows[Goal.INCOME][0][1:4] == ["Rp 500.000", "Rp 1.500.000", "Rp 1.000.000"]
