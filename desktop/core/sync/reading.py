"""Reading bundles for the stage, the next one while this one is merged.

A bundle's change lines are read (unzipped, their sums checked), parsed and checked in a thread
of their own, each piece with what the stage asks of it (the rows it names, its device, lowest
counter and highest clock, and for a PostgreSQL stage the lines as ``COPY`` text). While one
bundle is merged, the next one's lines are read this way (:meth:`ReadAhead.prepare`): on
PostgreSQL the merge is a statement or two that the server works on alone, and reading in
Python took a third of a cold import's time. At most :data:`HELD_PIECES` pieces of lines wait
in memory.

What the reading cannot know is left to the stage: which changes are known here already (the
database's knowledge when the bundle is applied), and whether a row lies beyond this device's
places (told when the last piece has been taken, as before).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator
from dataclasses import dataclass
from operator import itemgetter

from desktop.core.sync import bundle as fmt
from desktop.core.sync.checks import Change, LineChecker, read_checked

# pieces of lines (a quarter MiB of a member each) read ahead at most: a village's bundle
# whole, a bounded share of an office's
HELD_PIECES = 24
# how often a reader waiting for room looks whether it was stopped
_STOP_POLL_SECONDS = 0.1

_TABLE, _ROW, _HLC, _DEVICE, _COUNTER = (itemgetter(i) for i in (0, 1, 3, 4, 5))


@dataclass(frozen=True)
class Batch:
    """A piece of a bundle's checked change lines (never empty) with what the stage asks of
    them: the (table, row id) pairs among them, their device when all are one device's, their
    lowest counter and highest clock, and (for a stage filled by ``COPY``) the lines as
    ``COPY`` text."""

    lines: list[Change]
    rows: frozenset[tuple[str, str]]
    device: str | None
    lowest: int
    top: int
    copy: bytes | None

    @classmethod
    def of(cls, lines: list[Change], *, copy: bool) -> Batch:
        devices = set(map(_DEVICE, lines))
        return cls(
            lines,
            frozenset(zip(map(_TABLE, lines), map(_ROW, lines), strict=True)),
            next(iter(devices)) if len(devices) == 1 else None,
            min(map(_COUNTER, lines)),
            max(map(_HLC, lines)),
            copy_text(lines) if copy else None,
        )


def copy_text(lines: list[Change]) -> bytes:
    """Lines as ``COPY`` text (the stage's columns in order), made at once: a call per row cost
    more than the server's reading of it. Texts a bundle may choose are escaped (a backslash,
    or a tab or line break in a damaged line, would end its field); tables and columns are
    known names, row ids were checked as hex, numbers as integers."""
    text = "".join(
        f"{t}\t{r}\t{c}\t{h}\t{_esc(d)}\t{n}\t{_esc(v)}\t{_esc(code)}\n"
        for t, r, c, h, d, n, v, code in lines
    )
    return text.encode("utf-8")


def _esc(value: str) -> str:
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_COPY_ESCAPES)
    return value


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


@dataclass(frozen=True)
class _End:
    checker: LineChecker | None
    error: BaseException | None


class _Reading:
    """One bundle read in a thread into a bounded queue."""

    def __init__(self, bundle: fmt.Bundle, *, copy: bool) -> None:
        self.bundle = bundle
        self._copy = copy
        self._queue: queue.Queue[Batch | _End] = queue.Queue(maxsize=HELD_PIECES)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="berdaya-read", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        checker = LineChecker(self.bundle)
        try:
            for lines in read_checked(self.bundle, checker):
                if lines and not self._put(Batch.of(lines, copy=self._copy)):
                    return  # stopped: nobody takes the rest
        except BaseException as exc:  # handed to the thread that stages the bundle
            self._put(_End(None, exc))
        else:
            self._put(_End(checker, None))

    def _put(self, item: Batch | _End) -> bool:
        """Queue ``item``, waiting for room; False once stopped."""
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=_STOP_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def take(self, here: frozenset[str] | None) -> Generator[Batch, None, None]:
        """The pieces as they come; then the refusals only the whole bundle can tell."""
        while True:
            item = self._queue.get()
            if isinstance(item, Batch):
                yield item
                continue
            if item.error is not None:
                raise item.error
            assert item.checker is not None
            item.checker.refuse_if_outside(here)
            return

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()


class ReadAhead:
    """Reads the bundles an import stages, the next one while the one before it is merged."""

    def __init__(self, *, copy: bool) -> None:
        self._copy = copy
        self._next: _Reading | None = None

    def prepare(self, bundle: fmt.Bundle) -> None:
        """Start reading ``bundle``, the one to be staged next."""
        if self._next is not None and self._next.bundle is bundle:
            return
        self.close()
        self._next = _Reading(bundle, copy=self._copy)

    def batches(
        self, bundle: fmt.Bundle, here: frozenset[str] | None
    ) -> Generator[Batch, None, None]:
        """``bundle``'s checked lines in pieces (read ahead if prepared), then its refusal if a
        row lies beyond ``here``, this device's places (None: not checked)."""
        reading = self._next
        self._next = None
        if reading is None or reading.bundle is not bundle:
            if reading is not None:
                reading.stop()
            reading = _Reading(bundle, copy=self._copy)
        try:
            yield from reading.take(here)
        finally:
            reading.stop()

    def close(self) -> None:
        """Stop reading ahead (the import ended, or another bundle comes next)."""
        if self._next is not None:
            self._next.stop()
            self._next = None
