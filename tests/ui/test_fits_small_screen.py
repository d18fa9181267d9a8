"""The first window fits a 1366×768 laptop screen: the main window's first size, its least
size, and each stage wizard's first and least size fit above a 40-pixel taskbar. Run in a
separate process whose offscreen screen is 1366×768 (the platform's config file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WIDTH, HEIGHT = 1366, 768 - 40  # the screen above a taskbar


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_first_window_and_the_wizards_fit_a_laptop_screen(tmp_path: Path, lang: str) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]})
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, str(HERE / "fits_1366.py"), str(tmp_path / "db.sqlite"), lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,  # a busy machine; alone it takes a few seconds
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["screen"] == [0, 0, 1366, 768]
    x, y, width, height = found["window"]
    assert x + width <= WIDTH and y + height <= HEIGHT, found["window"]
    assert found["window_min"][0] <= WIDTH and found["window_min"][1] <= HEIGHT
    wizards = {key: value for key, value in found.items() if key.startswith("wizard")}
    assert len(wizards) == 7
    for name, (wx, wy, w, h, least_w, least_h) in wizards.items():
        assert wx + w <= WIDTH and wy + h <= HEIGHT, (name, found[name])
        assert least_w <= WIDTH and least_h <= HEIGHT, (name, found[name])
