"""The Leave Slips tab's tables: slips, today's absentees, balances; and the filter in front of them.

Each model holds the rows ``app.leave`` / ``app.leave_balance`` returned and
only shows them: a status is written out (``app.leave.status_label``) and
coloured as well, never coloured alone. A sort role returns raw, comparable
values; a row role returns the row behind a line. The filter proxy searches a
line's person the way the roster does (name, staff number, pinyin initials).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app import documents, i18n
from app.leave import APPROVED, CANCELLED, REJECTED, REQUESTED, RETURNED, SlipRow, status_label
from app.roster import StaffRow, matches
from ui.attendance_model import session_name
from ui.staff_model import natural_key
from ui.table_model import HeaderedTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Raw, comparable values for sorting."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row (``SlipRow``, ``BalanceRow``) behind a line."""

# Light backgrounds under dark text; the status is always written out as well.
STATUS_COLOURS = {
    REQUESTED: "#fff3a8",
    APPROVED: "#d9f2d9",
    REJECTED: "#f9c6c6",
    RETURNED: "#d3e4f7",
    CANCELLED: "#ececec",
}
STATUS_TEXT_COLOUR = "#1a1a1a"
STATUS_ORDER = {s: i for i, s in enumerate((REQUESTED, APPROVED, RETURNED, REJECTED, CANCELLED))}


def kind_name(name: str, name_en: str = "") -> str:
    """A kind of leave as the reader's language names it (the Chinese name is the kind's own)."""
    if i18n.language().startswith("zh") or not name_en:
        return name
    return name_en


def local_time(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC time (decisions, records) as the hall's local time."""
    return documents.to_local(moment) if moment is not None else None


def when_text(moment: dt.datetime | None) -> str:
    local = local_time(moment)
    return local.strftime("%Y-%m-%d %H:%M") if local else ""


def start_text(row: SlipRow) -> str:
    """Where a slip starts: "2025-12-02 morning", or an outing's "2025-12-02 09:30"."""
    if row.outing:
        return f"{row.start_day.isoformat()} {row.out_time or ''}".strip()
    return f"{row.start_day.isoformat()} {session_name(row.start_session)}"


def end_text(row: SlipRow) -> str:
    if row.outing:
        return f"{row.end_day.isoformat()} {row.back_time or ''}".strip()
    return f"{row.end_day.isoformat()} {session_name(row.end_session)}"


def status_text(row: SlipRow) -> str:
    """The status in words; a returned outing that came back late says by how much."""
    text = status_label(row.status)
    if row.status == RETURNED and row.overrun_minutes > 0:
        text = QCoreApplication.translate("LeaveModel", "{status}, {minutes} min late").format(
            status=text, minutes=row.overrun_minutes
        )
    return text


def span_on(row: SlipRow, day: dt.date) -> str:
    """What part of ``day`` a slip takes: all day, a session, or an outing's clock times."""
    if row.outing:
        return QCoreApplication.translate("LeaveModel", "{start}–{end}").format(
            start=row.out_time or "", end=row.back_time or ""
        )
    first = row.start_session if row.start_day == day else "AM"
    last = row.end_session if row.end_day == day else "PM"
    if first == last:
        return session_name(first)
    return QCoreApplication.translate("LeaveModel", "all day")


def status_background(status: str) -> QColor | None:
    colour = STATUS_COLOURS.get(status)
    return QColor(colour) if colour else None


def _date_key(moment: dt.date | dt.datetime | None) -> tuple:
    return (0, "") if moment is None else (1, moment.isoformat())


class _RowsModel(HeaderedTableModel):
    """A read-only table over rows, with ``set_rows`` replacing them all.

    ``NAME_COLUMN``: the column of the person's name, which the filter proxy
    sorts by pinyin.
    """

    NAME_COLUMN = -1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, col)
        if role == SORT_ROLE:
            return self.sort_value(row, col)
        if role == ROW_ROLE:
            return row
        return self.other(row, col, role)

    def display(self, row: Any, col: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, col: int) -> Any:
        return self.display(row, col)

    def other(self, row: Any, col: int, role: int) -> Any:
        return None

    def widest_texts(self, col: int, count: int = 3) -> list[str]:
        """The longest display texts of a column, for sizing it without asking for every cell."""
        texts = {self.display(r, col) for r in self._rows}
        return sorted(texts, key=len, reverse=True)[:count]


# ---------------------------------------------------------------- the slips


