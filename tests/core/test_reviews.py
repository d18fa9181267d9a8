"""The office's verdict travels back: a village reports its action plan, the office records
"needs changes" with a note, its bundle brings the verdict to the village, and an amendment made
after the verdict shows on both sides. Real bundles between a village laptop (SQLite) and an
office (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import device, programs
from desktop.core import stages as st
from desktop.core.database import open_database
from desktop.core.db import Database
from desktop.core.domain import Goal, ReviewVerdict, Stage
from desktop.core.errors import ValidationError
from desktop.core.models import Activity, Device, StageReview
from desktop.core.reviews import (
    ReviewState,
    VerdictView,
    record_verdict,
    review_state,
    stage_versions,
    verdicts,
)
from desktop.core.reviews import withdraw_verdict as withdraw
from desktop.core.sync.export import export_bundle
from desktop.core.sync.merge import import_files

VILLAGE = "32.01.01.1001"
OFFICE_AREA = "32.01"
START = dt.date(2026, 1, 5)
NOTE = "The berita acara lacks the village head's signature."


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys go to a folder of this test, never to the user's own config."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


class Exchange:
    """A village laptop and its office, with bundles carried between them by hand."""

    def __init__(self, village: Database, office: Database, folder: Path) -> None:
        self.village, self.office, self.folder = village, office, folder
        self.sent = 0
        with village.session() as session, session.begin():
            self.village_device = device.bind(session, [VILLAGE]).id
            self.program_id = programs.create_program(
                session, village_code=VILLAGE, name="Air bersih", start_date=START
            ).created[0]
            self.activity_id = st.add_activity(
                session,
                program_id=self.program_id,
                title="Dig the well",
                planned_start=dt.date(2026, 3, 2),
                planned_end=dt.date(2026, 3, 20),
                party=st.Party.facilitator(),
                stage=Stage.FORMALISATION,
            ).created[0]
            st.add_indicator(
                session,
                program_id=self.program_id,
                goal=Goal.LIVING,
                name="Homes with clean water",
                unit="homes",
                baseline_value=10,
                target_value=40,
            )
        with office.session() as session, session.begin():
            device.bind_places(session, codes=[OFFICE_AREA], label="Dinas PMD")
            self.office_device = device.local_device(session).id

    def carry(self, source: Database, target: Database, to: uuid.UUID) -> None:
        self.sent += 1
        path = self.folder / f"bundle-{self.sent}.berdaya"
        export_bundle(source, path, to=to.hex if self._knows(source, to) else None)
        options: dict[str, Any] = {}
        if "accept" in import_files.__code__.co_varnames:  # the office's decision on devices
            options["accept"] = {self.village_device.hex, self.office_device.hex}
        [summary] = import_files(target, [path], **options)
        assert summary.status == "applied", summary

    @staticmethod
    def _knows(source: Database, peer: uuid.UUID) -> bool:
        with source.session() as session:
            return session.get(Device, peer) is not None

    def to_office(self) -> None:
        self.carry(self.village, self.office, self.office_device)

    def to_village(self) -> None:
        self.carry(self.office, self.village, self.village_device)

    def read(self, database: Database) -> dict[int, VerdictView]:
        with database.session() as session:
            return verdicts(session, self.program_id)


@pytest.fixture
def exchange(db_url: str, tmp_path: Path) -> Iterator[Exchange]:
    village = open_database(tmp_path / "village.sqlite")
    office = open_database(db_url)
    yield Exchange(village, office, tmp_path)
    village.dispose()
    office.dispose()


def test_a_verdict_travels_back_and_an_amendment_shows(exchange: Exchange) -> None:
    exchange.to_office()
    with exchange.office.session() as session, session.begin():
        changes = record_verdict(
            session,
            program_id=exchange.program_id,
            stage=Stage.FORMALISATION,
            verdict=ReviewVerdict.NEEDS_CHANGES,
            note=f"  {NOTE}\x07 ",
        )
    assert changes.program_ids == {exchange.program_id} and "stage_reviews" in changes.tables
    at_office = exchange.read(exchange.office)[Stage.FORMALISATION.number]
    assert (at_office.verdict, at_office.note, at_office.amended) == (
        ReviewVerdict.NEEDS_CHANGES,
        NOTE,
        False,
    )

    exchange.to_village()
    [(number, seen)] = exchange.read(exchange.village).items()
    assert number == 4 and seen == at_office  # same row, same reading on the village's side
    assert seen.reviewer == "Dinas PMD (Kabupaten Bogor)"

    # progress logged in implementation is not an amendment of the action plan
    with exchange.village.session() as session, session.begin():
        activity = session.get(Activity, exchange.activity_id)
        assert activity is not None
        activity.progress = 40
    assert not exchange.read(exchange.village)[4].amended

    with exchange.village.session() as session, session.begin():
        st.update_activity(
            session,
            activity_id=exchange.activity_id,
            title="Dig the well, with the signature added",
            planned_start=dt.date(2026, 3, 2),
            planned_end=dt.date(2026, 3, 20),
            party=st.Party.facilitator(),
        )
    assert exchange.read(exchange.village)[4].amended
    assert not exchange.read(exchange.office)[4].amended  # not yet heard of at the office
    exchange.to_office()
    assert exchange.read(exchange.office)[4].amended

    # accepted now: the newest verdict counts, the stage is no longer "amended after" it
    with exchange.office.session() as session, session.begin():
        record_verdict(
            session,
            program_id=exchange.program_id,
            stage=Stage.FORMALISATION,
            verdict=ReviewVerdict.ACCEPTED,
        )
        review_id = verdicts(session, exchange.program_id)[4].id
    exchange.to_village()
    latest = exchange.read(exchange.village)[4]
    assert (latest.verdict, latest.amended, latest.note) == (ReviewVerdict.ACCEPTED, False, "")

    # withdrawn (undo at the office): the earlier verdict shows again, on both sides
    with exchange.office.session() as session, session.begin():
        withdraw(session, review_id=review_id)
    exchange.to_village()
    again = exchange.read(exchange.village)[4]
    assert (again.verdict, again.amended) == (ReviewVerdict.NEEDS_CHANGES, True)


def test_who_may_record_a_verdict_and_what_it_needs(exchange: Exchange) -> None:
    def attempt(database: Database, **given: Any) -> list[str]:
        arguments: dict[str, Any] = {
            "program_id": exchange.program_id,
            "stage": Stage.FORMALISATION,
            "verdict": ReviewVerdict.NEEDS_CHANGES,
            "note": NOTE,
        } | given
        with database.session() as session, session.begin():
            try:
                record_verdict(session, **arguments)
            except ValidationError as refused:
                session.rollback()
                return refused.messages
        return []

    [village_refusal] = attempt(exchange.village)
    assert "Only an office records a verdict" in village_refusal
    exchange.to_office()
    assert attempt(exchange.office, note="  ") == [
        "Say what needs to change, so the village knows what to fix."
    ]
    assert attempt(exchange.office, stage=Stage.EVALUATION) == [
        "Nothing of the stage “Evaluation” has reached this office yet: there is nothing to review."
    ]
    assert attempt(exchange.office, note="x" * 5_001)[0].startswith("This text is 5.001")
    with exchange.office.session() as session:
        assert session.query(StageReview).count() == 0
        # each stage's newest change, in one query: stage 1 (the program) and 4 (the plan)
        assert set(stage_versions(session, exchange.program_id)) == {1, 4}
        state = review_state(session, exchange.program_id)
        assert (state.office, state.reported) == (True, (Stage.PREPARATION, Stage.FORMALISATION))
    with exchange.village.session() as session:
        assert review_state(session, exchange.program_id) == ReviewState(False, {}, ())
