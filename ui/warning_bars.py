"""The warnings at the top of the main window, shown to everyone while there is something to say.

``BackupFailedBar``: the day's backup could not be taken. ``MissingYearBar``:
a year of the next 60 days has no official holiday schedule (it is then
counted as plain Monday to Friday). ``UnclosedDaysBar``: past workdays whose
duty log is missing or not closed (rule R6). The last two look again every
half hour, so that they follow the date. Each hides when all is well. They
come with the window, so they live apart from the calendar dialog, which
loads only when opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app import calendar, duty_log
from app.auth import Permission, Session

LOOK_AHEAD = dt.timedelta(days=60)  # a missing holiday schedule is announced this far ahead
REFRESH_MS = 30 * 60_000

BACKUP_FAILED_STYLE = """
QFrame#backupFailed { background: #fdecea; border: 2px solid #c62828; border-radius: 4px; }
QFrame#backupFailed QLabel { color: #7f0000; }
"""
MISSING_YEAR_STYLE = """
QFrame#missingYear { background: #fdecea; border: 2px solid #c62828; border-radius: 4px; }
QFrame#missingYear QLabel { color: #7f0000; }
"""
UNCLOSED_DAYS_STYLE = """
QFrame#unclosedDays { background: #fff4e0; border: 2px solid #e08a00; border-radius: 4px; }
QFrame#unclosedDays QLabel { color: #6b3d00; }
"""


def today() -> dt.date:
    """The hall's date (tests replace it)."""
    return dt.date.today()


class WarningBar(QFrame):
    """A coloured bar with one selectable message, hidden while the message is empty."""

    def __init__(self, name: str, style: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(style)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 6, 8, 6)
        self.row.addWidget(self.label, 1)
        self.setVisible(False)

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()

    def add_button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(action)
        self.row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return button

    def look_again_every(self, ms: int, refresh: Callable[[], object]) -> None:
        """Call ``refresh`` every ``ms`` (the date moves on while the window stays open)."""
        self.timer = QTimer(self)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(refresh)
        self.timer.start()


class BackupFailedBar(WarningBar):
    """Red: the day's backup could not be taken (``app.backup.daily_failed`` says why and what there
    is). Anyone may try again at once; a backup that works hides it."""

    def __init__(self, back_up: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__("backupFailed", BACKUP_FAILED_STYLE, parent)
        self.button = self.add_button(self.tr("&Back up now…"), back_up)

    def clear(self) -> None:
        self.say("")


class MissingYearBar(WarningBar):
    """Red: each year in the next 60 days without an official holiday schedule. The administrator
    gets a button to the calendar."""

    def __init__(
        self,
        session: Session,
        open_calendar: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("missingYear", MISSING_YEAR_STYLE, parent)
        self.button: QPushButton | None = None
        if open_calendar is not None and session.can(Permission.ADMIN):
            self.button = self.add_button(self.tr("Open the &calendar…"), open_calendar)
        self.years: list[int] = []
        self.look_again_every(REFRESH_MS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        start = today()
        self.years = calendar.missing_years(start, start + LOOK_AHEAD)
        self.say("\n".join("⚠ " + calendar.missing_year_warning(y) for y in self.years))


class UnclosedDaysBar(WarningBar):
    """Amber: ``duty_log.unclosed_warning`` for the past days not closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("unclosedDays", UNCLOSED_DAYS_STYLE, parent)
        self.days: list[dt.date] = []
        self.look_again_every(REFRESH_MS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Look at the logs again (after a day is closed or reopened, or as the date moves on)."""
        self.days = duty_log.unclosed_days(today())
        self.say("⚠ " + duty_log.unclosed_warning(self.days) if self.days else "")
