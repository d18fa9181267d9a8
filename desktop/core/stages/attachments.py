"""Evidence attached to any record of a program (photos of the work, scanned minutes): the
bytes are stored once by SHA-256, however many records show them."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import Changes
from desktop.core.errors import Issue, ValidationError, issue, refuse_if
from desktop.core.ids import new_id
from desktop.core.models import (
    ActionPlan,
    Activity,
    Agreement,
    Attachment,
    Attendance,
    Blob,
    BudgetLine,
    Contribution,
    Dependency,
    Indicator,
    Measurement,
    Meeting,
    Program,
    ProgressLog,
    Signatory,
)
from desktop.core.models.base import Base, Synced
from desktop.core.stages import guards

MAX_BYTES = 50 * 1024 * 1024

# Called with the bytes and media type before they are stored; the UI passes one that
# downscales photos (core has no image library), so the hash is of what is kept.
Prepare = Callable[[bytes, str], bytes]


def program_id_of(session: Session, owner: Synced) -> uuid.UUID:
    """The program a record belongs to, following its parents."""
    if isinstance(owner, Program):
        return owner.id
    direct = getattr(owner, "program_id", None)
    if isinstance(direct, uuid.UUID):
        return direct
    parent: Synced | None = None
    if isinstance(owner, ProgressLog | Contribution | BudgetLine):
        parent = session.get(Activity, owner.activity_id)
    elif isinstance(owner, Measurement):
        parent = session.get(Indicator, owner.indicator_id)
    elif isinstance(owner, Dependency):
        parent = session.get(Activity, owner.predecessor_id)
    elif isinstance(owner, Attendance):
        parent = session.get(Meeting, owner.meeting_id)
    elif isinstance(owner, Agreement):
        parent = session.get(ActionPlan, owner.action_plan_id)
    elif isinstance(owner, Signatory):
        parent = session.get(Agreement, owner.agreement_id)
    elif isinstance(owner, Attachment):
        parent = _owner_row(session, owner.owner_table, owner.owner_id)
    if parent is None:
        raise ValidationError([issue("owner", "Files cannot be attached to that kind of record.")])
    return program_id_of(session, parent)


def _owner_row(session: Session, table: str, row_id: uuid.UUID) -> Synced | None:
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if getattr(model, "__tablename__", None) == table and issubclass(model, Synced):
            row: Synced | None = session.get(model, row_id)
            return row
    return None


def attachments_of(session: Session, owners: list[uuid.UUID]) -> list[Attachment]:
    """The live attachments of these records, oldest first."""
    if not owners:
        return []
    return list(
        session.scalars(
            select(Attachment)
            .where(Attachment.owner_id.in_(owners), Attachment.deleted.is_(False))
            .order_by(Attachment.created_at, Attachment.id)
        )
    )


def blob_of(session: Session, content_hash: str) -> bytes | None:
    blob = session.get(Blob, content_hash)
    return bytes(blob.data) if blob is not None else None


def attach_file(
    session: Session,
    *,
    owner: Synced,
    path: str | Path | None = None,
    data: bytes | None = None,
    filename: str | None = None,
    media_type: str | None = None,
    caption: str | None = None,
    taken_on: dt.date | None = None,
    prepare: Prepare | None = None,
    max_bytes: int = MAX_BYTES,
) -> Changes:
    """Attach a file (from ``path``) or bytes (``data``, with a ``filename``) to a record."""
    if owner.deleted:
        raise ValidationError([issue("owner", "That record no longer exists.")])
    program = guards.writable_program(session, program_id_of(session, owner))
    issues: list[Issue] = []
    if (path is None) == (data is None):
        refuse_if([issue("file", "Choose one file to attach.")])
    if path is not None:
        source = Path(path)
        name = filename or source.name
        try:
            size = source.stat().st_size
            if size > max_bytes:
                refuse_if([_too_big(name, size, max_bytes)])
            content = source.read_bytes()
        except OSError as exc:
            refuse_if(
                [
                    issue(
                        "file",
                        "The file “{name}” cannot be read ({why}).",
                        name=name,
                        why=exc.strerror or exc,
                    )
                ]
            )
    else:
        assert data is not None
        content = bytes(data)
        name = (filename or "").strip()
        if not name:
            issues.append(issue("filename", "Give the file a name."))
    kind = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    if prepare is not None and content:
        content = prepare(content, kind)
    if not content:
        issues.append(issue("file", "The file “{name}” is empty.", name=name or "?"))
    elif len(content) > max_bytes:
        issues.append(_too_big(name, len(content), max_bytes))
    guards.date_in_program(issues, "taken_on", program, taken_on, "date taken")
    refuse_if(issues)
    digest = hashlib.sha256(content).hexdigest()
    tables = {"attachments"}
    if session.get(Blob, digest) is None:
        session.add(Blob(content_hash=digest, data=content))
        tables.add("blobs")
    row = Attachment(
        id=new_id(),
        village_code=program.village_code,
        owner_table=str(getattr(type(owner), "__tablename__", "")),
        owner_id=owner.id,
        content_hash=digest,
        filename=name,
        media_type=kind,
        size=len(content),
        caption=guards.optional_text(caption),
        taken_on=taken_on,
    )
    session.add(row)
    session.flush()
    return guards.changed(program, tables, [row.id])


def attach_to(
    session: Session, *, owner_table: str, owner_id: uuid.UUID, **arguments: Any
) -> Changes:
    """:func:`attach_file` for a record named by its table and id (as the interface holds it)."""
    owner = _owner_row(session, owner_table, owner_id)
    if owner is None:
        raise ValidationError([issue("owner", "That record no longer exists.")])
    return attach_file(session, owner=owner, **arguments)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _too_big(name: str, size: int, limit: int) -> Issue:
    return issue(
        "file",
        "The file “{name}” is too large ({size}; at most {limit}).",
        name=name,
        size=_size(size),
        limit=_size(limit),
    )
