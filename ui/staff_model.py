"""The staff list as a Qt table model, and the search filter in front of it.

The model holds the ``StaffRow`` list that ``app.roster.list_staff`` returned
(mobiles already masked for roles without contact permission). The proxy
filters it in memory with ``app.roster.matches`` so the search answers within a
frame at hall scale, and sorts on raw values (dates as dates, staff numbers
naturally: "2" before "10", names by pinyin).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.roster import StaffRow, matches
from ui.table_model import RowsFilterProxy, RowsTableModel

COL_STAFF_NO = 0
COL_NAME = 1
COL_UNIT = 2
COL_WINDOW = 3
COL_POSITION = 4
COL_MOBILE = 5
COL_HIRE_DATE = 6
COL_TRAINED_ON = 7
COL_STATUS = 8
COL_NOTE = 9

HEADERS = {
    COL_STAFF_NO: QT_TRANSLATE_NOOP("StaffTableModel", "Staff number"),
    COL_NAME: QT_TRANSLATE_NOOP("StaffTableModel", "Name"),
    COL_UNIT: QT_TRANSLATE_NOOP("StaffTableModel", "Unit"),
    COL_WINDOW: QT_TRANSLATE_NOOP("StaffTableModel", "Window"),
    COL_POSITION: QT_TRANSLATE_NOOP("StaffTableModel", "Position"),
    COL_MOBILE: QT_TRANSLATE_NOOP("StaffTableModel", "Mobile"),
    COL_HIRE_DATE: QT_TRANSLATE_NOOP("StaffTableModel", "Hire date"),
    COL_TRAINED_ON: QT_TRANSLATE_NOOP("StaffTableModel", "Pre-job training"),
    COL_STATUS: QT_TRANSLATE_NOOP("StaffTableModel", "Status"),
    COL_NOTE: QT_TRANSLATE_NOOP("StaffTableModel", "Note"),
}
HEADER_TIPS = {
    COL_TRAINED_ON: QT_TRANSLATE_NOOP("StaffTableModel", "The date the staff member passed pre-job training"),
    COL_STATUS: QT_TRANSLATE_NOOP("StaffTableModel", "Active, or the date the staff member left"),
}

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Raw, comparable values for sorting (tuples, dates, naturally ordered numbers)."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The ``StaffRow`` behind a line."""

