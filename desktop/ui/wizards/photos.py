"""Photos as evidence: chosen with a file dialog, made smaller with Qt before they are stored
(a phone photo of 4-8 MB becomes a JPEG of a few hundred KB), shown as thumbnails.

:func:`downscale` is the ``prepare`` hook of ``desktop.core.stages.attachments.attach_file``;
it touches no widget, so it may run on a worker thread (``desktop.ui.jobs``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QListView, QListWidget, QListWidgetItem, QWidget

LONG_SIDE = 1600  # pixels: enough to see the work on a report, small enough to sync
JPEG_QUALITY = 80
THUMB = 112
IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp", "image/bmp", "image/gif")

# Chooses files to attach; the page's default opens a file dialog, tests pass their own.
ChooseFiles = Callable[[QWidget], Sequence[str]]


def downscale(data: bytes, media_type: str) -> bytes:
    """A photo at most ``LONG_SIDE`` pixels on its long side, as JPEG; other files unchanged.
    The camera's orientation is applied, so the stored photo stands the right way up."""
    if media_type not in IMAGE_TYPES:
        return data
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        return data  # not an image Qt can read: keep the bytes as they are
    if max(image.width(), image.height()) > LONG_SIDE:
        image = image.scaled(
            LONG_SIDE,
            LONG_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if image.hasAlphaChannel():
        image = image.convertToFormat(QImage.Format.Format_RGB32)  # JPEG has no transparency
    out = QByteArray()
    target = QBuffer(out)
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(target, "JPEG", JPEG_QUALITY)  # type: ignore[call-overload]  # str at runtime
    target.close()
    return bytes(out.data())


def jpeg_name(filename: str) -> str:
    """``IMG_2041.PNG`` -> ``IMG_2041.jpg``: the stored photo is a JPEG."""
    return str(Path(filename).with_suffix(".jpg").name)


def choose_photos(parent: QWidget) -> Sequence[str]:
    from PySide6.QtCore import QCoreApplication

    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Photos", "Choose photos"),
        "",
        QCoreApplication.translate("Photos", "Photos (*.jpg *.jpeg *.png *.webp *.bmp)"),
    )
    return list(files)


def thumbnail(data: bytes) -> QIcon:
    image = QImage.fromData(data)
    if image.isNull():
        return QIcon()
    small = image.scaled(
        THUMB,
        THUMB,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return QIcon(QPixmap.fromImage(small))


class Thumbnails(QListWidget):
    """Photos side by side, each with its caption; the item's data is the attachment's id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 36, THUMB + 40))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setFixedHeight(THUMB + 56)

    def set_photos(self, photos: Sequence[tuple[object, str, bytes | None]]) -> None:
        """``(id, caption, bytes)`` per photo."""
        self.clear()
        for photo_id, caption, data in photos:
            item = QListWidgetItem(thumbnail(data) if data else QIcon(), caption, self)
            item.setData(Qt.ItemDataRole.UserRole, photo_id)
            item.setToolTip(caption)
