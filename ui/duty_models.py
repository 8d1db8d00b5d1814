"""The Duty Log tab's tables: the closing checklist, the day's inspections and the month's rota.

Each model shows what ``app.duty_log``, ``app.inspections`` and ``app.duty_rota``
return; the checklist also holds what the duty officer ticked and typed until
the log is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.table_model import RowsFilterProxy, RowsTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row (a CheckRow, InspectionRow or RotaDay) behind a line."""

WEEKDAYS = (
    QT_TRANSLATE_NOOP("DutyModels", "Mon"),
    QT_TRANSLATE_NOOP("DutyModels", "Tue"),
    QT_TRANSLATE_NOOP("DutyModels", "Wed"),
    QT_TRANSLATE_NOOP("DutyModels", "Thu"),
    QT_TRANSLATE_NOOP("DutyModels", "Fri"),
    QT_TRANSLATE_NOOP("DutyModels", "Sat"),
    QT_TRANSLATE_NOOP("DutyModels", "Sun"),
)


def weekday_text(day: dt.date) -> str:
    return QCoreApplication.translate("DutyModels", WEEKDAYS[day.weekday()])


def _tr(text: str) -> str:
    return QCoreApplication.translate("DutyModels", text)


# ---------------------------------------------------------------- the closing checklist

C_WINDOW, C_UNIT, C_POWER, C_NOTE, C_BY = range(5)


class ChecklistModel(RowsTableModel):
    """One line per window: its power is off (a check box, Space ticks it) and a note.

    The ticks and notes typed since the last save live here; ``entries()`` gives
    them as ``app.duty_log.save`` takes them. ``read_only`` stops editing (a closed day).
    """

    CONTEXT = "ChecklistModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Window"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Unit"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Power off"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Note"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Checked by"),
    )
    HEADER_TIPS = {
        C_POWER: QT_TRANSLATE_NOOP("ChecklistModel", "Space ticks: the window's power is off"),
        C_NOTE: QT_TRANSLATE_NOOP("ChecklistModel", "Why the power is still on, or anything seen"),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._power: list[bool] = []
        self._notes: list[str] = []
        self.read_only = False
        self.dirty = False

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._power = [bool(r.power_off) for r in self._rows]
        self._notes = [r.note or "" for r in self._rows]
        self.dirty = False
        self.endResetModel()

    def entries(self) -> dict[int, tuple[bool, str]]:
        """``{window_id: (power_off, note)}`` as the checklist stands now."""
        return {r.window_id: (self._power[i], self._notes[i].strip()) for i, r in enumerate(self._rows)}

    def unticked(self) -> int:
        """Windows neither ticked nor explained with a note."""
        return sum(1 for p, n in zip(self._power, self._notes, strict=True) if not p and not n.strip())

    def widest_texts(self, col: int) -> list[str]:
        return [self._display(i, col) for i in range(min(len(self._rows), 60))]

    def _display(self, i: int, col: int) -> str:
        row = self._rows[i]
        if col == C_WINDOW:
            return f"{row.number} {row.title}".strip() if getattr(row, "title", "") else row.number
        if col == C_UNIT:
            return row.unit or ""
        if col == C_POWER:
            return (
                _tr(QT_TRANSLATE_NOOP("DutyModels", "off"))
                if self._power[i]
                else _tr(QT_TRANSLATE_NOOP("DutyModels", "not ticked"))
            )
        if col == C_NOTE:
            return self._notes[i]
        if col == C_BY:
            return row.checked_by or ""
        return ""

    def sort_value(self, i: int, col: int) -> Any:
        if col == C_POWER:
            return int(self._power[i])
        return self._display(i, col)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == C_POWER and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == C_NOTE and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        i, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(i, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == C_POWER:
            return Qt.CheckState.Checked if self._power[i] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and col == C_POWER:
            return self._display(i, col)
        if role == ROW_ROLE:
            return self._rows[i]
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or self.read_only or not 0 <= index.row() < len(self._rows):
            return False
        i, col = index.row(), index.column()
        if col == C_POWER and role == Qt.ItemDataRole.CheckStateRole:
            state = value.value if hasattr(value, "value") else value
            self._power[i] = int(state) == Qt.CheckState.Checked.value
        elif col == C_NOTE and role == Qt.ItemDataRole.EditRole:
            self._notes[i] = str(value or "")
        else:
            return False
        self.dirty = True
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        return True


# ---------------------------------------------------------------- the day's inspections

I_TIME, I_WINDOW, I_PERSON, I_UNIT, I_CATEGORY, I_COUNTS, I_NOTE, I_INSPECTOR = range(8)


def inspection_status(row: Any) -> str:
    """What a finding means for the weekly rule, in words."""
    if row.voided:
        return _tr(QT_TRANSLATE_NOOP("DutyModels", "voided"))
    if row.positive:
        return _tr(QT_TRANSLATE_NOOP("DutyModels", "commendation"))
    if row.covered_by:
        return _tr(QT_TRANSLATE_NOOP("DutyModels", "approved outing: not counted"))
    if row.counted:
        return _tr(QT_TRANSLATE_NOOP("DutyModels", "counts (R8)"))
    return _tr(QT_TRANSLATE_NOOP("DutyModels", "noted"))


class InspectionsModel(RowsTableModel):
    """The day's findings as ``app.inspections.list_inspections`` returns them."""

    CONTEXT = "InspectionsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("InspectionsModel", "Time"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Window"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Person"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Unit"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Finding"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Counts"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Note"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Inspector"),
    )
    HEADER_TIPS = {
        I_COUNTS: QT_TRANSLATE_NOOP(
            "InspectionsModel", "Whether the finding counts toward the weekly rule (two or more: criticism)"
        ),
    }

    english = False  # category names in English beside the Chinese

    def widest_texts(self, col: int) -> list[str]:
        return [self._display(r, col) for r in self._rows[:60]]

    def _display(self, row: Any, col: int) -> str:
        if col == I_TIME:
            return row.at.strftime("%H:%M") if row.at else ""
        if col == I_WINDOW:
            return row.window or ""
        if col == I_PERSON:
            if not row.name:
                return ""
            return QCoreApplication.translate("InspectionsModel", "{name} ({staff_no})").format(
                name=row.name, staff_no=row.staff_no
            )
        if col == I_UNIT:
            return row.unit or ""
        if col == I_CATEGORY:
            if self.english and row.category_en:
                return f"{row.category} ({row.category_en})"
            return row.category
        if col == I_COUNTS:
            return inspection_status(row)
        if col == I_NOTE:
            return row.note or ""
        if col == I_INSPECTOR:
            return row.inspector or ""
        return ""

    def sort_value(self, i: int, col: int) -> Any:
        row = self._rows[i]
        if col == I_TIME:
            return (row.at.isoformat() if row.at else "", row.id)
        return self._display(row, col)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.FontRole and row.voided:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == I_NOTE and row.note:
            return row.note
        if role == ROW_ROLE:
            return row
        return None