# Looked up once: each ``Qt.ItemDataRole.X`` costs two trips through PySide6's attribute
# lookup, and ``data`` runs for seven roles of every cell painted.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOL_TIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_ANSWERED = frozenset({_DISPLAY, SORT_ROLE, ROW_ROLE, _FOREGROUND, _TOOL_TIP, _ACCESSIBLE})
"""The roles ``data`` answers; the others (font, alignment, background ...) have no answer here."""
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """Sort key that orders digit runs by value: "A2" < "A10" < "B1"."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.lower()) for part in _DIGITS.split(text) if part
    )


def _date_key(day: dt.date | None) -> tuple:
    # Empty dates sort before every real date.
    return (0, dt.date.min) if day is None else (1, day)


def _name_key(row: StaffRow) -> tuple:
    # Chinese names sort by their pinyin spelling (the second key is the full
    # spelling of the first reading, the first the initials).
    keys = row.pinyin.split()
    spelling = keys[1] if len(keys) > 1 else (keys[0] if keys else row.name.lower())
    return (spelling, row.name)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffTableModel", text)


def status_text(row: StaffRow, today: dt.date | None = None) -> str:
    """ "Active", "Left on 2024-05-31", or "Active, leaves on ..." for a leaving date ahead."""
    if row.left_on is None:
        return QCoreApplication.translate("StaffTableModel", "Active")
    if row.active_on(today or dt.date.today()):
        return QCoreApplication.translate("StaffTableModel", "Active, leaves on {date}").format(
            date=row.left_on.isoformat()
        )
    return QCoreApplication.translate("StaffTableModel", "Left on {date}").format(
        date=row.left_on.isoformat()
    )


def _left_colour() -> QColor:
    """Grey for staff who have left: halfway between text and background, still readable."""
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 11 + base.red() * 9) // 20,
        (text.green() * 11 + base.green() * 9) // 20,
        (text.blue() * 11 + base.blue() * 9) // 20,
    )


class StaffTableModel(RowsTableModel):
    """Read-only table of ``StaffRow``s; ``set_rows`` replaces them all."""

    CONTEXT = "StaffTableModel"
    HEADERS = HEADERS
    HEADER_TIPS = HEADER_TIPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()

    # -- contents

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = dt.date.today()
        self.endResetModel()

    def rows(self) -> list[StaffRow]:
        return list(self._rows)

    def widest_texts(self, col: int, count: int = 3) -> list[str]:
        """The longest display texts of a column, for sizing it without asking Qt for every cell."""
        texts = {self._display(r, col) for r in self._rows}
        return sorted(texts, key=len, reverse=True)[:count]

    # -- QAbstractTableModel

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        col = index.column()
        if role == _DISPLAY:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_value(row, col)
        if role == ROW_ROLE:
            return row
        if role == _FOREGROUND and not row.active_on(self._today):
            # Grey as well as the "Left on ..." text: never colour alone.
            return _left_colour()
        if role == _TOOL_TIP:
            if col == COL_STATUS and row.left_on is not None and row.left_reason:
                return QCoreApplication.translate("StaffTableModel", "Reason for leaving: {reason}").format(
                    reason=row.left_reason
                )
            if col == COL_NOTE and row.note:
                return row.note
            if col == COL_WINDOW and row.window_id is None and row.trained_on is None:
                return QCoreApplication.translate(
                    "StaffTableModel", "Not yet passed pre-job training, so not at a window"
                )
        if role == _ACCESSIBLE:
            return self._display(row, col)
        return None

    def _display(self, row: StaffRow, col: int) -> str:
        if col == COL_STAFF_NO:
            return row.staff_no
        if col == COL_NAME:
            return row.name
        if col == COL_UNIT:
            return row.unit_name
        if col == COL_WINDOW:
            return row.window_number
        if col == COL_POSITION:
            return row.position
        if col == COL_MOBILE:
            return row.mobile
        if col == COL_HIRE_DATE:
            return row.hire_date.isoformat() if row.hire_date else ""
        if col == COL_TRAINED_ON:
            return row.trained_on.isoformat() if row.trained_on else ""
        if col == COL_STATUS:
            return status_text(row, self._today)
        if col == COL_NOTE:
            # One line in the grid; the whole note is the tooltip.
            return " ".join(row.note.split())
        return ""

    def sort_value(self, row: int, col: int) -> tuple:
        """What ``SORT_ROLE`` returns, without the trip through QVariant."""
        return self._sort_value(self._rows[row], col)

    def _sort_value(self, row: StaffRow, col: int) -> tuple:
        if col == COL_STAFF_NO:
            return natural_key(row.staff_no)
        if col == COL_NAME:
            return _name_key(row)
        if col == COL_UNIT:
            return (row.unit_name, natural_key(row.window_number))
        if col == COL_WINDOW:
            return (row.window_number == "", natural_key(row.window_number))
        if col == COL_POSITION:
            return (row.position.lower(),)
        if col == COL_MOBILE:
            return (row.mobile,)
        if col == COL_HIRE_DATE:
            return _date_key(row.hire_date)
        if col == COL_TRAINED_ON:
            return _date_key(row.trained_on)
        if col == COL_STATUS:
            # Active first, then by leaving date.
            return (not row.active_on(self._today), _date_key(row.left_on))
        if col == COL_NOTE:
            return (row.note.lower(),)
        return ()


class StaffFilterProxy(RowsFilterProxy):
    """Filters by the search box (``app.roster.matches``) and sorts on ``SORT_ROLE``."""

    SOURCE = StaffTableModel
    ROW_ROLE = ROW_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        if text == self._query:
            return
        with self.filter_change():
            self._query = text

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._query:
            return True
        model = self.sourceModel()
        if not isinstance(model, StaffTableModel):
            return True
        return matches(model.row_at(source_row), self._query)
