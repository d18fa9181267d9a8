"""File > Export bundle: choose what to send and where, then write it with progress and Cancel.

An office chooses the one device a bundle is for (it then holds that device's villages alone) or,
named as such, the office's own backup of everything."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import accessibility, formatting, jobs
from desktop.ui.sync import words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db import Database
    from desktop.core.device import DeviceInfo
    from desktop.core.sync.export import ExportResult
    from desktop.ui.context import WindowContext

SUFFIX = ".berdaya"


@dataclass(frozen=True)
class Receiver:
    id: uuid.UUID
    label: str
    places: tuple[str, ...] = ()  # the names of the places a bundle for it holds


@dataclass(frozen=True)
class ExportChoices:
    """What the dialog offers: the devices heard from, and a file name for today."""

    receivers: tuple[Receiver, ...]
    default_path: Path
    places: tuple[str, ...] = ()  # the names of the places this laptop works for
    device: DeviceInfo | None = None
    office: bool = False  # an office's bundle is for one receiver, or its own backup


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-") or "berdaya"


def read_choices(session: Session, folder: Path, today: dt.date | None = None) -> ExportChoices:
    """Runs in a job: the other devices, and ``<village or area>-<date>.berdaya`` in ``folder``
    (numbered when that name is taken)."""
    from desktop.core.device import local_device
    from desktop.core.device_names import device_name
    from desktop.core.domain import DeviceKind
    from desktop.core.sync.export import bundle_places, sender_place_names
    from desktop.core.sync.trust import list_devices

    me = local_device(session)
    names = sender_place_names(session, me.scope)
    place = "-".join(_slug(name) for name in names[:2]) + ("-dll" if len(names) > 2 else "")
    stem = f"{place or _slug(me.label)}-{(today or dt.date.today()).isoformat()}"
    path = folder / f"{stem}{SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{SUFFIX}"
        number += 1
    receivers = tuple(
        Receiver(d.id, device_name(d.label, d.fingerprint), bundle_places(session, d.id))
        for d in list_devices(session)
        if not d.is_this_device and not d.revoked
    )
    return ExportChoices(receivers, path, tuple(names), me, me.kind is DeviceKind.OFFICE)


class ExportDialog(QDialog):
    """What to send (what the receivers lack, or everything), to whom, and the file. A laptop
    bound to no place is offered the binding first (its bundles would be refused)."""

    bind_requested = Signal()

    def __init__(self, choices: ExportChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export bundle"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "A bundle carries your changes to another laptop or to the district office. "
                "Bring the file on a flash disk or send it; the receiver imports it."
            )
        )
        intro.setWordWrap(True)
        self.unbound = QLabel(
            self.tr(
                "This laptop does not yet say which villages or area it works for, so every "
                "receiver would refuse its bundle. Choose its places first."
            )
        )
        self.unbound.setObjectName("fieldError")
        self.unbound.setWordWrap(True)
        self.unbound.setVisible(not choices.places)
        self.bind_button = QPushButton(self.tr("Choose this laptop's places…"))
        self.bind_button.setObjectName("primary")
        self.bind_button.setVisible(not choices.places)
        self.bind_button.clicked.connect(self.bind_requested)
        self._bound = bool(choices.places)
        self.incremental = QRadioButton(self.tr("Only what the receiver does not have yet"))
        self.full = QRadioButton(self.tr("Everything (for a new or restored laptop)"))
        self.incremental.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.incremental)
        group.addButton(self.full)
        self.receiver = QComboBox()
        self._holds: dict[str | None, tuple[str, ...]] = {None: choices.places}
        if not choices.office:
            self.receiver.addItem(self.tr("Every device this laptop exchanges with"), None)
        for receiver in choices.receivers:
            self.receiver.addItem(receiver.label, str(receiver.id))
            self._holds[str(receiver.id)] = receiver.places
        if choices.office:  # the first real receiver is the default
            self.receiver.addItem(self.tr("Nobody: the office's own backup of everything"), None)
        self.holds = QLabel()
        self.holds.setObjectName("exportHolds")
        self.holds.setWordWrap(True)
        self._office = choices.office
        self.receiver.currentIndexChanged.connect(self._show_holds)
        self._show_holds()
        self.path_edit = QLineEdit(str(choices.default_path))
        self.path_edit.textChanged.connect(self._check)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        what = QVBoxLayout()
        what.addWidget(self.incremental)
        what.addWidget(self.full)
        if choices.places:
            form.addRow(self.tr("From:"), QLabel(", ".join(choices.places)))
        form.addRow(self.tr("What to send:"), what)
        form.addRow(self.tr("Receiver:"), self.receiver)
        form.addRow(self.tr("It holds:"), self.holds)
        form.addRow(self.tr("Save as:"), where)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.unbound)
        layout.addWidget(self.bind_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._check()
        accessibility.name_widgets(self)

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        if text and not text.endswith(SUFFIX):
            text += SUFFIX
        return Path(text).expanduser()

    def set_path(self, path: Path | str) -> None:
        self.path_edit.setText(str(path))

    def receiver_id(self) -> str | None:
        """The device the bundle is for (None: whoever asks; an office's own backup)."""
        data = self.receiver.currentData()
        return None if data is None else str(data)

    def is_full(self) -> bool:
        """Everything, not only what the receiver lacks (always so for an office's backup)."""
        return self.full.isChecked() or self.is_backup()

    def is_backup(self) -> bool:
        return self._office and self.receiver.currentData() is None

    def _show_holds(self) -> None:
        backup = self.is_backup()
        self.incremental.setEnabled(not backup)
        self.full.setEnabled(not backup)
        names = ", ".join(self._holds.get(self.receiver.currentData(), ()))
        if backup:
            text = self.tr("Every village of {places}: keep it safe, it is not for a laptop.")
        elif names:
            text = self.tr("Rows of {places} only.")
        else:
            text = self.tr("No rows: this device works for none of the same villages.")
        self.holds.setText(text.format(places=names))

    def _check(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setEnabled(self._bound and bool(self.path_edit.text().strip()))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save bundle as"),
            str(self.path()),
            self.tr("Berdaya bundles (*.berdaya)"),
        )
        if chosen:
            self.set_path(chosen)


def _folder_for(window: WindowContext) -> Path:
    from desktop.core.db import sqlite_path

    assert window.workspace is not None
    path = sqlite_path(window.workspace.database.url)
    return path.parent if path is not None else Path.home()


def show_export_dialog(window: WindowContext) -> jobs.Job | None:
    """Read the choices off the GUI thread, then open the dialog (window-modal)."""
    if window.workspace is None:
        return None
    folder = _folder_for(window)
    return window.workspace.fetch(
        lambda session: read_choices(session, folder),
        lambda choices: _open_dialog(window, choices),
        owner=window.window(),
    )


def _open_dialog(window: WindowContext, choices: ExportChoices) -> None:
    dialog = ExportDialog(choices, window.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(
        lambda: start_export(window, dialog.path(), full=dialog.is_full(), to=dialog.receiver_id())
    )
    dialog.bind_requested.connect(lambda: _bind_first(window, dialog, choices))
    from desktop.ui.sync.card import warn_unencrypted

    warn_unencrypted(window, dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    dialog.open()


def _bind_first(window: WindowContext, dialog: ExportDialog, choices: ExportChoices) -> None:
    """The first start's questions about places and name, then the export dialog again."""
    from desktop.ui.dialogs.first_start import show_first_start

    assert choices.device is not None
    dialog.reject()
    walk = show_first_start(window, choices.device, ask_language=False)
    walk.bound.connect(lambda: walk.finished.connect(lambda _result: show_export_dialog(window)))


def start_export(
    window: WindowContext, out: Path, *, full: bool = False, to: str | None = None
) -> jobs.Job | None:
    """Write the bundle in a job with a progress dialog; the outcome is shown in a message."""
    from PySide6.QtCore import QCoreApplication

    if window.workspace is None:
        return None
    database = window.workspace.database
    label = QCoreApplication.translate("ExportDialog", "Saving changes to {file}…").format(
        file=out.name
    )
    job = jobs.Job(lambda context: _export(database, out, full, to, context))
    job.succeeded.connect(lambda result: _done(window, result))
    job.failed.connect(lambda error: _failed(window, error))
    existed = out.exists()
    job.cancelled.connect(lambda: _cancelled(window, out, existed))
    dialog = jobs.show_progress(
        window.window(),
        job,
        title=QCoreApplication.translate("ExportDialog", "Export bundle"),
        label=label,
    )
    dialog.setObjectName("exportProgress")
    job.start()
    return job


def _cancelled(window: WindowContext, out: Path, existed: bool) -> None:
    from PySide6.QtCore import QCoreApplication

    if not existed:  # the cancel came as the last bytes were written: no file after all
        out.unlink(missing_ok=True)
    window.show_status(
        QCoreApplication.translate("ExportDialog", "Export cancelled: no file was saved."), 8000
    )


def _export(
    database: Database, out: Path, full: bool, to: str | None, context: jobs.JobContext
) -> ExportResult:
    from desktop.core.sync.export import export_bundle

    def progress(fraction: float, _text: str) -> None:
        context.check()
        context.report(round(fraction * 100))

    return export_bundle(database, out, full=full, to=to, progress=progress)


def _done(window: WindowContext, result: ExportResult) -> None:
    from PySide6.QtCore import QCoreApplication

    size = words.size(result.path.stat().st_size) if result.path.exists() else "?"
    if result.changes == 0 and result.blobs == 0:
        text = QCoreApplication.translate(
            "ExportDialog",
            "Nothing new to send: the receivers already have every change made here. The small "
            "file {file} ({size}) only tells them what this laptop has received.",
        ).format(file=result.path.name, size=size)
    else:
        text = QCoreApplication.translate(
            "ExportDialog", "Saved {count} changes ({size}) to {file}."
        ).format(count=formatting.number(result.changes), size=size, file=result.path.name)
    if result.sealed_for:
        sealing = QCoreApplication.translate(
            "ExportDialog", "Encrypted for {devices}: nobody else can read it."
        ).format(devices=", ".join(result.sealed_for))
    else:
        sealing = QCoreApplication.translate(
            "ExportDialog",
            "Not encrypted: this laptop does not know the receiver's encryption key yet (it "
            "comes with the office card or a bundle from them). Whoever gets the file can "
            "read it.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information if result.sealed_for else QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExportDialog", "Bundle saved"),
        text,
        parent=window.window(),
    )
    box.setObjectName("exportSummary")
    box.setInformativeText(f"{sealing}\n{result.path.parent}")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    window.show_status(text, 8000)


def _failed(window: WindowContext, error: Exception) -> None:
    from PySide6.QtCore import QCoreApplication

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExportDialog", "The bundle was not saved"),
        words.file_error(error),
        parent=window.window(),
    )
    box.setObjectName("exportError")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