class InspectionsProxy(RowsFilterProxy):
    SOURCE = InspectionsModel
    ROW_ROLE = ROW_ROLE


# ---------------------------------------------------------------- the month's rota

R_DAY, R_WEEKDAY, R_UNIT, R_LEADER, R_OFFICERS, R_NOTE = range(6)


def officers_text(row: Any) -> str:
    return "、".join(name for name in (row.officer, row.officer2) if name)


class RotaModel(RowsTableModel):
    """The rota of a month as ``app.duty_rota.rota`` returns it, one line per workday."""

    CONTEXT = "RotaModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RotaModel", "Day"),
        QT_TRANSLATE_NOOP("RotaModel", "Weekday"),
        QT_TRANSLATE_NOOP("RotaModel", "Unit on duty"),
        QT_TRANSLATE_NOOP("RotaModel", "Duty leader"),
        QT_TRANSLATE_NOOP("RotaModel", "Duty officers"),
        QT_TRANSLATE_NOOP("RotaModel", "Changed because"),
    )

    today: dt.date | None = None

    def widest_texts(self, col: int) -> list[str]:
        return [self._display(r, col) for r in self._rows[:31]]

    def _display(self, row: Any, col: int) -> str:
        if col == R_DAY:
            return row.day.isoformat()
        if col == R_WEEKDAY:
            text = weekday_text(row.day)
            if self.today is not None and row.day == self.today:
                text = QCoreApplication.translate("RotaModel", "{weekday} (today)").format(weekday=text)
            return text
        if col == R_UNIT:
            return row.unit or "—"
        if col == R_LEADER:
            return row.leader or "—"
        if col == R_OFFICERS:
            return officers_text(row) or "—"
        if col == R_NOTE:
            return row.note or ""
        return ""

    def sort_value(self, i: int, col: int) -> Any:
        row = self._rows[i]
        if col in (R_DAY, R_WEEKDAY):
            return row.day.isoformat()
        return self._display(row, col)

    def row_of_day(self, day: dt.date) -> int:
        return next((i for i, r in enumerate(self._rows) if r.day == day), -1)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.FontRole and self.today is not None and row.day == self.today:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None


class RotaProxy(RowsFilterProxy):
    SOURCE = RotaModel
    ROW_ROLE = ROW_ROLE
