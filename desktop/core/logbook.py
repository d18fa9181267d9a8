"""The program's log: a rotating file under the user's log folder, to send when something breaks.

Only the ``desktop`` loggers write to it. It never holds residents' data: refusals are logged by
their template and field (the values may hold a name), engines hide bound parameters, and what a
database server quotes of a failing row is blanked before a line reaches the file.

The window starts its log as a plain file and makes it rotate after its first paint: importing
``logging.handlers`` (sockets, pickle, queues) would add about 10 ms to that paint.
"""

from __future__ import annotations

import logging
import os
import platform
import re
import traceback
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


class _LogFile(logging.Handler):
    """The log's one handler: it appends to the file plainly until :meth:`rotate`, then hands
    every line to a rotating handler on the same file. It stays the handler all along and
    switches under its lock, so no line falls between the two."""

    _berdaya = True  # ours, among handlers others add (tests remove it by this mark)

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__()
        self.path = path.absolute()
        self.max_bytes = max_bytes
        self.backups = backups
        self.rotating = False
        self.file: logging.FileHandler = logging.FileHandler(self.path, encoding="utf-8")
        self.file.setFormatter(_Formatter(LINE_FORMAT))

    def rotate(self) -> None:
        from logging.handlers import RotatingFileHandler

        with self.lock:  # type: ignore[union-attr]  # Handler.__init__ made it
            if self.rotating:
                return
            rotating = RotatingFileHandler(
                self.path, maxBytes=self.max_bytes, backupCount=self.backups, encoding="utf-8"
            )
            rotating.setFormatter(self.file.formatter)
            self.file.close()
            self.file, self.rotating = rotating, True

    def emit(self, record: logging.LogRecord) -> None:
        self.file.emit(record)  # under our lock: Handler.handle holds it

    def flush(self) -> None:
        self.file.flush()

    def close(self) -> None:
        self.file.close()
        super().close()


def _our_handler() -> _LogFile | None:
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        if isinstance(handler, _LogFile):
            return handler
    return None


def current_file() -> Path | None:
    """The file the log is being written to, or None before :func:`configure`."""
    handler = _our_handler()
    return handler.path if handler is not None else None


def configure(
    *,
    log_dir: Path | None = None,
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUP_COUNT,
    rotate: bool = True,
) -> Path:
    """Send the program's log records to a rotating file in ``log_dir`` (default:
    :func:`default_dir`) and return that file; with ``rotate=False`` the file only grows until
    :func:`start_rotating` (the window, before its first paint). Calling it again with the same
    folder changes nothing, but starts the rotation unless ``rotate=False``; another folder
    replaces the first. A folder that cannot be written leaves the program without a log rather
    than without a start."""
    path = (log_dir if log_dir is not None else default_dir()) / FILE_NAME
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(level)
    handler = _our_handler()
    wanted = (path.absolute(), max_bytes, backups)
    if handler is not None and (handler.path, handler.max_bytes, handler.backups) != wanted:
        logger.removeHandler(handler)
        handler.close()
        handler = None
    if handler is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = _LogFile(path, max_bytes=max_bytes, backups=backups)
        except OSError:
            return path
        logger.addHandler(handler)
    if rotate:
        start_rotating()
    return path


def start_rotating() -> None:
    """Make a log configured with ``rotate=False`` rotate from now on (no log: nothing)."""
    handler = _our_handler()
    if handler is not None:
        try:
            handler.rotate()
        except OSError:  # its folder went away: the plain file keeps what it can
            log.warning("the log cannot rotate", exc_info=True)


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
