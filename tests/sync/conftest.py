"""Fixtures of the sync tests: a private key folder per test and several databases per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sync_support import DatabaseFactory

from desktop.core.db import Database


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keys go to a folder of this test, never to the user's own config."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture
def make_db(db_url: str, tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """``make_db(name)``: another empty, migrated database on the same backend as ``db_url``."""
    factory = DatabaseFactory(db_url, tmp_path)
    try:
        yield factory.new
    finally:
        factory.close()
