"""A small database per test: the schema made straight from the models (fast), on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from schedule_plan import Plan
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.db import make_engine
from desktop.core.models import Base


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path}/schedule.sqlite")
    Base.metadata.create_all(engine)
    try:
        yield sessionmaker(engine, expire_on_commit=False)
    finally:
        engine.dispose()


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as s, s.begin():
        yield s


@pytest.fixture
def plan(session: Session) -> Plan:
    return Plan(session)
