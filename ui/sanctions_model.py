"""The Sanctions Ledger tab's tables: ledger entries, year-end eligibility, and what an evaluation did.

Each model shows what ``app.sanctions`` and ``app.eligibility`` return: a
status or a change is written out (``sanctions.status_label``) and coloured
as well, never coloured alone. ``sort_value`` gives raw, comparable values; a
row role returns the row behind a line. ``LedgerProxy`` sorts on those and
keeps the lines whose person matches the search (name, staff number, pinyin).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app import sanctions
from app.eligibility import Standing
from app.roster import StaffRow, matches
from app.sanction_rules import kind_label
from app.sanctions import Entry, Outcome, change_label, status_label
from ui.staff_model import natural_key
from ui.table_model import ROW_ROLE, RowsFilterProxy, ShownRowsModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


# Light backgrounds under dark text; the status is always written out as well.
STATUS_COLOURS = {
    sanctions.PROPOSED: "#fff3a8",
    sanctions.CONFIRMED: "#d9f2d9",
    sanctions.ISSUED: "#d3e4f7",
    sanctions.DISMISSED: "#ececec",
    sanctions.WITHDRAWN: "#ececec",
    sanctions.REVOKED: "#f3d9e6",
}
CHANGE_COLOURS = {
    "new": "#fff3a8",
    "updated": "#ffe0b2",
    "reproposed": "#fff3a8",
    "withdrawn": "#ececec",
}
POSITIVE_COLOUR = "#1b5e20"
LOST_COLOUR = "#f9c6c6"
PENDING_COLOUR = "#fff3a8"
TEXT_COLOUR = "#1a1a1a"
STATUS_ORDER = {s: i for i, s in enumerate(sanctions.STATUSES)}


def rule_text(entry: Entry) -> str:
    """What an entry rests on: the rule that proposed it, or the reason a manager gave."""
    return entry.rule_name or entry.reason


def _colour(colours: Mapping[str, str], key: str) -> QColor | None:
    colour = colours.get(key)
    return QColor(colour) if colour else None


class _PersonRows(ShownRowsModel):
    """Rows with a person (``staff_id``, ``staff_no``, ``name``); subclasses say what each cell shows."""

    CONTEXT = "SanctionsModel"


# ---------------------------------------------------------------- the ledger

(
    COL_DATE,
    COL_STAFF_NO,
    COL_NAME,
    COL_UNIT,
    COL_KIND,
    COL_RULE,
    COL_PERIOD,
    COL_COUNTED,
    COL_STATUS,
    COL_NOTICE,
) = range(10)

ENTRY_HEADERS = {
    COL_DATE: QT_TRANSLATE_NOOP("SanctionsModel", "Date"),
    COL_STAFF_NO: QT_TRANSLATE_NOOP("SanctionsModel", "Staff no."),
    COL_NAME: QT_TRANSLATE_NOOP("SanctionsModel", "Name"),
    COL_UNIT: QT_TRANSLATE_NOOP("SanctionsModel", "Unit"),
    COL_KIND: QT_TRANSLATE_NOOP("SanctionsModel", "Kind"),
    COL_RULE: QT_TRANSLATE_NOOP("SanctionsModel", "Rule or reason"),
    COL_PERIOD: QT_TRANSLATE_NOOP("SanctionsModel", "Period"),
    COL_COUNTED: QT_TRANSLATE_NOOP("SanctionsModel", "Counted"),
    COL_STATUS: QT_TRANSLATE_NOOP("SanctionsModel", "Status"),
    COL_NOTICE: QT_TRANSLATE_NOOP("SanctionsModel", "Notice no."),
}
ENTRY_TIPS = {
    COL_DATE: QT_TRANSLATE_NOOP(
        "SanctionsModel", "The day of the last counted lapse, or the day a manager entered"
    ),
    COL_PERIOD: QT_TRANSLATE_NOOP("SanctionsModel", "The week, month or year the rule counted over"),
    COL_COUNTED: QT_TRANSLATE_NOOP("SanctionsModel", "How many lapses the rule counted in the period"),
    COL_NOTICE: QT_TRANSLATE_NOOP("SanctionsModel", "The number of the signed notice (发文字号)"),
}


class EntriesModel(_PersonRows):
    """Ledger entries as ``sanctions.list_entries`` returned them (newest first)."""

    HEADERS = ENTRY_HEADERS
    HEADER_TIPS = ENTRY_TIPS

    def set_rows(self, rows: Iterable[Entry]) -> None:
        super().set_rows(rows)
        self._where = {r.id: i for i, r in enumerate(self._rows)}

    def row_of(self, entry_id: int) -> int:
        return getattr(self, "_where", {}).get(entry_id, -1)

    def display(self, row: Entry, col: int) -> str:
        if col == COL_DATE:
            return row.day.isoformat()
        if col == COL_STAFF_NO:
            return row.staff_no
        if col == COL_NAME:
            return row.name
        if col == COL_UNIT:
            return row.unit
        if col == COL_KIND:
            return kind_label(row.kind)
        if col == COL_RULE:
            return rule_text(row)
        if col == COL_PERIOD:
            return row.period_label
        if col == COL_COUNTED:
            return "" if row.counted is None else str(row.counted)
        if col == COL_STATUS:
            return status_label(row.status)
        if col == COL_NOTICE:
            return row.notice_no
        return ""

    def sort_value(self, row: int, col: int) -> Any:
        entry: Entry = self._rows[row]
        if col == COL_DATE:
            return (entry.day.isoformat(), entry.id)
        if col == COL_STAFF_NO:
            return natural_key(entry.staff_no)
        if col == COL_COUNTED:
            return (entry.counted is not None, entry.counted or 0)
        if col == COL_STATUS:
            return (STATUS_ORDER.get(entry.status, 99), entry.day.isoformat())
        if col == COL_PERIOD:
            return (entry.period_start.isoformat() if entry.period_start else "", entry.id)
        return self.display(entry, col)

    def other(self, row: Entry, col: int, role: int) -> Any:
        if col == COL_STATUS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _colour(STATUS_COLOURS, row.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(TEXT_COLOUR)
        if col == COL_KIND and role == Qt.ItemDataRole.ForegroundRole and row.positive:
            return QColor(POSITIVE_COLOUR)
        if col == COL_COUNTED and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_RULE and row.reason and row.reason != rule_text(row):
                return row.reason
            if col == COL_RULE:
                return rule_text(row)
            if col == COL_STATUS and row.note:
                return row.note
        return None


# ---------------------------------------------------------------- year-end eligibility

E_STAFF_NO, E_NAME, E_UNIT, E_ELIGIBLE, E_REASON = range(5)
ELIGIBILITY_HEADERS = {
    E_STAFF_NO: QT_TRANSLATE_NOOP("SanctionsModel", "Staff no."),
    E_NAME: QT_TRANSLATE_NOOP("SanctionsModel", "Name"),
    E_UNIT: QT_TRANSLATE_NOOP("SanctionsModel", "Unit"),
    E_ELIGIBLE: QT_TRANSLATE_NOOP("SanctionsModel", "Eligible"),
    E_REASON: QT_TRANSLATE_NOOP("SanctionsModel", "Why not, or what is still open"),
}
ELIGIBILITY_TIPS = {
    E_ELIGIBLE: QT_TRANSLATE_NOOP(
        "SanctionsModel", "Keeps the year-end award eligibility (评先评优资格) of the chosen year"
    ),
}


class EligibilityModel(_PersonRows):
    """Everyone employed in a year, with whether they keep their award eligibility and why not."""

    HEADERS = ELIGIBILITY_HEADERS
    HEADER_TIPS = ELIGIBILITY_TIPS

    def display(self, row: Standing, col: int) -> str:
        if col == E_STAFF_NO:
            return row.staff_no
        if col == E_NAME:
            return row.name
        if col == E_UNIT:
            return row.unit
        if col == E_ELIGIBLE:
            if not row.eligible:
                return translate("SanctionsModel", "no")
            return (
                translate("SanctionsModel", "yes, pending a decision")
                if row.pending
                else translate("SanctionsModel", "yes")
            )
        if col == E_REASON:
            return row.reason_text()
        return ""

    def sort_value(self, row: int, col: int) -> Any:
        standing: Standing = self._rows[row]
        if col == E_STAFF_NO:
            return natural_key(standing.staff_no)
        if col == E_ELIGIBLE:
            return (standing.eligible, not standing.pending, natural_key(standing.staff_no))
        return self.display(standing, col)

    def other(self, row: Standing, col: int, role: int) -> Any:
        if col == E_ELIGIBLE:
            if role == Qt.ItemDataRole.BackgroundRole:
                if not row.eligible:
                    return QColor(LOST_COLOUR)
                return QColor(PENDING_COLOUR) if row.pending else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(TEXT_COLOUR)
        if col == E_REASON and role == Qt.ItemDataRole.ToolTipRole:
            return row.reason_text() or None
        return None


# ---------------------------------------------------------------- what an evaluation did

(
    O_CHANGE,
    O_STAFF_NO,
    O_NAME,
    O_UNIT,
    O_KIND,
    O_PERIOD,
    O_COUNTED,
    O_STATUS,
) = range(8)

OUTCOME_HEADERS = {
    O_CHANGE: QT_TRANSLATE_NOOP("SanctionsModel", "Change"),
    O_STAFF_NO: QT_TRANSLATE_NOOP("SanctionsModel", "Staff no."),
    O_NAME: QT_TRANSLATE_NOOP("SanctionsModel", "Name"),
    O_UNIT: QT_TRANSLATE_NOOP("SanctionsModel", "Unit"),
    O_KIND: QT_TRANSLATE_NOOP("SanctionsModel", "Kind"),
    O_PERIOD: QT_TRANSLATE_NOOP("SanctionsModel", "Period"),
    O_COUNTED: QT_TRANSLATE_NOOP("SanctionsModel", "Counted"),
    O_STATUS: QT_TRANSLATE_NOOP("SanctionsModel", "Status"),
}
CHANGE_ORDER = {
    c: i for i, c in enumerate(("new", "reproposed", "updated", "withdrawn", "unchanged", "decided"))
}


class OutcomesModel(_PersonRows):
    """What ``sanctions.evaluate`` did to each (rule, person, period), the changes first."""

    HEADERS = OUTCOME_HEADERS

    def set_rows(self, rows: Iterable[Outcome]) -> None:
        super().set_rows(sorted(rows, key=lambda o: CHANGE_ORDER.get(o.change, 99)))

    def display(self, row: Outcome, col: int) -> str:
        if col == O_CHANGE:
            return change_label(row.change)
        if col == O_STAFF_NO:
            return row.staff_no
        if col == O_NAME:
            return row.name
        if col == O_UNIT:
            return row.unit
        if col == O_KIND:
            return kind_label(row.kind)
        if col == O_PERIOD:
            return row.period
        if col == O_COUNTED:
            return str(row.counted)
        if col == O_STATUS:
            return status_label(row.status)
        return ""

    def sort_value(self, row: int, col: int) -> Any:
        outcome: Outcome = self._rows[row]
        if col == O_CHANGE:
            return (CHANGE_ORDER.get(outcome.change, 99), natural_key(outcome.staff_no))
        if col == O_STAFF_NO:
            return natural_key(outcome.staff_no)
        if col == O_COUNTED:
            return outcome.counted
        return self.display(outcome, col)

    def other(self, row: Outcome, col: int, role: int) -> Any:
        if col == O_CHANGE:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _colour(CHANGE_COLOURS, row.change)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(TEXT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        if col == O_COUNTED and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# ---------------------------------------------------------------- the filter


class LedgerProxy(RowsFilterProxy):
    """Sorts on the raw values of the models above and keeps the lines whose person matches the search.

    ``set_staff`` gives the roster rows by id (for pinyin initials, as the
    roster searches); a person not among them is matched on name and staff number.
    """

    SOURCE = _PersonRows
    ROW_ROLE = ROW_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._staff: dict[int, StaffRow] = {}
        self.setDynamicSortFilter(True)

    def query(self) -> str:
        return self._query

    def set_staff(self, staff: Mapping[int, StaffRow]) -> None:
        with self.filter_change():
            self._staff = dict(staff)

    def set_query(self, text: str) -> None:
        if text == self._query:
            return
        with self.filter_change():
            self._query = text

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        query = "".join(self._query.split()).lower()
        model = self.sourceModel()
        if not query or not isinstance(model, _PersonRows):
            return True
        row = model.row_at(source_row)
        person = self._staff.get(row.staff_id)
        if person is not None:
            return matches(person, query)
        return query in row.name.lower() or query in row.staff_no.lower()
