"""The start-up warning about past workdays whose duty log is missing or not closed (rule R6).

``UnclosedDaysBar`` sits under the calendar's warning at the top of the main
window and is shown to everyone while ``duty_log.unclosed_days()`` is not
empty; it looks again every half hour, so that it follows the date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app import duty_log

REFRESH_MS = 30 * 60_000
BAR_STYLE = """
QFrame#unclosedDays { background: #fff4e0; border: 2px solid #e08a00; border-radius: 4px; }
QFrame#unclosedDays QLabel { color: #6b3d00; }
"""


def today() -> dt.date:
    """The hall's date (tests replace it)."""
    return dt.date.today()


class UnclosedDaysBar(QFrame):
    """An amber bar with ``duty_log.unclosed_warning`` for the past days not closed; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unclosedDays")
        self.setStyleSheet(BAR_STYLE)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        self.days: list[dt.date] = []
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Look at the logs again (after a day is closed or reopened, or as the date moves on)."""
        self.days = duty_log.unclosed_days(today())
        self.label.setText("⚠ " + duty_log.unclosed_warning(self.days) if self.days else "")
        self.setVisible(bool(self.days))

    def text(self) -> str:
        return self.label.text() if self.days else ""
