"""Files written whole or not at all, with refusals in words when they cannot be written."""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import Issue, ValidationError, issue

log = logging.getLogger(__name__)


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Write ``path`` through ``write(partial)`` into a temporary file beside it, then put it
    in place: a full disk or a crash leaves the old file (or none), never half a report."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise ValidationError([_write_issue(path, exc)]) from exc
    os.close(handle)
    partial = Path(name)
    try:
        write(partial)
        with open(partial, "rb+") as done:
            os.fsync(done.fileno())
        os.chmod(partial, 0o666 & ~_umask())  # mkstemp made it private; a report is not
        os.replace(partial, path)
    except OSError as exc:
        log.debug("writing %s failed", path.name, exc_info=True)
        raise ValidationError([_write_issue(path, exc)]) from exc
    finally:
        partial.unlink(missing_ok=True)  # gone already once it has taken the target's place


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_issue(path: Path, error: OSError) -> Issue:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _not_written(path, "The disk is full: the report “{name}” was not written.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _not_written(
            path,
            "There is no permission to write in {folder}: the report “{name}” was not written.",
        )
    if error.errno == errno.ENOENT:
        return _not_written(
            path, "The folder {folder} does not exist: the report “{name}” was not written."
        )
    if error.errno == errno.EISDIR:
        return _not_written(path, "“{name}” is a folder, not a file to write a report to.")
    reason = error.strerror or type(error).__name__
    return issue(
        "out", "The report “{name}” could not be written ({reason}).", name=path.name, reason=reason
    )


def _not_written(path: Path, template: str) -> Issue:
    return issue("out", template, name=path.name, folder=str(path.parent.resolve()))