(
    COL_ID,
    COL_STAFF,
    COL_UNIT,
    COL_KIND,
    COL_FROM,
    COL_TO,
    COL_SUBSTITUTE,
    COL_REPORTED_TO,
    COL_STATUS,
    COL_AFTER,
    COL_DECIDED,
) = range(11)

SLIP_HEADERS = {
    COL_ID: QT_TRANSLATE_NOOP("SlipsModel", "No."),
    COL_STAFF: QT_TRANSLATE_NOOP("SlipsModel", "Staff member"),
    COL_UNIT: QT_TRANSLATE_NOOP("SlipsModel", "Unit"),
    COL_KIND: QT_TRANSLATE_NOOP("SlipsModel", "Kind"),
    COL_FROM: QT_TRANSLATE_NOOP("SlipsModel", "From"),
    COL_TO: QT_TRANSLATE_NOOP("SlipsModel", "To"),
    COL_SUBSTITUTE: QT_TRANSLATE_NOOP("SlipsModel", "Substitute"),
    COL_REPORTED_TO: QT_TRANSLATE_NOOP("SlipsModel", "Reported to"),
    COL_STATUS: QT_TRANSLATE_NOOP("SlipsModel", "Status"),
    COL_AFTER: QT_TRANSLATE_NOOP("SlipsModel", "After the fact"),
    COL_DECIDED: QT_TRANSLATE_NOOP("SlipsModel", "Decided by, at"),
}
SLIP_TIPS = {
    COL_AFTER: QT_TRANSLATE_NOOP(
        "SlipsModel", "补请假: the slip was filed after the leave had begun; it still needs approval"
    ),
    COL_DECIDED: QT_TRANSLATE_NOOP("SlipsModel", "The leader who approved or rejected the slip, and when"),
    COL_REPORTED_TO: QT_TRANSLATE_NOOP("SlipsModel", "The duty leader the leave was reported to"),
}


