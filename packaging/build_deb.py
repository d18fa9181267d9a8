"""Build dist/berdaya_<version>_<arch>.deb from the one-folder app (see `make package`).

    python packaging/build_deb.py [--app dist/berdaya] [--out dist] [--fast]

The package installs the app under /opt/berdaya, the command /usr/bin/berdaya (a link), the menu
entry, the icons (rendered here from resources/icons/berdaya.svg with Qt), the AppStream metainfo
and the .berdaya file type. Only dpkg-deb is needed: `--root-owner-group` makes every file root's
without fakeroot.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICON = ROOT / "resources" / "icons" / "berdaya.svg"
APP_ID = "id.berdaya.Berdaya"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

CONTROL = """\
Package: berdaya
Version: {version}
Architecture: {arch}
Maintainer: The Berdaya project <berdaya@localhost>
Installed-Size: {size_kb}
Depends: libc6, libegl1, libgl1, libxkbcommon0, libfontconfig1, libdbus-1-3, libglib2.0-0,
 libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1
Recommends: fonts-dejavu-core
Section: misc
Priority: optional
Description: community empowerment programs in villages, offline
 Berdaya guides village facilitators through the seven stages of a
 community empowerment program and measures its principles and goals as
 the work goes. It works without internet and keeps everything in one
 local database file; offices and villages exchange bundle files.
"""


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def render_icons(share: Path) -> None:
    """The scalable SVG and a PNG at each usual size, drawn by Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICON))
    if not renderer.isValid():
        raise SystemExit(f"build_deb: {ICON} is not an SVG Qt can draw")
    hicolor = share / "icons" / "hicolor"
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(ICON, scalable / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        if not image.save(str(folder / f"{APP_ID}.png")):
            raise SystemExit(f"build_deb: could not write the {size}px icon")


def stage(app: Path, tree: Path, package_version: str, arch: str) -> None:
    """Lay out the installed files and DEBIAN/ under ``tree``."""
    shutil.copytree(app, tree / "opt" / "berdaya", symlinks=True)
    bin_dir = tree / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "berdaya").symlink_to("/opt/berdaya/berdaya")

    share = tree / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir()
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    today = datetime.date.today().isoformat()
    metainfo = metainfo.replace("@VERSION@", package_version).replace("@DATE@", today)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(LINUX / "berdaya-mime.xml", share / "mime" / "packages" / "berdaya.xml")
    render_icons(share)

    size_kb = sum(p.lstat().st_size for p in tree.rglob("*") if not p.is_dir()) // 1024
    debian = tree / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        CONTROL.format(version=package_version, arch=arch, size_kb=size_kb), encoding="utf-8"
    )
    for script in ("postinst", "postrm"):
        shutil.copyfile(LINUX / script, debian / script)
        (debian / script).chmod(0o755)
    for path in tree.rglob("*"):  # the modes dpkg expects whatever the umask was
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif path.parent != debian:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def build(app: Path, out: Path, *, fast: bool = False) -> Path:
    """The .deb of the one-folder ``app`` in ``out``; ``fast``: gzip -1 instead of xz (tests)."""
    if not (app / "berdaya").is_file():
        raise SystemExit(f"build_deb: no one-folder app at {app}: run PyInstaller first")
    package_version, arch = version(), architecture()
    target = out / f"berdaya_{package_version}_{arch}.deb"
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz", "-z6"]
    with tempfile.TemporaryDirectory(prefix="berdaya-deb-") as scratch:
        tree = Path(scratch) / "root"
        stage(app, tree, package_version, arch)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", *compression, "--build", str(tree), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "berdaya")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--fast", action="store_true", help="gzip -1 instead of xz: a bigger file")
    options = parser.parse_args(argv)
    options.out.mkdir(parents=True, exist_ok=True)
    print(build(options.app.resolve(), options.out.resolve(), fast=options.fast))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
