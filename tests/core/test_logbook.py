"""The program's log: a rotating file, configured once, with tracebacks but no resident's data."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from desktop import __version__
from desktop.core import logbook
from desktop.core.database import open_database
from desktop.core.db import make_engine
from desktop.core.errors import ValidationError, issue
from desktop.core.models import Person

NAME = "Siti Rahayu Unik"
log = logging.getLogger("desktop.tests.logbook")


@pytest.fixture(autouse=True)
def no_log_left_behind() -> Iterator[None]:
    """Each test's log handler goes with the test."""
    yield
    logger = logging.getLogger(logbook.LOGGER_NAME)
    for handler in list(logger.handlers):
        if getattr(handler, "_berdaya", False):
            logger.removeHandler(handler)
            handler.close()


def _handlers() -> list[logging.Handler]:
    logger = logging.getLogger(logbook.LOGGER_NAME)
    return [h for h in logger.handlers if getattr(h, "_berdaya", False)]


def _person_without_sex(session: object, *, village_code: str) -> None:
    """A resident's row the database refuses (sex is required): its values are in the INSERT."""
    session.add(  # type: ignore[attr-defined]
        Person(id=uuid.uuid4(), village_code=village_code, name=NAME, sex=None, phone="0812999")
    )
    session.flush()  # type: ignore[attr-defined]


def test_configure_twice_keeps_one_file_and_another_folder_replaces_it(tmp_path: Path) -> None:
    first = logbook.configure(log_dir=tmp_path / "a")
    assert logbook.configure(log_dir=tmp_path / "a") == first == tmp_path / "a" / "berdaya.log"
    assert len(_handlers()) == 1
    log.info("one line")
    assert first.read_text(encoding="utf-8").count("one line") == 1

    second = logbook.configure(log_dir=tmp_path / "b")
    assert len(_handlers()) == 1 and logbook.current_file() == second
    log.info("another line")
    assert "another line" not in first.read_text(encoding="utf-8")
    assert "another line" in second.read_text(encoding="utf-8")


def test_the_log_folder_is_named_as_the_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core import db

    monkeypatch.delenv(logbook.LOG_DIR_ENV)
    assert logbook.APP_NAME == db.APP_NAME
    assert logbook.default_dir().parent.name == "Berdaya"  # …/state/Berdaya/log on Linux


def test_the_folder_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(logbook.LOG_DIR_ENV, str(tmp_path / "logs"))
    assert logbook.configure() == tmp_path / "logs" / "berdaya.log"
    assert (tmp_path / "logs" / "berdaya.log").exists()


def test_a_record_is_one_line_with_time_level_module_and_message(tmp_path: Path) -> None:
    path = logbook.configure(log_dir=tmp_path)
    logbook.log_start("window", language="id")
    (line,) = path.read_text(encoding="utf-8").splitlines()
    day, time, level, module, *_message = line.split(" ")
    assert len(day) == 10 and day[4] == "-" and time[2] == ":"
    assert (level, module) == ("INFO", "desktop.core.logbook:")
    assert f"Berdaya {__version__}" in line and "Python" in line and "language id" in line


def test_the_log_rotates_and_keeps_a_few_files(tmp_path: Path) -> None:
    logbook.configure(log_dir=tmp_path, max_bytes=4000, backups=2)
    for number in range(400):
        log.info("line %04d of a long day in the field", number)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["berdaya.log", "berdaya.log.1", "berdaya.log.2"]
    assert all((tmp_path / name).stat().st_size <= 4000 for name in names)
    assert "line 0399" in (tmp_path / "berdaya.log").read_text(encoding="utf-8")


