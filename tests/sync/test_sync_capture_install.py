"""Every new session factory captures changes, however many came and went before it."""

from __future__ import annotations

import gc

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker
from sync_support import add_person, bind

from desktop.core.models import SyncVersion
from desktop.core.sync import capture


def test_a_new_factory_is_never_mistaken_for_a_collected_one(make_db) -> None:
    """SQLAlchemy's event registry is keyed by object id: a factory made after another was
    collected may get its id. Before the fix about two in three such factories went
    uncaptured; every one of these must record the person it adds."""
    database = make_db("a")
    bind(database)
    for n in range(30):
        database.sessions = capture.install(sessionmaker(database.engine, expire_on_commit=False))
        gc.collect()
        person_id = add_person(database, f"Warga {n}")
        with database.session() as session:
            recorded = session.scalar(
                select(func.count()).select_from(SyncVersion).where(SyncVersion.row_id == person_id)
            )
        assert recorded, f"factory {n} did not capture its write"
