"""The Attendance tab's day grid as a table model, the filter in front of it, and shared pieces
(status colours, session and weekday names) of the attendance views.

The day model holds one line per person, built once from the rows
``app.attendance.day_sessions`` returned (two sessions each), so painting and
sorting never ask the database. Raw punches are the one detail read on
demand: only when a time's tooltip is shown, once per person.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app import i18n
from app.attendance import (
    ABSENT,
    AM,
    EARLY,
    LATE,
    LATE_EARLY,
    LEAVE,
    MISSING,
    ON_TIME,
    PENDING,
    PM,
    STATUSES,
    SessionRow,
    explain,
    punches_of,
    status_label,
)
from app.corrections import CorrectionRow
from app.roster import StaffRow, matches
from ui.staff_model import natural_key
from ui.table_model import HeaderedTableModel, RowsFilterProxy

COL_STAFF_NO = 0
COL_NAME = 1
COL_UNIT = 2
COL_WINDOW = 3
COL_AM_IN = 4
COL_AM_OUT = 5
COL_AM_STATUS = 6
COL_PM_IN = 7
COL_PM_OUT = 8
COL_PM_STATUS = 9

HEADERS = {
    COL_STAFF_NO: QT_TRANSLATE_NOOP("AttendanceModel", "Staff number"),
    COL_NAME: QT_TRANSLATE_NOOP("AttendanceModel", "Name"),
    COL_UNIT: QT_TRANSLATE_NOOP("AttendanceModel", "Unit"),
    COL_WINDOW: QT_TRANSLATE_NOOP("AttendanceModel", "Window"),
    COL_AM_IN: QT_TRANSLATE_NOOP("AttendanceModel", "AM in"),
    COL_AM_OUT: QT_TRANSLATE_NOOP("AttendanceModel", "AM out"),
    COL_AM_STATUS: QT_TRANSLATE_NOOP("AttendanceModel", "AM status"),
    COL_PM_IN: QT_TRANSLATE_NOOP("AttendanceModel", "PM in"),
    COL_PM_OUT: QT_TRANSLATE_NOOP("AttendanceModel", "PM out"),
    COL_PM_STATUS: QT_TRANSLATE_NOOP("AttendanceModel", "PM status"),
}
TIME_TIP = QT_TRANSLATE_NOOP(
    "AttendanceModel",
    "Type a time from the paper sign-in sheet (0801 for 08:01) and press Enter. "
    "* marks a corrected time (punch correction).",
)

HEADER_TIPS = {
    COL_AM_IN: TIME_TIP,
    COL_AM_OUT: TIME_TIP,
    COL_PM_IN: TIME_TIP,
    COL_PM_OUT: TIME_TIP,
    COL_AM_STATUS: QT_TRANSLATE_NOOP("AttendanceModel", "The morning session's status; hover for why"),
    COL_PM_STATUS: QT_TRANSLATE_NOOP("AttendanceModel", "The afternoon session's status; hover for why"),
}

TIME_COLUMNS: dict[int, tuple[str, str]] = {
    COL_AM_IN: (AM, "in"),
    COL_AM_OUT: (AM, "out"),
    COL_PM_IN: (PM, "in"),
    COL_PM_OUT: (PM, "out"),
}
STATUS_COLUMNS = {COL_AM_STATUS: AM, COL_PM_STATUS: PM}
COLUMN_OF_TIME = {value: col for col, value in TIME_COLUMNS.items()}

SESSION_NAMES = {
    AM: QT_TRANSLATE_NOOP("AttendanceModel", "morning"),
    PM: QT_TRANSLATE_NOOP("AttendanceModel", "afternoon"),
}
WHICH_NAMES = {
    "in": QT_TRANSLATE_NOOP("AttendanceModel", "clock-in"),
    "out": QT_TRANSLATE_NOOP("AttendanceModel", "clock-out"),
}

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Raw, comparable values for sorting."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The ``PersonDay`` (day grid) or ``SessionRow`` (history) behind a line."""

