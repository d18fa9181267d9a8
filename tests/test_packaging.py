"""The frozen one-folder app (packaging/berdaya.spec) builds, makes demo data and renders; its
Debian package (packaging/build_deb.py) validates, installs into a scratch root and renders too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "berdaya.spec"
APP_ID = "id.berdaya.Berdaya"

pytestmark = pytest.mark.slow


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


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The one-folder app, built once for this module's tests (the build is the slow part)."""
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "build"
    try:
        pyinstaller = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
        _run(
            [*pyinstaller, "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
            timeout=600,
            cwd=ROOT,
        )
        yield dist / "berdaya"
    finally:  # the bundle is ~160 MB: keep no copies in pytest's kept temp folders
        shutil.rmtree(dist, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def _demo_and_screenshot(app: Path, tmp_path: Path) -> Path:
    """Run ``app`` from elsewhere (nothing can come from the source tree): demo data, then the
    overview rendered to a PNG, whose path is returned."""
    assert app.is_file() and os.access(app, os.X_OK), f"no executable at {app}"
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
    return png


def _assert_rendered_overview(png: Path) -> None:
    from PySide6.QtGui import QImage

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


def test_frozen_app_makes_demo_data_and_a_screenshot(frozen_app: Path, tmp_path: Path) -> None:
    _assert_rendered_overview(_demo_and_screenshot(frozen_app / "berdaya", tmp_path))


def test_debian_package_validates_installs_and_renders(frozen_app: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    for tool in ("dpkg-deb", "desktop-file-validate", "appstreamcli"):
        assert shutil.which(tool), f"{tool} is missing: run `make system`"
    built = _run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_deb.py"),
            "--app",
            str(frozen_app),
            "--out",
            str(tmp_path / "out"),
            "--fast",
        ],
        timeout=300,
        cwd=ROOT,
    )
    deb = Path(built.stdout.strip().splitlines()[-1])
    assert deb.is_file() and deb.name.startswith("berdaya_") and deb.suffix == ".deb", deb
    fields = _run(["dpkg-deb", "--field", str(deb), "Package", "Version"], 60, tmp_path).stdout
    assert "Package: berdaya" in fields, fields

    # installed into a scratch root, never into this system
    root = tmp_path / "root"
    try:
        _run(["dpkg-deb", "--extract", str(deb), str(root)], timeout=120, cwd=tmp_path)
        control = tmp_path / "control"
        _run(["dpkg-deb", "--control", str(deb), str(control)], timeout=60, cwd=tmp_path)
        for script in ("postinst", "postrm"):
            assert os.access(control / script, os.X_OK), f"{script} is not executable"

        share = root / "usr" / "share"
        desktop = share / "applications" / f"{APP_ID}.desktop"
        metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
        _run(["desktop-file-validate", str(desktop)], timeout=60, cwd=tmp_path)
        _run(["appstreamcli", "validate", "--no-net", str(metainfo)], timeout=60, cwd=tmp_path)
        entry = desktop.read_text(encoding="utf-8")
        for line in ("Exec=berdaya %F", f"Icon={APP_ID}", "MimeType=application/x-berdaya-bundle;"):
            assert line in entry.splitlines(), f"{line!r} not in the desktop entry"
        assert "GenericName[id]=" in entry and "Comment[id]=" in entry
        mime = (share / "mime" / "packages" / "berdaya.xml").read_text(encoding="utf-8")
        assert 'type="application/x-berdaya-bundle"' in mime and "*.berdaya" in mime
        assert os.readlink(root / "usr" / "bin" / "berdaya") == "/opt/berdaya/berdaya"

        hicolor = share / "icons" / "hicolor"
        assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
        for size in (16, 32, 48, 64, 128, 256):
            icon = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
            assert (icon.width(), icon.height()) == (size, size), f"{size}px icon"
            centre = icon.pixelColor(size // 2, size // 2)
            assert centre.alpha() == 255, f"the {size}px icon is empty in the middle"

        installed = root / "opt" / "berdaya" / "berdaya"
        _assert_rendered_overview(_demo_and_screenshot(installed, tmp_path))
    finally:  # an unpacked copy of the app: ~160 MB
        shutil.rmtree(root, ignore_errors=True)
