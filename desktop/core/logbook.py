"""The program's log: a rotating file under the user's log folder, to send when something breaks.

Only the ``desktop`` loggers write to it. It never holds residents' data: refusals are logged by
their template and field (the values may hold a name), engines hide bound parameters, and what a
database server quotes of a failing row is blanked before a line reaches the file.
"""

from __future__ import annotations

import logging
import os
import platform
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import __version__

# the name of desktop.core.db's data folder (a test keeps them equal); the database layer and the
# domain are imported later, as the window paints first
APP_NAME = "Berdaya"
LOG_DIR_ENV = "BERDAYA_LOG_DIR"  # tests and scripts keep the log out of the user's home
FILE_NAME = "berdaya.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 4
LOGGER_NAME = "desktop"
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# What servers and drivers quote of a failing row: PostgreSQL's "Key (name)=(Siti)" and "Failing
# row contains (…)", and SQLAlchemy's "[parameters: …]" of an engine made without hiding them.
_QUOTED_VALUES = (
    (
        re.compile(r"(Key \([^)]*\))=\(.*?\)(?= already exists| is not present|\.?$)", re.M),
        r"\1=(…)",
    ),
    (re.compile(r"(Failing row contains) \(.*$", re.M), r"\1 (…)."),
    (re.compile(r"^\[parameters: .*$", re.M), "[parameters: …]"),
)

log = logging.getLogger(__name__)


def scrub(text: str) -> str:
    """``text`` with the values a database error quotes blanked out."""
    for pattern, replacement in _QUOTED_VALUES:
        text = pattern.sub(replacement, text)
    return text


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def default_dir() -> Path:
    """Where the log goes: ``$BERDAYA_LOG_DIR`` if set, else the user's log folder."""
    given = os.environ.get(LOG_DIR_ENV)
    if given:
        return Path(given).expanduser()
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def _our_handler() -> RotatingFileHandler | None:
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        if isinstance(handler, RotatingFileHandler) and getattr(handler, "_berdaya", False):
            return handler
    return None


def current_file() -> Path | None:
    """The file the log is being written to, or None before :func:`configure`."""
    handler = _our_handler()
    return Path(handler.baseFilename) if handler is not None else None


def configure(
    *,
    log_dir: Path | None = None,
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUP_COUNT,
) -> Path:
    """Send the program's log records to a rotating file in ``log_dir`` (default:
    :func:`default_dir`) and return that file. Calling it again with the same folder changes
    nothing; another folder replaces the first. A folder that cannot be written leaves the
    program without a log rather than without a start."""
    path = (log_dir if log_dir is not None else default_dir()) / FILE_NAME
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    handler = _our_handler()
    if handler is not None:
        same = Path(handler.baseFilename) == path.absolute() and handler.maxBytes == max_bytes
        if same and handler.backupCount == backups:
            return path
        logger.removeHandler(handler)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
    except OSError:
        return path
    handler._berdaya = True  # type: ignore[attr-defined]  # ours, among handlers others add
    handler.setFormatter(_Formatter(LINE_FORMAT))
    logger.addHandler(handler)
    return path


def environment() -> str:
    """The version and the platform, as a bug report starts."""
    python = platform.python_version()
    return f"Berdaya {__version__} on {platform.platform()}, Python {python}"


def log_start(what: str, *, language: str | None = None) -> None:
    """A line saying what started (the window, a command), on which version and platform."""
    said = f", language {language}" if language else ""
    log.info("%s started: %s%s", what, environment(), said)


def details(error: BaseException) -> str:
    """What a person sends when ``error`` was unexpected: version, platform and traceback."""
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    return scrub(f"{environment()}\n\n{''.join(lines)}").rstrip("\n")


def refusal_text(error: BaseException) -> str:
    """A refusal as the log keeps it: each issue's field and English template, never the values
    put into it (they may be a resident's name)."""
    from desktop.core.errors import ValidationError

    if isinstance(error, ValidationError) and error.issues:
        return "; ".join(f"{i.field}: {i.template or '(no template)'}" for i in error.issues)
    template = getattr(error, "template", None)
    if isinstance(template, str) and template:
        return template
    return type(error).__name__


def log_refusal(logger: logging.Logger, operation: str, error: BaseException) -> None:
    """Log that ``operation`` was refused, as :func:`refusal_text` says it."""
    logger.info("%s refused: %s", operation, refusal_text(error))