# Status colours: light backgrounds under dark text, readable in light and dark themes.
# The status is always written out as well; the colour only helps the eye.
STATUS_COLOURS = {
    ON_TIME: "#d9f2d9",
    LATE: "#ffe0b2",
    EARLY: "#ffe0b2",
    LATE_EARLY: "#ffcc99",
    MISSING: "#fff3a8",
    ABSENT: "#f9c6c6",
    LEAVE: "#d3e4f7",
    PENDING: "#ececec",
}
STATUS_TEXT_COLOUR = "#1a1a1a"
STATUS_ORDER = {
    s: i for i, s in enumerate((ABSENT, MISSING, LATE_EARLY, LATE, EARLY, PENDING, LEAVE, ON_TIME))
}
QUIET_STATUSES = frozenset({ON_TIME, LEAVE, PENDING})


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendanceModel", text)


def session_name(session: str) -> str:
    """ "morning" / "afternoon" in the reader's language."""
    return _tr(SESSION_NAMES.get(session, session))


def which_name(which: str) -> str:
    """ "clock-in" / "clock-out" in the reader's language."""
    return _tr(WHICH_NAMES.get(which, which))


def status_background(status: str | None) -> QColor | None:
    colour = STATUS_COLOURS.get(status or "")
    return QColor(colour) if colour else None


def every_status_text() -> list[str]:
    """Every text a status cell can hold (for sizing the column once)."""
    return [status_label(s) for s in STATUSES]


def weekday_name(day: dt.date) -> str:
    """The day of the week in the window's language (QLocale follows the chosen language)."""
    return QLocale().dayName(QDate(day.year, day.month, day.day).dayOfWeek(), QLocale.FormatType.LongFormat)


def _corrected_slots(row: SessionRow) -> frozenset[str]:
    """Which of "in"/"out" an approved correction set (read from the stored explanation)."""
    if not row.corrected:
        return frozenset()
    try:
        notes = json.loads(row.explanation or "[]")
    except ValueError:
        return frozenset()
    return frozenset(p.get("which", "") for code, p in notes if code == "corrected")


@dataclass
class PersonDay:
    """One person's line in the day grid: the roster facts and the day's sessions."""

    staff_id: int
    staff_no: str
    name: str
    unit: str
    window: str
    sessions: dict[str, SessionRow] = field(default_factory=dict)
    corrected: set[tuple[str, str]] = field(default_factory=set)

    def add(self, row: SessionRow) -> None:
        self.sessions[row.session] = row
        for which in _corrected_slots(row):
            self.corrected.add((row.session, which))

    def time(self, session: str, which: str) -> str | None:
        row = self.sessions.get(session)
        if row is None:
            return None
        return row.clock_in if which == "in" else row.clock_out

    def status(self, session: str) -> str | None:
        row = self.sessions.get(session)
        return row.status if row else None

    def is_exception(self) -> bool:
        """Any session not on time, on leave, or still in progress."""
        return any(r.status not in QUIET_STATUSES for r in self.sessions.values())


def group_by_person(rows: Iterable[SessionRow]) -> list[PersonDay]:
    """``day_sessions`` rows (a person's sessions together) as one ``PersonDay`` each, in order."""
    people: dict[int, PersonDay] = {}
    for r in rows:
        person = people.get(r.staff_id)
        if person is None:
            person = people[r.staff_id] = PersonDay(r.staff_id, r.staff_no, r.name, r.unit, r.window)
        person.add(r)
    return list(people.values())


@dataclass(frozen=True)
class DayCounts:
    """How many sessions of the day had each kind of lapse (a session late and early counts in both)."""

    late: int = 0
    early: int = 0
    absent: int = 0
    missing: int = 0
    leave: int = 0


def count_sessions(people: Iterable[PersonDay]) -> DayCounts:
    late = early = absent = missing = leave = 0
    for person in people:
        for r in person.sessions.values():
            late += r.late
            early += r.early
            absent += r.status == ABSENT
            missing += r.status == MISSING
            leave += r.status == LEAVE
    return DayCounts(late, early, absent, missing, leave)


# ---------------------------------------------------------------- the day grid


