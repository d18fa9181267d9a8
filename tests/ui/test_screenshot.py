"""The screenshot command renders the real window to a PNG, and refuses what it cannot show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.ui.screenshot import render


def _distinct_colours(image: QImage) -> int:
    step = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


@pytest.mark.parametrize("view", ["overview", "navigator", "empty"])
def test_each_view_is_written_as_a_picture(sample_db, tmp_path: Path, qapp, view: str) -> None:
    path, _ids = sample_db
    out = tmp_path / f"{view}.png"
    assert (
        render(db=str(path), view=view, out=str(out), lang="id", program=None, size=(1280, 800))
        == 0
    )
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)
    assert _distinct_colours(image) > 20  # text, cards and lines, not a blank window


def test_a_chosen_program_is_shown(sample_db, tmp_path: Path, qapp) -> None:
    path, ids = sample_db
    out = tmp_path / "chosen.png"
    program = str(ids["Kebun gizi keluarga"])
    assert (
        render(
            db=str(path),
            view="overview",
            out=str(out),
            lang="en",
            program=program,
            size=(1024, 700),
        )
        == 0
    )
    assert QImage(str(out)).width() == 1024


@pytest.mark.parametrize(
    ("view", "program", "message"),
    [
        ("calendar", None, "unknown view"),
        ("overview", "not-an-id", "not a program id"),
        ("overview", "0190a000-0000-7000-8000-000000000000", "no program with id"),
    ],
)
def test_what_cannot_be_shown_is_refused_clearly(
    sample_db, tmp_path: Path, qapp, capsys, view: str, program: str | None, message: str
) -> None:
    path, _ids = sample_db
    out = tmp_path / "refused.png"
    assert (
        render(db=str(path), view=view, out=str(out), lang="id", program=program, size=(800, 600))
        == 2
    )
    assert message in capsys.readouterr().err
    assert not out.exists()