class SlipsModel(_RowsModel):
    """Leave slips as ``app.leave.list_slips`` returned them, kinds named in the reader's language."""

    CONTEXT = "SlipsModel"
    NAME_COLUMN = COL_STAFF
    HEADERS = SLIP_HEADERS
    HEADER_TIPS = SLIP_TIPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds: dict[int, str] = {}
        self._where: dict[int, int] = {}

    def set_kinds(self, names: Mapping[int, str]) -> None:
        self._kinds = dict(names)

    def set_rows(self, rows: Iterable[SlipRow]) -> None:
        super().set_rows(rows)
        self._where = {r.id: i for i, r in enumerate(self._rows)}

    def row_of(self, slip_id: int) -> int:
        return self._where.get(slip_id, -1)

    def kind_of(self, row: SlipRow) -> str:
        return self._kinds.get(row.kind_id, row.kind)

    def display(self, row: SlipRow, col: int) -> str:
        if col == COL_ID:
            return str(row.id)
        if col == COL_STAFF:
            return QCoreApplication.translate("LeaveModel", "{name} ({staff_no})").format(
                name=row.name, staff_no=row.staff_no
            )
        if col == COL_UNIT:
            return row.unit
        if col == COL_KIND:
            return self.kind_of(row)
        if col == COL_FROM:
            return start_text(row)
        if col == COL_TO:
            return end_text(row)
        if col == COL_SUBSTITUTE:
            return row.substitute
        if col == COL_REPORTED_TO:
            return row.reported_to
        if col == COL_STATUS:
            return status_text(row)
        if col == COL_AFTER:
            return (
                QCoreApplication.translate("LeaveModel", "after the fact (补请假)")
                if row.after_the_fact
                else ""
            )
        if col == COL_DECIDED:
            if not row.decided_by:
                return ""
            return QCoreApplication.translate("LeaveModel", "{who}, {when}").format(
                who=row.decided_by, when=when_text(row.decided_at)
            )
        return ""

    def sort_value(self, row: SlipRow, col: int) -> Any:
        if col == COL_ID:
            return row.id
        if col == COL_STAFF:
            return natural_key(row.staff_no)
        if col == COL_FROM:
            return (row.start_day.isoformat(), row.out_time or row.start_session, row.id)
        if col == COL_TO:
            return (row.end_day.isoformat(), row.back_time or row.end_session, row.id)
        if col == COL_STATUS:
            return (STATUS_ORDER.get(row.status, 99), row.start_day.isoformat())
        if col == COL_AFTER:
            return int(row.after_the_fact)
        if col == COL_DECIDED:
            return _date_key(row.decided_at)
        return self.display(row, col)

    def other(self, row: SlipRow, col: int, role: int) -> Any:
        if col == COL_STATUS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return status_background(row.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(STATUS_TEXT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_STATUS and row.remark:
                return QCoreApplication.translate("LeaveModel", "Remark: {remark}").format(remark=row.remark)
            if col in (COL_STAFF, COL_KIND) and row.reason:
                return QCoreApplication.translate("LeaveModel", "Reason: {reason}").format(reason=row.reason)
        return None


# ---------------------------------------------------------------- who is away on a day


A_NAME, A_UNIT, A_WINDOW, A_KIND, A_WHEN, A_SPAN, A_SUBSTITUTE, A_STATUS = range(8)
ABSENT_HEADERS = {
    A_NAME: QT_TRANSLATE_NOOP("AbsenteesModel", "Name"),
    A_UNIT: QT_TRANSLATE_NOOP("AbsenteesModel", "Unit"),
    A_WINDOW: QT_TRANSLATE_NOOP("AbsenteesModel", "Window"),
    A_KIND: QT_TRANSLATE_NOOP("AbsenteesModel", "Kind"),
    A_WHEN: QT_TRANSLATE_NOOP("AbsenteesModel", "This day"),
    A_SPAN: QT_TRANSLATE_NOOP("AbsenteesModel", "From – to"),
    A_SUBSTITUTE: QT_TRANSLATE_NOOP("AbsenteesModel", "Substitute"),
    A_STATUS: QT_TRANSLATE_NOOP("AbsenteesModel", "Status"),
}
ABSENT_TIPS = {
    A_WHEN: QT_TRANSLATE_NOOP("AbsenteesModel", "All day, one session, or an outing's clock times"),
    A_SUBSTITUTE: QT_TRANSLATE_NOOP("AbsenteesModel", "Who covers the window (替岗人员)"),
}


class AbsenteesModel(_RowsModel):
    """Who is away on one day (``app.leave.absentees``), with their window and who covers it."""

    CONTEXT = "AbsenteesModel"
    NAME_COLUMN = A_NAME
    HEADERS = ABSENT_HEADERS
    HEADER_TIPS = ABSENT_TIPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day = dt.date.today()
        self._windows: dict[int, str] = {}
        self._kinds: dict[int, str] = {}

    def set_day(
        self,
        day: dt.date,
        rows: Iterable[SlipRow],
        windows: Mapping[int, str],
        kinds: Mapping[int, str],
    ) -> None:
        self.beginResetModel()
        self.day = day
        self._rows = list(rows)
        self._windows = dict(windows)
        self._kinds = dict(kinds)
        self.endResetModel()

    def display(self, row: SlipRow, col: int) -> str:
        if col == A_NAME:
            return row.name
        if col == A_UNIT:
            return row.unit
        if col == A_WINDOW:
            return self._windows.get(row.staff_id, "")
        if col == A_KIND:
            return self._kinds.get(row.kind_id, row.kind)
        if col == A_WHEN:
            return span_on(row, self.day)
        if col == A_SPAN:
            return QCoreApplication.translate("LeaveModel", "{start} → {end}").format(
                start=start_text(row), end=end_text(row)
            )
        if col == A_SUBSTITUTE:
            return row.substitute or QCoreApplication.translate("LeaveModel", "(none)")
        if col == A_STATUS:
            return status_text(row)
        return ""

    def sort_value(self, row: SlipRow, col: int) -> Any:
        if col == A_WINDOW:
            window = self._windows.get(row.staff_id, "")
            return (window == "", natural_key(window))
        if col == A_SPAN:
            return (row.start_day.isoformat(), row.out_time or row.start_session)
        if col == A_STATUS:
            return STATUS_ORDER.get(row.status, 99)
        return self.display(row, col)

    def other(self, row: SlipRow, col: int, role: int) -> Any:
        if col == A_STATUS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return status_background(row.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(STATUS_TEXT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and row.reason:
            return QCoreApplication.translate("LeaveModel", "Reason: {reason}").format(reason=row.reason)
        return None


# ---------------------------------------------------------------- balances


B_STAFF_NO, B_NAME, B_UNIT, B_KIND, B_TAKEN, B_ENTITLED, B_REMAINING = range(7)
BALANCE_HEADERS = {
    B_STAFF_NO: QT_TRANSLATE_NOOP("BalancesModel", "Staff number"),
    B_NAME: QT_TRANSLATE_NOOP("BalancesModel", "Name"),
    B_UNIT: QT_TRANSLATE_NOOP("BalancesModel", "Unit"),
    B_KIND: QT_TRANSLATE_NOOP("BalancesModel", "Kind"),
    B_TAKEN: QT_TRANSLATE_NOOP("BalancesModel", "Days taken"),
    B_ENTITLED: QT_TRANSLATE_NOOP("BalancesModel", "Entitlement"),
    B_REMAINING: QT_TRANSLATE_NOOP("BalancesModel", "Remaining"),
}
BALANCE_TIPS = {
    B_TAKEN: QT_TRANSLATE_NOOP(
        "BalancesModel", "Workdays of approved leave in the year (half days count 0.5)"
    ),
    B_ENTITLED: QT_TRANSLATE_NOOP("BalancesModel", "Annual leave the person is entitled to in the year"),
}


def days_text(days: float | None) -> str:
    """0.5, 1, 2.5 — days as a person writes them."""
    if days is None:
        return ""
    return f"{days:g}"


class BalancesModel(_RowsModel):
    """Days taken per person and kind in a year, and annual-leave entitlements (``app.leave_balance``)."""

    CONTEXT = "BalancesModel"
    NAME_COLUMN = B_NAME
    HEADERS = BALANCE_HEADERS
    HEADER_TIPS = BALANCE_TIPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind_names: Callable[[str], str] = lambda name: name

    def set_kind_names(self, names: Callable[[str], str]) -> None:
        self._kind_names = names

    def display(self, row: Any, col: int) -> str:
        if col == B_STAFF_NO:
            return row.staff_no
        if col == B_NAME:
            return row.name
        if col == B_UNIT:
            return row.unit
        if col == B_KIND:
            return self._kind_names(row.kind)
        if col == B_TAKEN:
            return days_text(row.days_taken)
        if col == B_ENTITLED:
            return days_text(row.entitlement)
        if col == B_REMAINING:
            return days_text(row.remaining)
        return ""

    def sort_value(self, row: Any, col: int) -> Any:
        if col == B_STAFF_NO:
            return natural_key(row.staff_no)
        if col in (B_TAKEN, B_ENTITLED, B_REMAINING):
            value = {B_TAKEN: row.days_taken, B_ENTITLED: row.entitlement, B_REMAINING: row.remaining}[col]
            return (value is not None, value or 0.0)
        return self.display(row, col)

    def other(self, row: Any, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (B_TAKEN, B_ENTITLED, B_REMAINING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == B_REMAINING
            and row.remaining is not None
            and row.remaining < 0
        ):
            return QColor("#c62828")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == B_REMAINING and row.remaining is not None and row.remaining < 0:
                return QCoreApplication.translate("LeaveModel", "More days taken than the entitlement")
            if col == B_ENTITLED and row.entitlement is not None:
                if getattr(row, "entitlement_set", False):
                    return QCoreApplication.translate("LeaveModel", "Entered by a manager for this year")
                return QCoreApplication.translate(
                    "LeaveModel", "By the national rule, from the years of service in this hall"
                )
        return None


# ---------------------------------------------------------------- the filter


class PersonFilterProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE`` and keeps the lines whose person matches the search (``app.roster.matches``).

    ``set_staff`` gives the roster rows by id (their pinyin keys); a line's
    person is its row's ``staff_id``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._staff: dict[int, StaffRow] = {}
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def query(self) -> str:
        return self._query

    def set_staff(self, staff: Mapping[int, StaffRow]) -> None:
        self._staff = dict(staff)
        if self._query:
            self._refilter()

    def set_query(self, text: str) -> None:
        if text == self._query:
            return
        self._query = text
        self._refilter()

    def _refilter(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._query.strip():
            return True
        model = self.sourceModel()
        if not isinstance(model, _RowsModel):
            return True
        row = model.row_at(source_row)
        person = self._staff.get(row.staff_id)
        if person is not None:
            return matches(person, self._query)
        q = "".join(self._query.split()).lower()
        return q in row.name.lower() or q in row.staff_no.lower()

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if isinstance(model, _RowsModel) and left.column() == model.NAME_COLUMN:
            a = self._name_key(model.row_at(left.row()))
            b = self._name_key(model.row_at(right.row()))
        elif isinstance(model, _RowsModel):
            a = model.sort_value(model.row_at(left.row()), left.column())
            b = model.sort_value(model.row_at(right.row()), right.column())
        else:
            a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def _name_key(self, row: Any) -> tuple:
        """Chinese names in pinyin order (the roster's full spelling of the first reading)."""
        person = self._staff.get(row.staff_id)
        keys = person.pinyin.split() if person is not None else []
        spelling = keys[1] if len(keys) > 1 else (keys[0] if keys else row.name.lower())
        return (spelling, row.name, row.staff_no)

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)
