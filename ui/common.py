"""Small helpers every widget uses: showing errors, plain messages and yes/no questions.

Modules call these through the module (``common.inform(...)``), so a test
replaces each in one place: ``monkeypatch.setattr(common, "inform", ...)``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ConflictError, HallDeskError, ValidationError
from app.fields import field_label


def show_error(parent: QWidget | None, err: Exception, title: str | None = None) -> None:
    """Show a user-facing error in a dialog: what is wrong and where, never a traceback."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Common", "HallDesk"))
    if isinstance(err, ValidationError) and len(err.problems) > 1:
        box.setText(QCoreApplication.translate("Common", "This cannot be saved:"))
        box.setInformativeText("\n".join(f"• {p}" for p in err.problems[:20]))
        if len(err.problems) > 20:
            box.setDetailedText("\n".join(str(p) for p in err.problems))
    elif isinstance(err, ConflictError):
        box.setText(str(err))
        if err.changes:
            lines = [
                QCoreApplication.translate("Common", "{field}: yours {mine}, now {theirs}").format(
                    field=field_label(name), mine=mine, theirs=theirs
                )
                for name, (mine, theirs) in err.changes.items()
            ]
            box.setInformativeText("\n".join(lines))
    else:
        box.setText(str(err))
    box.exec()


@contextlib.contextmanager
def guarded(parent: QWidget | None) -> Iterator[None]:
    """Run a user action; a HallDeskError becomes a dialog and the app keeps running."""
    try:
        yield
    except HallDeskError as err:
        show_error(parent, err)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A plain message with an OK button."""
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