def test_a_log_started_plain_rotates_later_and_loses_no_line(tmp_path: Path) -> None:
    """The window's start: a plain file until its first paint, then the rotating one."""
    path = logbook.configure(log_dir=tmp_path, max_bytes=4000, backups=2, rotate=False)
    for number in range(100):
        log.info("line %04d said before the first paint", number)
    assert [p.name for p in tmp_path.iterdir()] == ["berdaya.log"]  # grown past 4000 bytes

    logbook.start_rotating()
    log.info("said after the first paint")
    assert logbook.configure(log_dir=tmp_path, max_bytes=4000, backups=2) == path
    assert len(_handlers()) == 1 and logbook.current_file() == path
    before = (tmp_path / "berdaya.log.1").read_text(encoding="utf-8").splitlines()
    assert [line.split(": line ")[1][:4] for line in before] == [f"{n:04d}" for n in range(100)]
    assert "said after the first paint" in path.read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_made_leaves_the_program_without_a_log(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    logbook.configure(log_dir=blocker / "log")
    assert _handlers() == [] and logbook.current_file() is None
    log.error("nowhere to go")  # and nothing breaks


def test_a_provoked_error_is_logged_with_its_traceback_and_without_the_residents_data(
    tmp_path: Path, db_url: str
) -> None:
    path = logbook.configure(log_dir=tmp_path / "log")
    database = open_database(db_url)
    try:
        with database.session() as session, session.begin():
            with pytest.raises(IntegrityError) as raised:
                _person_without_sex(session, village_code="3201062008000")
            log.error("operation add_person failed", exc_info=raised.value)
    finally:
        database.dispose()
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "IntegrityError" in text and "_person_without_sex" in text
    assert NAME not in text and "0812999" not in text
    assert NAME not in logbook.details(raised.value)
    if db_url.startswith("postgresql"):  # the server quotes the row: blanked
        assert "Failing row contains (…)" in text


def test_without_hidden_parameters_the_name_would_be_in_the_error(tmp_path: Path) -> None:
    """The check above means something: SQLAlchemy does quote a failing row's values."""
    from sqlalchemy.orm import Session

    from desktop.core.models import Base

    engine = make_engine(f"sqlite:///{tmp_path}/plain.sqlite", hide_parameters=False)
    Base.metadata.create_all(engine)
    with Session(engine) as session, pytest.raises(IntegrityError) as raised:
        _person_without_sex(session, village_code="3201062008000")
    engine.dispose()
    assert NAME in str(raised.value)
    assert NAME not in logbook.scrub(str(raised.value))


def test_what_a_server_quotes_of_a_row_is_blanked() -> None:
    quoted = (
        'null value in column "sex" of relation "people" violates not-null constraint\n'
        f"DETAIL:  Failing row contains (0190, 3201062008000, {NAME}, null, 0812999).\n"
        f"DETAIL:  Key (name)=({NAME}) already exists.\n"
        f"[parameters: ('{NAME}', None)]"
    )
    scrubbed = logbook.scrub(quoted)
    assert NAME not in scrubbed and "0812999" not in scrubbed
    assert "Failing row contains (…)" in scrubbed and "Key (name)=(…) already exists" in scrubbed


def test_a_refusal_is_logged_by_field_and_template_not_its_values(tmp_path: Path) -> None:
    path = logbook.configure(log_dir=tmp_path)
    refusal = ValidationError(
        [
            issue("name", "{name} is already a member of this group.", name=NAME),
            issue("birth_year", "The birth year {year} cannot be right.", year=1700),
        ]
    )
    logbook.log_refusal(log, "add_person", refusal)
    text = path.read_text(encoding="utf-8")
    assert "add_person refused: name: {name} is already a member of this group." in text
    assert "birth_year: The birth year {year} cannot be right." in text
    assert NAME not in text and "1700" not in text


def test_opening_exports_and_imports_are_logged_by_their_counts(tmp_path: Path) -> None:
    from desktop.core import device
    from desktop.core.domain import Sex
    from desktop.core.sync.bundle import read_structure
    from desktop.core.sync.export import export_bundle
    from desktop.core.sync.merge import import_files

    path = logbook.configure(log_dir=tmp_path / "log")
    village, office = (
        open_database(tmp_path / "desa.sqlite"),
        open_database(tmp_path / "kab.sqlite"),
    )
    try:
        for database, scope in ((village, "32.01.01.1001"), (office, "32.01")):
            with database.session() as session, session.begin():
                device.bind(session, (scope,))
        with village.session() as session, session.begin():
            session.add(Person(name=NAME, sex=Sex.FEMALE, village_code="32.01.01.1001"))
        bundle = tmp_path / "desa.berdaya"
        export_bundle(village, bundle)
        import_files(office, [bundle], accept=[read_structure(bundle).sender_id])
        import_files(office, [tmp_path / "missing.berdaya"])
    finally:
        village.dispose()
        office.dispose()
    text = path.read_text(encoding="utf-8")
    assert f"database opened: {tmp_path / 'desa.sqlite'}" in text
    assert "exported what is new: " in text and " 0 attachments" in text
    assert "import 1/1: applied: changes " in text and "new_rows 1," in text
    assert "import 1/1: refused: " in text and "missing.berdaya" not in text
    assert NAME not in text
