"""Colours and the style sheet: one calm, light look on every platform (Fusion underneath)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#17795e")  # a deep green: fields, growth
ACCENT_DARK = QColor("#0f5c47")
ACCENT_SOFT = QColor("#e3f1ec")
DONE = QColor("#2f8a4e")
IN_PROGRESS = QColor("#c7741d")
NOT_STARTED = QColor("#8d989d")
TEXT = QColor("#1e2a2f")
TEXT_MUTED = QColor("#5d6a70")
LINE = QColor("#d5dcda")
WINDOW = QColor("#f3f5f4")
CARD = QColor("#ffffff")
WOMEN = QColor("#a0457e")
MEN = QColor("#cfd6d4")
OUTSIDE = QColor("#cfd6d4")
ERROR = QColor("#b3261e")

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW.name()}; }}
QFrame#card {{
    background: {CARD.name()};
    border: 1px solid {LINE.name()};
    border-radius: 8px;
}}
QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: {TEXT.name()}; }}
QLabel#pageSubtitle {{ font-size: 10.5pt; color: {TEXT_MUTED.name()}; }}
QLabel#sectionTitle {{
    font-size: 9pt; font-weight: 600; color: {TEXT_MUTED.name()};
    letter-spacing: 0.5px;
}}
QLabel#figureTitle {{ font-size: 9pt; color: {TEXT_MUTED.name()}; }}
QLabel#figureValue {{ font-size: 17pt; font-weight: 600; color: {TEXT.name()}; }}
QLabel#figureDetail {{ font-size: 8.5pt; color: {TEXT_MUTED.name()}; }}
QLabel#muted {{ color: {TEXT_MUTED.name()}; }}
QLabel#fieldError {{ color: {ERROR.name()}; }}
QLabel#emptyTitle {{ font-size: 16pt; font-weight: 600; color: {TEXT.name()}; }}
QLabel#emptyText {{ font-size: 10.5pt; color: {TEXT_MUTED.name()}; }}
QLabel#chip {{
    background: {ACCENT_SOFT.name()}; color: {ACCENT_DARK.name()};
    border-radius: 10px; padding: 2px 10px; font-weight: 600;
}}
QPushButton#primary {{
    background: {ACCENT.name()}; color: white; border: 1px solid {ACCENT_DARK.name()};
    border-radius: 6px; padding: 8px 18px; font-weight: 600;
}}
QPushButton#primary:hover {{ background: {ACCENT_DARK.name()}; }}
QPushButton#primary:disabled {{
    background: {NOT_STARTED.name()}; border-color: {NOT_STARTED.name()};
}}
QPushButton#secondary {{
    background: white; color: {ACCENT_DARK.name()}; border: 1px solid {LINE.name()};
    border-radius: 6px; padding: 8px 18px; font-weight: 600;
}}
QPushButton#secondary:hover {{ border-color: {ACCENT.name()}; }}
QWidget#navigatorPanel {{ background: {CARD.name()}; }}
QTreeView#navigatorTree {{ border: none; background: {CARD.name()}; }}
QLineEdit#navigatorSearch {{
    border: 1px solid {LINE.name()}; border-radius: 6px; padding: 5px 8px; background: white;
}}
QStatusBar {{ background: {CARD.name()}; border-top: 1px solid {LINE.name()}; }}
QStatusBar QLabel {{ color: {TEXT_MUTED.name()}; padding: 0 6px; }}
QSplitter::handle {{ background: {LINE.name()}; }}
"""


def apply_palette(app: QApplication) -> None:
    """The colours; cheap enough to set before the first paint."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, WINDOW)
    palette.setColor(QPalette.ColorRole.Base, CARD)
    palette.setColor(QPalette.ColorRole.AlternateBase, WINDOW)
    palette.setColor(QPalette.ColorRole.WindowText, TEXT)
    palette.setColor(QPalette.ColorRole.Text, TEXT)
    palette.setColor(QPalette.ColorRole.ButtonText, TEXT)
    palette.setColor(QPalette.ColorRole.Button, QColor("#fafbfb"))
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, TEXT_MUTED)
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffef5"))
    palette.setColor(QPalette.ColorRole.ToolTipText, TEXT)
    palette.setColor(QPalette.ColorRole.Link, ACCENT_DARK)
    app.setPalette(palette)


def apply_style_sheet(app: QApplication) -> None:
    """The finer look of cards, titles and buttons; set once the window is on screen."""
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)


def apply(app: QApplication) -> None:
    apply_palette(app)
    apply_style_sheet(app)
