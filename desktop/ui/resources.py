"""Where the program's own files are: the repository's resources/ or the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources`` folder: inside the bundle when frozen, else at the repository root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resource_dir() / "translations"


def icon_file(name: str) -> Path:
    return resource_dir() / "icons" / name