class AttendanceDayModel(HeaderedTableModel):
    """The day's grid: one line per person, times and statuses of both sessions.

    ``editable`` makes the four time cells editable (for roles that record
    attendance), except in a session covered by leave. Saving what is typed is
    the tab's business; this model only shows.
    """

    CONTEXT = "AttendanceModel"
    HEADERS = HEADERS
    HEADER_TIPS = HEADER_TIPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonDay] = []
        self._index: dict[int, int] = {}
        self._pending: dict[tuple[int, str, str], list[CorrectionRow]] = {}
        self._punches: dict[int, list[tuple[str, str]]] = {}
        self.day: dt.date | None = None
        self.editable = False

    # -- contents

    def set_day(
        self,
        day: dt.date,
        rows: Iterable[SessionRow],
        pending: Iterable[CorrectionRow] = (),
        editable: bool = False,
    ) -> None:
        self.beginResetModel()
        self.day = day
        self.editable = editable
        self._rows = group_by_person(rows)
        self._index = {p.staff_id: i for i, p in enumerate(self._rows)}
        self._punches = {}
        self._set_pending(pending)
        self.endResetModel()

    def _set_pending(self, pending: Iterable[CorrectionRow]) -> None:
        self._pending = {}
        for c in pending:
            if c.day == self.day:
                self._pending.setdefault((c.staff_id, c.session, c.which), []).append(c)

    def set_pending(self, pending: Iterable[CorrectionRow]) -> None:
        """Pending corrections of the day, for the time cells' tooltips."""
        self._set_pending(pending)
        if self._rows:
            self._changed_all()

    def replace_person(self, staff_id: int, rows: Iterable[SessionRow]) -> None:
        """Show a person's freshly read sessions (after a time was entered or a correction decided)."""
        row = self._index.get(staff_id)
        if row is None:
            return
        old = self._rows[row]
        person = PersonDay(old.staff_id, old.staff_no, old.name, old.unit, old.window)
        for r in rows:
            person.add(r)
        self._rows[row] = person
        self._punches.pop(staff_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _changed_all(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def people(self) -> list[PersonDay]:
        return list(self._rows)

    def row_at(self, row: int) -> PersonDay:
        return self._rows[row]

    def row_of(self, staff_id: int) -> int:
        """The model row of ``staff_id``, or -1."""
        return self._index.get(staff_id, -1)

    def counts(self) -> DayCounts:
        return count_sessions(self._rows)

    def pending_for(self, staff_id: int, session: str, which: str) -> list[CorrectionRow]:
        return self._pending.get((staff_id, session, which), [])

    def punches(self, staff_id: int) -> list[tuple[str, str]]:
        """The person's raw punches of the day (read once, when first asked for)."""
        if staff_id not in self._punches:
            self._punches[staff_id] = punches_of(staff_id, self.day) if self.day else []
        return self._punches[staff_id]

    def widest_texts(self, col: int, count: int = 3) -> list[str]:
        texts = {self._display(p, col) for p in self._rows}
        return sorted(texts, key=len, reverse=True)[:count]

    # -- QAbstractTableModel

    def is_editable(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.editable or not index.isValid() or index.column() not in TIME_COLUMNS:
            return False
        session, _which = TIME_COLUMNS[index.column()]
        status = self._rows[index.row()].status(session)
        return status is not None and status != LEAVE

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.is_editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        person = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(person, col)
        if role == Qt.ItemDataRole.EditRole:
            if col in TIME_COLUMNS:
                return person.time(*TIME_COLUMNS[col]) or ""
            return self._display(person, col)
        if role == SORT_ROLE:
            return self.sort_value(index.row(), col)
        if role == ROW_ROLE:
            return person
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, col)
        if col in STATUS_COLUMNS:
            row = person.sessions.get(STATUS_COLUMNS[col])
            if role == Qt.ItemDataRole.BackgroundRole:
                return status_background(row.status) if row else None
            if role == Qt.ItemDataRole.ForegroundRole and row is not None:
                return QColor(STATUS_TEXT_COLOUR)
        if col in TIME_COLUMNS:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.FontRole and TIME_COLUMNS[col] in person.corrected:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def _display(self, person: PersonDay, col: int) -> str:
        if col == COL_STAFF_NO:
            return person.staff_no
        if col == COL_NAME:
            return person.name
        if col == COL_UNIT:
            return person.unit
        if col == COL_WINDOW:
            return person.window
        if col in TIME_COLUMNS:
            time = person.time(*TIME_COLUMNS[col])
            if time is None:
                return ""
            return f"{time}*" if TIME_COLUMNS[col] in person.corrected else time
        if col in STATUS_COLUMNS:
            row = person.sessions.get(STATUS_COLUMNS[col])
            return status_label(row.status) if row else ""
        return ""

    def _tooltip(self, person: PersonDay, col: int) -> str | None:
        if col in STATUS_COLUMNS:
            row = person.sessions.get(STATUS_COLUMNS[col])
            if row is None:
                return None
            return QCoreApplication.translate(
                "AttendanceModel", "{session}, {start}–{end}: {status}\n{why}"
            ).format(
                session=session_name(row.session),
                start=row.start,
                end=row.end,
                status=status_label(row.status),
                why=explain(row.explanation),
            )
        if col not in TIME_COLUMNS:
            return None
        session, which = TIME_COLUMNS[col]
        row = person.sessions.get(session)
        if row is None:
            return None
        lines = [explain(row.explanation)]
        punches = self.punches(person.staff_id)
        if punches:
            listed = [
                QCoreApplication.translate("AttendanceModel", "{time} ({source})").format(time=t, source=s)
                if s
                else t
                for t, s in punches
            ]
            lines.append(
                QCoreApplication.translate("AttendanceModel", "Punches of the day: {punches}").format(
                    punches=i18n.join(listed)
                )
            )
        else:
            lines.append(QCoreApplication.translate("AttendanceModel", "No punches recorded this day."))
        for c in self.pending_for(person.staff_id, session, which):
            lines.append(
                QCoreApplication.translate(
                    "AttendanceModel", "Correction to {time} asked by {user}, waiting for approval: {reason}"
                ).format(time=c.time, user=c.requested_by, reason=c.reason)
            )
        if row.status == LEAVE:
            lines.append(
                QCoreApplication.translate(
                    "AttendanceModel", "On leave: times are not entered for this session."
                )
            )
        return "\n".join(line for line in lines if line)

    def sort_value(self, row: int, col: int) -> tuple:
        person = self._rows[row]
        if col == COL_STAFF_NO:
            return natural_key(person.staff_no)
        if col == COL_NAME:
            return (person.name,)
        if col == COL_UNIT:
            return (person.unit, person.window == "", natural_key(person.window))
        if col == COL_WINDOW:
            return (person.window == "", natural_key(person.window))
        if col in TIME_COLUMNS:
            time = person.time(*TIME_COLUMNS[col])
            return (time is None, time or "")
        if col in STATUS_COLUMNS:
            row = person.sessions.get(STATUS_COLUMNS[col])
            return (STATUS_ORDER.get(row.status, 99) if row else 99,)
        return ()


class AttendanceFilterProxy(RowsFilterProxy):
    """Filters the day grid by the search box (the roster's matching) and "exceptions only"."""

    SOURCE = AttendanceDayModel
    ROW_ROLE = ROW_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._exceptions_only = False
        self._staff: dict[int, StaffRow] = {}
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_staff(self, staff: dict[int, StaffRow]) -> None:
        """The roster rows (with their pinyin keys) that the search matches against."""
        self._staff = staff

    def query(self) -> str:
        return self._query

    def exceptions_only(self) -> bool:
        return self._exceptions_only

    def set_filter(self, query: str | None = None, exceptions_only: bool | None = None) -> None:
        query = self._query if query is None else query
        exceptions_only = self._exceptions_only if exceptions_only is None else exceptions_only
        if (query, exceptions_only) == (self._query, self._exceptions_only):
            return
        with self.filter_change():
            self._query, self._exceptions_only = query, exceptions_only

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AttendanceDayModel):
            return True
        person = model.row_at(source_row)
        if self._exceptions_only and not person.is_exception():
            return False
        if not self._query:
            return True
        staff = self._staff.get(person.staff_id)
        if staff is not None:
            return matches(staff, self._query)
        q = "".join(self._query.split()).lower()
        return q in person.name.lower() or q in person.staff_no.lower()
