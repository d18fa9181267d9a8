"""Sync things said for a person: errors, sizes, record kinds, fields and values."""

from __future__ import annotations

import datetime as dt
import enum
import errno
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.core.sync.errors import SyncError
from desktop.ui import formatting
from desktop.ui.vocabulary import issue_text

if TYPE_CHECKING:
    from desktop.core.sync.newcomers import ClaimedPlace


def file_error(error: BaseException) -> str:
    """One sentence for a failure to write or read a file, else the error's own words."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return QCoreApplication.translate(
                "SyncWords",
                "The disk is full: free some space or choose another drive, then try again.",
            )
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return QCoreApplication.translate(
                "SyncWords",
                "Berdaya may not write to this folder: choose another folder and try again.",
            )
        if error.errno == errno.ENOENT:
            return QCoreApplication.translate(
                "SyncWords", "The folder does not exist any more: choose another folder."
            )
        return QCoreApplication.translate(
            "SyncWords", "The file could not be written: {reason}"
        ).format(reason=error.strerror or str(error))
    if isinstance(error, SyncError):
        return refusal(error.template, error.values, str(error))
    return str(error)


def refusal(template: str, values: tuple[tuple[str, str], ...], message: str) -> str:
    """A refusal of sync (a bundle refused, a device unknown) in the interface's language."""
    return issue_text(template, values, message)


def places(found: Iterable[ClaimedPlace]) -> str:
    """Places by name and official code: ``Cibodas (32.01.06.2008), Srebegan (33.10.11.2001)``."""
    return ", ".join(p.text() for p in found) or formatting.NOTHING


def size(n_bytes: int) -> str:
    """A file size people read: 56 KB, 1.2 MB."""
    if n_bytes < 1024 * 1024:
        return QCoreApplication.translate("SyncWords", "{n} KB").format(
            n=formatting.number(max(1, round(n_bytes / 1024)))
        )
    return QCoreApplication.translate("SyncWords", "{n} MB").format(
        n=formatting.number(n_bytes / 1024 / 1024, 1)
    )


def when(moment: dt.datetime) -> str:
    """A moment in this computer's time zone: 27 Nov 2026 21:05."""
    shown = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(shown, "d MMM yyyy HH:mm")


def record_kind(table_name: str) -> str:
    """What one row of a synced table is, as a noun."""
    kinds = {
        "programs": QCoreApplication.translate("SyncWords", "Program"),
        "people": QCoreApplication.translate("SyncWords", "Resident"),
        "community_groups": QCoreApplication.translate("SyncWords", "Community group"),
        "group_memberships": QCoreApplication.translate("SyncWords", "Group membership"),
        "meetings": QCoreApplication.translate("SyncWords", "Meeting"),
        "attendance": QCoreApplication.translate("SyncWords", "Attendance"),
        "activities": QCoreApplication.translate("SyncWords", "Activity"),
        "budget_lines": QCoreApplication.translate("SyncWords", "Budget line"),
        "contributions": QCoreApplication.translate("SyncWords", "Contribution"),
        "progress_logs": QCoreApplication.translate("SyncWords", "Progress note"),
        "problems": QCoreApplication.translate("SyncWords", "Problem"),
        "resources": QCoreApplication.translate("SyncWords", "Resource"),
        "alternatives": QCoreApplication.translate("SyncWords", "Alternative"),
        "criteria": QCoreApplication.translate("SyncWords", "Criterion"),
        "action_plans": QCoreApplication.translate("SyncWords", "Action plan"),
        "agreements": QCoreApplication.translate("SyncWords", "Agreement"),
        "signatories": QCoreApplication.translate("SyncWords", "Signatory"),
        "indicators": QCoreApplication.translate("SyncWords", "Indicator"),
        "measurements": QCoreApplication.translate("SyncWords", "Measurement"),
        "stage_states": QCoreApplication.translate("SyncWords", "Stage"),
        "facilitators": QCoreApplication.translate("SyncWords", "Facilitator"),
        "key_contacts": QCoreApplication.translate("SyncWords", "Key contact"),
        "field_notes": QCoreApplication.translate("SyncWords", "Field note"),
        "findings": QCoreApplication.translate("SyncWords", "Finding"),
        "attachments": QCoreApplication.translate("SyncWords", "Attachment"),
    }
    return kinds.get(table_name, table_name.replace("_", " ").capitalize())


def field_name(column_name: str) -> str:
    """A column as the field a person edits."""
    fields = {
        "name": QCoreApplication.translate("SyncWords", "Name"),
        "title": QCoreApplication.translate("SyncWords", "Title"),
        "description": QCoreApplication.translate("SyncWords", "Description"),
        "start_date": QCoreApplication.translate("SyncWords", "Start date"),
        "end_date": QCoreApplication.translate("SyncWords", "End date"),
        "planned_start": QCoreApplication.translate("SyncWords", "Planned start"),
        "planned_end": QCoreApplication.translate("SyncWords", "Planned end"),
        "held_on": QCoreApplication.translate("SyncWords", "Date held"),
        "progress": QCoreApplication.translate("SyncWords", "Progress"),
        "amount": QCoreApplication.translate("SyncWords", "Amount"),
        "value": QCoreApplication.translate("SyncWords", "Value"),
        "phone": QCoreApplication.translate("SyncWords", "Phone"),
        "status": QCoreApplication.translate("SyncWords", "Status"),
        "notes": QCoreApplication.translate("SyncWords", "Notes"),
        "deleted": QCoreApplication.translate("SyncWords", "Deleted"),
    }
    return fields.get(column_name, column_name.replace("_", " ").capitalize())


def value(shown: Any) -> str:
    """A field's value as text."""
    if shown is None or shown == "":
        return formatting.NOTHING
    if isinstance(shown, bool):
        return (
            QCoreApplication.translate("SyncWords", "Yes")
            if shown
            else QCoreApplication.translate("SyncWords", "No")
        )
    if isinstance(shown, dt.datetime):
        return when(shown)
    if isinstance(shown, dt.date):
        return formatting.short_date(shown)
    if isinstance(shown, enum.Enum):
        return str(shown.value).replace("_", " ")
    if isinstance(shown, int | float):
        return formatting.number(shown, 2)
    if isinstance(shown, uuid.UUID):
        return shown.hex[-8:]
    return str(shown)
