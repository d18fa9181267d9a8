"""Every ``berdaya`` command line of the README, run as written against prepared files: none may
be refused for its arguments (an unknown command, an option in an unexpected place)."""

from __future__ import annotations

import itertools
import re
import shutil
import uuid
from pathlib import Path

import pytest

from desktop import cli
from desktop.core import backups, demo
from desktop.core.database import open_database

REPO = Path(__file__).resolve().parents[2]
VILLAGE = "73.15.03.2007"  # the demo's first village (seed 1)
ARGUMENT_ERRORS = (
    "unrecognized arguments",
    "invalid choice",
    "the following arguments are required",
    "expected one argument",
    "not allowed with argument",
    "usage:",
)


def readme_lines() -> list[str]:
    """The command lines in the README's tables and code blocks, as written."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    found = []
    for row in text.splitlines():
        if row.startswith("|") and not row.startswith("| `berdaya"):
            continue  # a table of figures, whose cells quote parts of commands
        for span in re.findall(r"`(berdaya [^`]+)`", row):
            found.extend(part.strip() for part in span.replace("\\|", "|").split(" / "))
    for block in re.findall(r"```\n(.*?)```", text, flags=re.S):
        found.extend(
            line.strip().removeprefix(".venv/bin/")
            for line in block.splitlines()
            if line.strip().removeprefix(".venv/bin/").startswith("berdaya ")
        )
    # the window's own lines (berdaya --db URL, berdaya FILE.berdaya) open no command
    return [line for line in dict.fromkeys(found) if line.split()[1][:1].islower()]


def expand(line: str) -> list[list[str]]:
    """Each way of writing the line: alternatives (``a|b``, ``(x | y)``) taken one at a time,
    optional parts (``[--full]``) given."""
    line = line.replace("[", "").replace("]", "")
    groups = re.split(r"\(([^)]*)\)", line)
    parts: list[list[str]] = []
    for index, group in enumerate(groups):
        if index % 2:
            parts.append([alt.strip() for alt in group.split(" | ")])
        else:
            parts.append([group])
    lines = [" ".join(choice).split() for choice in itertools.product(*parts)]
    result = []
    for words in lines:
        options = [word.split("|") for word in words]
        result.extend(list(combo) for combo in itertools.product(*options))
    return result


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("readme")
    base = folder / "base.sqlite"
    assert cli.main(["init", "--db", str(base), "--village", VILLAGE]) == 0
    db = open_database(base)
    demo.generate(db, villages=1, seed=1)
    with db.reading() as session:
        from sqlalchemy import text

        program = session.execute(text("SELECT id FROM programs LIMIT 1")).scalar()
        device = session.execute(text("SELECT id FROM devices LIMIT 1")).scalar()
    db.dispose()
    bundle = folder / "given.berdaya"
    assert cli.main(["export", "--db", str(base), "--out", str(bundle), "--full"]) == 0
    backup = backups.make_backup(base, reason="daily")
    return {
        "base": str(base),
        "bundle": str(bundle),
        "backup": str(backup),
        "program": str(uuid.UUID(bytes=program) if isinstance(program, bytes) else program),
        "device": str(uuid.UUID(bytes=device) if isinstance(device, bytes) else device),
    }


def concrete(words: list[str], world: dict[str, str], folder: Path) -> list[str]:
    """The line with its placeholders filled: files made, ids of the prepared database."""
    command = words[1]
    fresh = folder / "db.sqlite"
    if command in ("init", "demo"):
        fresh.unlink(missing_ok=True)
    else:
        shutil.copyfile(world["base"], fresh)
    values = {
        "PATH": str(fresh),
        # the office server's address stands for a database here (its own test runs a server)
        "postgresql+psycopg://berdaya:PASSWORD@server/berdaya": str(fresh),
        "FILE.png": str(folder / "out.png"),
        "FILE.berdaya": str(folder / "out.berdaya"),
        "*.berdaya": world["bundle"],
        "FILE...": world["bundle"],
        "VIEW": "overview",
        "N": "1",
        "S": "2",
        "CODE...": VILLAGE,
        "DEVICE": world["device"],
        "ID": world["program"],
    }
    if command == "timeline":
        values["FILE"] = str(folder / "out.ics")
    elif command == "report":
        values["FILE"] = str(folder / "laporan.xlsx")
        values["YYYY-MM"] = "2026-10"
    elif command == "restore":
        values["FILE"] = world["backup"]
    elif command == "backup":
        values["FILE"] = str(folder / "copy.sqlite")
    else:
        values["FILE"] = world["bundle"]
    values["CODE"] = VILLAGE if "--village" in words else VILLAGE[:5]
    args = [values.get(word, word) for word in words[1:]]
    # the README gives trust's target after the options: add/revoke/allow take one
    if command == "trust" and args[1] == "add":
        args.append(world["bundle"])
    if command == "trust" and args[1] in ("revoke", "allow"):
        args.append(world["device"])
    return args


def test_the_readme_has_command_lines() -> None:
    lines = readme_lines()
    assert any(line.startswith("berdaya held") for line in lines)
    assert any(line.startswith("berdaya trust") for line in lines)


@pytest.mark.parametrize("line", readme_lines())
def test_each_readme_command_runs_as_written(
    line: str,
    world: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    for words in expand(line):
        args = concrete(words, world, tmp_path)
        try:
            status = cli.main(args)
        except SystemExit as exit:  # argparse refuses by exiting
            status = exit.code if isinstance(exit.code, int) else 2
        err = capsys.readouterr().err
        for words_of_refusal in ARGUMENT_ERRORS:
            assert words_of_refusal not in err, f"berdaya {' '.join(args)}: {err}"
        assert "Traceback" not in err
        if not (words[1] == "trust" and words[2] == "revoke"):  # revoking oneself is refused
            assert status in (0, 1), f"berdaya {' '.join(args)} exited {status}: {err}"


def test_options_and_arguments_come_in_any_order(world: dict[str, str], tmp_path: Path) -> None:
    for args in (
        ["trust", "revoke", "--db", "PATH", "ID"],
        ["trust", "revoke", "ID", "--db", "PATH"],
        ["import", "FILE", "--db", "PATH", "--dry-run"],
        ["import", "--dry-run", "--db", "PATH", "FILE"],
        ["held", "list", "--db", "PATH"],
    ):
        parsed = cli.parse(args)
        assert parsed.command == args[0] and parsed.db == "PATH"
        assert getattr(parsed, "target", None) in (None, "ID")
        assert getattr(parsed, "files", ["FILE"]) == ["FILE"]
