"""Write desktop/ui/issue_texts.py: every sentence the core's rules may show a person.

The core says what is missing in English templates (``desktop.core.errors.Issue``); the
window translates them in the ``Issues`` context. lupdate only sees literal strings in the UI, so
this script collects the core's sentences, the words it puts into them (``what=...``) and the step
titles, and the templates of sync's refusals (``BundleRefused("“{file}” ...", file=...)``, see
desktop/core/sync/errors.py), and writes them as ``QT_TRANSLATE_NOOP`` markers. ``make test``
checks the file is current: run ``python scripts/issue_texts.py`` after changing a rule's message.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "desktop" / "ui" / "issue_texts.py"
SOURCES = (
    "desktop/core/stages",
    "desktop/core/programs.py",
    "desktop/core/records.py",
    "desktop/core/people.py",
    "desktop/core/device.py",
    "desktop/core/schedule.py",
    "desktop/core/sync/conflicts.py",
    "desktop/core/numbers.py",
    "desktop/core/office/rules.py",
    "desktop/core/reports/files.py",
    "desktop/core/reviews.py",
    "desktop/core/sync/folder_state.py",
)
# guards that take a word naming the thing as their last positional argument
NAMING_GUARDS = {
    *("live", "same_program", "date_in_program", "rupiah"),
    *("count", "positive_number", "finite", "text"),
}
NAMING_KEYWORDS = {"what", "name", "title", "missing", "summary"}
# sync's refusals: their template (first argument) and the fixed words put into them; only these
# calls are read in desktop/core/sync, whose other strings are SQL and wire names
# modules whose other strings are SQL, pragmas and log lines: only their refusals are read
REFUSAL_SOURCES = ("desktop/core/sync/*.py", "desktop/core/backups.py")
REFUSALS = {"SyncError", "BundleRefused", "HardDeleteRefused", "MissingRanges", "refuse"}
REFUSALS |= {"CardRefused", "CardRevoked"}  # the office card (desktop/core/sync/card.py)
REFUSALS |= {"SealRefused", "SealDamaged", "SealForged", "NotForThisDevice"}  # sealed.py
REFUSALS |= {"NewcomerRefused"}  # a device not trusted yet (desktop/core/sync/newcomers.py)
REFUSALS |= {"kind"}  # bundle.damaged(path, why, kind=...) builds its refusal of the given class
LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical"}
DAMAGED = "damaged"  # damaged(path, "why"): the why is put into the refusal's sentence


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _wanted(text: str) -> bool:
    return any(c.isalpha() for c in text)


def texts_of(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):  # words shown inside messages
            for value in node.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.add(value.value)
        if not isinstance(node, ast.Call):
            continue
        name = _called(node)
        if name in LOG_CALLS:
            continue  # the log's words are for developers, never shown
        strings = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        for arg in strings:
            if " " in arg.value.strip():
                found.add(arg.value)
        if name in NAMING_GUARDS and node.args:
            last = node.args[-1]
            if isinstance(last, ast.Constant) and isinstance(last.value, str):
                found.add(last.value)
        if name == "Step" and len(node.args) > 1:
            title = node.args[1]
            if isinstance(title, ast.Constant) and isinstance(title.value, str):
                found.add(title.value)
        for keyword in node.keywords:
            value = keyword.value
            if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                continue
            if keyword.arg in NAMING_KEYWORDS or " " in value.value.strip():
                found.add(value.value)
    return {t for t in found if _wanted(t) and not t.startswith(("SELECT", "select", "%"))}


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def refusals_of(source: str) -> set[str]:
    """The templates of sync's refusals and the fixed words their values may be."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _called(node)
        if name in REFUSALS and node.args:
            template = _text(node.args[0])
            if template is not None:
                found.add(template)
            for keyword in node.keywords:
                for inner in ast.walk(keyword.value):
                    word = _text(inner)
                    if word is not None and _wanted(word):
                        found.add(word)
        if name == DAMAGED and len(node.args) > 1:
            why = _text(node.args[1])
            if why is not None:
                found.add(why)
    return {t for t in found if _wanted(t)}


def collect() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from desktop.core.domain import STAGE_NAMES

    found: set[str] = set(STAGE_NAMES["en"].values())  # shown inside messages, and as names
    for entry in SOURCES:
        path = ROOT / entry
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
        for file in files:
            found |= texts_of(file.read_text(encoding="utf-8"))
    for file in sorted(f for pattern in REFUSAL_SOURCES for f in ROOT.glob(pattern)):
        found |= refusals_of(file.read_text(encoding="utf-8"))
    return sorted(found)


def render(texts: list[str]) -> str:
    lines = [
        "# ruff: noqa: E501",
        '"""The core\'s rule sentences, step titles and the words put into them, for lupdate.',
        "",
        "Written by scripts/issue_texts.py from desktop/core; do not edit by hand. It passes 600",
        "lines because it is a list, one line per sentence, not code.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEXTS: tuple[object, ...] = (  # QT_TRANSLATE_NOOP gives back its text",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("Issues", {text!r}),' for text in texts]
    lines += [")", ""]
    return "\n".join(lines)


def formatted(text: str) -> str:
    """The file as ``ruff format`` leaves it (the project's settings, read from pyproject)."""
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run(
        [str(ruff), "format", "--stdin-filename", str(TARGET), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def main(argv: list[str]) -> int:
    wanted = formatted(render(collect()))
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != wanted:
            print("desktop/ui/issue_texts.py is out of date: run python scripts/issue_texts.py")
            return 1
        return 0
    TARGET.write_text(wanted, encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(collect())} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
