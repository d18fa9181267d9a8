"""The core stays free of the screen: the import-linter contract holds and catches a breach."""

from __future__ import annotations

import ast
import re
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


# --- no import circles, and no SQL in the window ----------------------------------------------

DESKTOP = ROOT / "desktop"
# a query built or run in the window (a Session passed through to the core is fine)
SQL_IN_UI = re.compile(
    r"\bselect\(|\bsession\.execute\(|\.query\(|exec_driver_sql\(|from sqlalchemy import|"
    r"\baliased\("
)


def _module_name(path: Path, top: Path) -> str:
    parts = list(path.relative_to(top.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(top: Path) -> dict[str, set[str]]:
    """Every module of the package at ``top`` and the package's modules it imports: at the top,
    inside functions and under TYPE_CHECKING alike (each can close a circle)."""
    files = {
        _module_name(p, top): p for p in top.rglob("*.py") if "migrations/versions" not in str(p)
    }
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                targets = []
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    targets.append(sub if sub in files else base)
            else:
                continue
            graph[name] |= {t for t in targets if t in files and t != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_of_the_program_takes_part_in_an_import_circle() -> None:
    graph = import_graph(DESKTOP)
    assert len(graph) > 100
    assert circles(graph) == []


def test_the_circle_check_finds_a_circle_through_a_deferred_import(tmp_path: Path) -> None:
    top = tmp_path / "pkg"
    top.mkdir()
    (top / "__init__.py").write_text('"""A package."""\n')
    (top / "a.py").write_text('"""A."""\n\nfrom pkg import b\n')
    (top / "b.py").write_text('"""B."""\n\n\ndef later():\n    from pkg.c import x\n')
    (top / "c.py").write_text(
        '"""C."""\n\nfrom typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from .a import y\n'
    )
    assert circles(import_graph(top)) == [["pkg.a", "pkg.b", "pkg.c"]]


def sql_in_the_window(ui: Path) -> list[str]:
    return [
        f"{path.relative_to(ui.parent.parent)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL_IN_UI.search(line)
    ]


def test_the_window_runs_no_sql_of_its_own() -> None:
    """The core reads for the window: desktop/ui builds no query and imports no SQLAlchemy."""
    assert sql_in_the_window(DESKTOP / "ui") == []


def test_the_sql_check_finds_a_query_in_the_window(tmp_path: Path) -> None:
    ui = tmp_path / "desktop" / "ui"
    ui.mkdir(parents=True)
    (ui / "page.py").write_text("rows = session.scalars(select(Person))\n")
    assert sql_in_the_window(ui) == ["desktop/ui/page.py:1: rows = session.scalars(select(Person))"]
