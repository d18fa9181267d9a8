"""Databases for the timeline tests: the schema made straight from the models, on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from timeline_fixtures import SmallProgram, build_small

from desktop.core.db import make_engine
from desktop.core.models import Base


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path}/timeline.sqlite")
    Base.metadata.create_all(engine)
    try:
        yield sessionmaker(engine, expire_on_commit=False)
    finally:
        engine.dispose()


@pytest.fixture
def small(sessions: sessionmaker[Session]) -> SmallProgram:
    with sessions() as s, s.begin():
        return build_small(s)
