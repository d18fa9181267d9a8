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

# Font sizes below are chosen for a 9 pt application font (Windows' and most Linux desktops');
# each is scaled to the application's font when applied, so text grows with the system's size
DESIGN_PT = 9.0


def font_size(size: float, base: float | None = None) -> str:
    """``size`` (in pt at a 9 pt application font) as a style sheet font size for ``base`` pt,
    by default the application's font now."""
    if base is None:
        app = QApplication.instance()
        base = app.font().pointSizeF() if isinstance(app, QApplication) else DESIGN_PT
    if base <= 0:  # a font set in pixels has no point size
        base = DESIGN_PT
    return f"font-size: {size * base / DESIGN_PT:.2f}pt"


# Where the keyboard is: a 2px ring in the accent around the focused field, button, box or
# list. Each keeps a 2px border when unfocused too (a quiet line, or none), so the focus moves
# nothing on the page.
FOCUS_RING = f"""
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox {{
    border: 2px solid {LINE.name()}; border-radius: 5px; background: {CARD.name()};
    padding: 2px 4px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus, QComboBox:on {{
    border-color: {ACCENT.name()};
}}
QLineEdit:read-only, QPlainTextEdit:read-only {{ background: {WINDOW.name()}; }}
QPushButton {{
    background: #fafbfb; color: {TEXT.name()}; border: 2px solid {LINE.name()};
    border-radius: 6px; padding: 5px 14px;
}}
QPushButton:hover {{ border-color: {ACCENT_SOFT.darker(130).name()}; }}
QPushButton:disabled {{ color: {NOT_STARTED.name()}; }}
QPushButton:focus, QPushButton#secondary:focus {{ border-color: {ACCENT.name()}; }}
QPushButton#primary:focus {{ border-color: {TEXT.name()}; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 5px; padding: 2px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {ACCENT.name()}; }}
QAbstractItemView {{ border: 2px solid {LINE.name()}; border-radius: 4px; }}
QAbstractItemView:focus {{ border-color: {ACCENT.name()}; }}
QHeaderView::section {{
    background: {WINDOW.name()}; color: {TEXT.name()}; padding: 4px 6px; border: none;
    border-right: 1px solid {LINE.name()}; border-bottom: 1px solid {LINE.name()};
}}
QTreeView#navigatorTree {{ border: 2px solid {CARD.name()}; }}
QTreeView#navigatorTree:focus {{ border-color: {ACCENT.name()}; }}
"""


def style_sheet(base: float | None = None) -> str:
    """The program's style sheet, its font sizes scaled to ``base`` pt (default: the
    application's font now)."""

    def pt(size: float) -> str:
        return font_size(size, base)

    return (
        f"""
QMainWindow, QDialog {{ background: {WINDOW.name()}; }}
QFrame#card {{
    background: {CARD.name()};
    border: 1px solid {LINE.name()};
    border-radius: 8px;
}}
QLabel#pageTitle {{ {pt(17)}; font-weight: 600; color: {TEXT.name()}; }}
QLabel#pageSubtitle {{ {pt(10.5)}; color: {TEXT_MUTED.name()}; }}
QLabel#sectionTitle {{
    {pt(9)}; font-weight: 600; color: {TEXT_MUTED.name()};
    letter-spacing: 0.5px;
}}
QLabel#figureTitle {{ {pt(9)}; color: {TEXT_MUTED.name()}; }}
QLabel#figureValue {{ {pt(17)}; font-weight: 600; color: {TEXT.name()}; }}
QLabel#figureDetail {{ {pt(8.5)}; color: {TEXT_MUTED.name()}; }}
QLabel#muted {{ color: {TEXT_MUTED.name()}; }}
QLabel#fieldError {{ color: {ERROR.name()}; }}
QLabel#emptyTitle {{ {pt(16)}; font-weight: 600; color: {TEXT.name()}; }}
QLabel#emptyText {{ {pt(10.5)}; color: {TEXT_MUTED.name()}; }}
QLabel#chip {{
    background: {ACCENT_SOFT.name()}; color: {ACCENT_DARK.name()};
    border-radius: 10px; padding: 2px 10px; font-weight: 600;
}}
QPushButton#primary {{
    background: {ACCENT.name()}; color: white; border: 2px solid {ACCENT_DARK.name()};
    border-radius: 6px; padding: 8px 18px; font-weight: 600;
}}
QPushButton#primary:hover {{ background: {ACCENT_DARK.name()}; }}
QPushButton#primary:disabled {{
    background: {NOT_STARTED.name()}; border-color: {NOT_STARTED.name()};
}}
QPushButton#secondary {{
    background: white; color: {ACCENT_DARK.name()}; border: 2px solid {LINE.name()};
    border-radius: 6px; padding: 8px 18px; font-weight: 600;
}}
QPushButton#secondary:hover {{ border-color: {ACCENT.name()}; }}
QWidget#navigatorPanel {{ background: {CARD.name()}; }}
QTreeView#navigatorTree {{ background: {CARD.name()}; }}
QLineEdit#navigatorSearch {{
    border: 2px solid {LINE.name()}; border-radius: 6px; padding: 4px 7px; background: white;
}}
QStatusBar {{ background: {CARD.name()}; border-top: 1px solid {LINE.name()}; }}
QStatusBar QLabel {{ color: {TEXT_MUTED.name()}; padding: 0 6px; }}
QSplitter::handle {{ background: {LINE.name()}; }}
"""
        + FOCUS_RING
    )


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
    """The finer look of cards, titles and buttons; set once the window is on screen, and
    again after the application's font changed (its sizes follow that font)."""
    sheet = style_sheet(app.font().pointSizeF())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def apply(app: QApplication) -> None:
    apply_palette(app)
    apply_style_sheet(app)
