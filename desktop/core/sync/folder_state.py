"""The transfer folder's setting (per database: a demo and the real database each have their
own) and the bookkeeping a device keeps in its inbox between rounds (``folder.py``)."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.errors import ValidationError, issue
from desktop.core.models import LocalSetting
from desktop.core.sync.identity import DEVICE_KEY

FOLDER_KEY = "transfer_folder"  # the setting (per database) naming the transfer folder
INBOX = "to-"  # a device's inbox: to-<device id>
STATE = ".berdaya-state.json"


# --- the setting -----------------------------------------------------------------------------


def transfer_folder(session: Session) -> Path | None:
    """The transfer folder this database syncs through; None when off."""
    row = session.get(LocalSetting, FOLDER_KEY)
    return Path(row.value) if row is not None and row.value else None


def save_transfer_folder(session: Session, *, folder: str) -> Changes:
    """Set the transfer folder (an empty text turns it off). It may be absent right now (a USB
    stick not plugged in) but must be written out in full and must not be a file."""
    text = folder.strip()
    if text:
        path = Path(text).expanduser()
        if any(ord(c) < 32 for c in text) or not path.is_absolute():
            raise ValidationError(
                [issue("folder", "Choose the transfer folder with Browse… (a full folder path).")]
            )
        if path.exists() and not path.is_dir():
            raise ValidationError(
                [issue("folder", "“{name}” is a file, not a folder.", name=path.name)]
            )
        text = str(path)
    if text:
        session.merge(LocalSetting(key=FOLDER_KEY, value=text))
    elif (row := session.get(LocalSetting, FOLDER_KEY)) is not None:
        session.delete(row)
    session.flush()
    return Changes(tables=frozenset({"local_settings"}))


def this_device(session: Session) -> str | None:
    """This database's device id (hex), without making one; None for a database never used."""
    row = session.get(LocalSetting, DEVICE_KEY)
    return uuid.UUID(row.value).hex if row is not None else None


# --- the state kept between rounds -----------------------------------------------------------


@dataclass
class FolderState:
    """Looks at arriving files, what went to whom, and when; kept in the inbox as JSON."""

    path: Path
    seen: dict[str, list[float]] = field(default_factory=dict)  # name -> [size, mtime, looked]
    sent: dict[str, dict[str, Any]] = field(default_factory=dict)  # receiver -> file, knowledge
    times: dict[str, str] = field(default_factory=dict)  # "sent" / "received" -> ISO time
    parked: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> why it waits

    @classmethod
    def load(cls, inbox: Path) -> FolderState:
        state = cls(inbox / STATE)
        try:
            data = json.loads(state.path.read_text("utf-8"))
        except (OSError, ValueError):
            return state  # none yet, or damaged by hand: start afresh
        if isinstance(data, dict):
            state.seen = _dict(data.get("seen"))
            state.sent = _dict(data.get("sent"))
            state.times = _dict(data.get("times"))
            state.parked = _dict(data.get("parked"))
        return state

    def save(self) -> None:
        data = {"seen": self.seen, "sent": self.sent, "times": self.times, "parked": self.parked}
        partial = self.path.with_name(f"{STATE}.{uuid.uuid4().hex[:8]}.partial")
        try:
            partial.write_text(json.dumps(data, sort_keys=True, indent=1), "utf-8")
            os.replace(partial, self.path)
        finally:
            partial.unlink(missing_ok=True)

    def when(self, what: str) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.times[what])
        except (KeyError, ValueError, TypeError):
            return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
