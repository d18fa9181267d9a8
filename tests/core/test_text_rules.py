"""Text at the core: control characters and lengths a table can show."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.database import open_database
from desktop.core.domain import Sex
from desktop.core.errors import Issue, ValidationError
from desktop.core.models import Person
from desktop.core.people import add_person
from desktop.core.programs import create_program
from desktop.core.stages import guards


def test_control_characters_are_refused_in_required_text() -> None:
    for bad in ("Siti\x00Aminah", "Siti\x1b[31m", "Siti\x7f"):
        issues: list[Issue] = []
        guards.text(issues, "name", bad, "Give a name.")
        assert [i.field for i in issues] == ["name"]
        assert "control character" in issues[0].message
    issues = []
    assert guards.text(issues, "text", "line one\nline\ttwo", "Write it.") == "line one\nline\ttwo"
    assert issues == []
    guards.text(issues, "name", "Siti\nAminah", "Give a name.", one_line=True)
    assert len(issues) == 1


def test_optional_text_drops_control_characters_and_refuses_beyond_its_limit() -> None:
    assert guards.optional_text("  kopi\x00 susu\x1b ") == "kopi susu"
    with pytest.raises(ValidationError, match=r"at most 5\.000 fit"):
        guards.optional_text("x" * 5_001, limit=guards.NOTE_MAX)


def test_length_limits_name_the_limit() -> None:
    issues: list[Issue] = []
    guards.text(issues, "title", "x" * 201, "Give a title.")
    guards.text(issues, "text", "x" * 5_000, "Write it.")
    guards.text(issues, "name", "x" * 121, "Give a name.", limit=guards.NAME_MAX)
    assert [i.message for i in issues] == [
        "This text is 201 characters long; at most 200 fit.",
        "This text is 121 characters long; at most 120 fit.",
    ]


def test_a_name_with_nul_never_reaches_the_database(tmp_path: Path) -> None:
    session = open_database(tmp_path / "t.sqlite").session()
    try:
        program_id = create_program(
            session, village_code="53.10.05.2003", name="Air bersih", start_date=dt.date(2026, 1, 5)
        ).created[0]
        for name in ("Siti\x00Aminah", "x" * 10_000_000):
            with pytest.raises(ValidationError):
                add_person(session, program_id=program_id, name=name, sex=Sex.FEMALE.value)
        with pytest.raises(ValidationError):
            create_program(
                session,
                village_code="53.10.05.2003",
                name="Air\x00bersih",
                start_date=dt.date(2026, 1, 5),
            )
        assert session.scalar(select(func.count()).select_from(Person)) == 0
    finally:
        session.close()
