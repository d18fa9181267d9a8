"""The core stays free of the screen: the import-linter contract holds and catches a breach."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
    )


def test_the_core_never_imports_qt_or_the_ui() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_the_contract_catches_a_core_module_importing_qt(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bad = tmp_path / "desktop" / "core" / "leaky.py"
    bad.write_text('"""A module that must not exist."""\n\nfrom PySide6 import QtCore  # noqa\n')
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "desktop.core.leaky" in result.stdout
    assert "0 kept, 1 broken" in result.stdout
