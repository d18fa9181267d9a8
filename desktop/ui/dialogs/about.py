"""About Berdaya: what the program is for, and its version."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("berdaya")
    except PackageNotFoundError:
        return "0.1.0"


def about_text() -> str:
    return "".join(
        [
            f"<h3>Berdaya {version()}</h3>",
            "<p>",
            QCoreApplication.translate(
                "About",
                "Berdaya supports community empowerment programs (pemberdayaan masyarakat) "
                "in Indonesian villages: the seven stages from preparation to termination, "
                "with the community's own participation, contributions and results measured "
                "as they happen.",
            ),
            "</p><p>",
            QCoreApplication.translate(
                "About",
                "It works without an internet connection, on the facilitator's own laptop.",
            ),
            "</p>",
        ]
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Berdaya"), about_text())
