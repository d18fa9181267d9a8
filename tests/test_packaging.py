"""The frozen one-folder app (packaging/berdaya.spec) builds, makes demo data and renders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "berdaya.spec"


def _run(args: list[str], timeout: float, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, (
        f"{' '.join(args)} exited {result.returncode}\n"
        f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-4000:]}"
    )
    return result


@pytest.mark.slow
def test_frozen_app_makes_demo_data_and_a_screenshot(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "build"
    try:
        _build_run_and_check(tmp_path, dist, work)
    finally:  # the bundle is ~200 MB: keep no copies in pytest's kept temp folders
        shutil.rmtree(dist, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def _build_run_and_check(tmp_path: Path, dist: Path, work: Path) -> None:
    from PySide6.QtGui import QImage

    pyinstaller = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    _run(
        [*pyinstaller, "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        timeout=600,
        cwd=ROOT,
    )
    app = dist / "berdaya" / "berdaya"
    assert app.is_file() and os.access(app, os.X_OK), f"no executable at {app}"

    # run from elsewhere, so nothing can come from the source tree by accident
    run_dir = tmp_path / "elsewhere"
    run_dir.mkdir()
    database = tmp_path / "demo.sqlite"
    png = tmp_path / "o.png"
    _run(
        [str(app), "demo", "--db", str(database), "--villages", "2", "--seed", "1"],
        timeout=300,
        cwd=run_dir,
    )
    _run(
        [str(app), "screenshot", "--db", str(database), "--view", "overview", "--out", str(png)],
        timeout=300,
        cwd=run_dir,
    )

    assert png.is_file(), "the screenshot was not written"
    image = QImage(str(png))
    assert not image.isNull(), "the screenshot is not a readable PNG"
    assert image.width() >= 800 and image.height() >= 500, (image.width(), image.height())
    colours = {
        image.pixel(x * image.width() // 40, y * image.height() // 25)
        for x in range(40)
        for y in range(25)
    }
    assert len(colours) > 10, f"the screenshot is nearly flat: {len(colours)} colours"
