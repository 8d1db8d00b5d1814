"""One person's attendance over any date range, read a page at a time as the list scrolls.

``HistoryModel`` keeps only the rows scrolled to so far and reads the next
page of ``app.attendance.person_history`` when the view asks for more
(``canFetchMore``/``fetchMore``), so five years scroll without loading them
all. Counting the range may first derive days not derived yet, so it runs in
the background.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.attendance import PM, SessionRow, count_history, explain, person_history, status_label
from ui.attendance_model import (
    ROW_ROLE,
    STATUS_TEXT_COLOUR,
    every_status_text,
    session_name,
    status_background,
    weekday_name,
)
from ui.staff_dialog import date_edit, get_date
from ui.table_model import HeaderedTableModel
from ui.worker import run_with_progress

DEFAULT_DAYS = 92


def _count(staff_id: int, start: dt.date, end: dt.date, progress=None) -> int:
    return count_history(staff_id, start, end)


H_DAY, H_WEEKDAY, H_SESSION, H_IN, H_OUT, H_STATUS, H_WHY = range(7)
HISTORY_HEADERS = {
    H_DAY: QT_TRANSLATE_NOOP("HistoryModel", "Date"),
    H_WEEKDAY: QT_TRANSLATE_NOOP("HistoryModel", "Day"),
    H_SESSION: QT_TRANSLATE_NOOP("HistoryModel", "Session"),
    H_IN: QT_TRANSLATE_NOOP("HistoryModel", "In"),
    H_OUT: QT_TRANSLATE_NOOP("HistoryModel", "Out"),
    H_STATUS: QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    H_WHY: QT_TRANSLATE_NOOP("HistoryModel", "Explanation"),
}
HISTORY_PAGE = 200


class HistoryModel(HeaderedTableModel):
    """One person's sessions over a date range, newest first, read a page at a time as the view scrolls."""

    CONTEXT = "HistoryModel"
    HEADERS = HISTORY_HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []
        self._total = 0
        self._query: tuple[int, dt.date, dt.date] | None = None
        self.page_size = HISTORY_PAGE

    def set_range(self, staff_id: int, start: dt.date, end: dt.date, total: int) -> None:
        """Show ``total`` sessions of ``staff_id`` in [start, end]; rows arrive as the view asks."""
        self.beginResetModel()
        self._query = (staff_id, start, end)
        self._total = total
        self._rows = []
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> SessionRow:
        return self._rows[row]

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._query is not None and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        staff_id, start, end = self._query
        count = min(self.page_size, self._total - len(self._rows))
        page = person_history(staff_id, start, end, len(self._rows), count)[:count]
        if not page:
            self._total = len(self._rows)  # fewer than counted: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        if len(page) < count:
            self._total = len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == H_DAY:
                return r.day.isoformat()
            if col == H_WEEKDAY:
                return weekday_name(r.day)
            if col == H_SESSION:
                return session_name(r.session)
            if col == H_IN:
                return r.clock_in or ""
            if col == H_OUT:
                return r.clock_out or ""
            if col == H_STATUS:
                return status_label(r.status)
            if col == H_WHY:
                return explain(r.explanation)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col in (H_STATUS, H_WHY, H_IN, H_OUT):
            return explain(r.explanation)
        if role == ROW_ROLE:
            return r
        if col == H_STATUS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return status_background(r.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(STATUS_TEXT_COLOUR)
        return None


class HistoryDialog(QDialog):
    """A person's sessions from one date to another, newest first."""

    def __init__(
        self,
        staff_id: int,
        title: str,
        end: dt.date,
        start: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.staff_id = staff_id
        self._job = None
        self.setWindowTitle(self.tr("Attendance history: {who}").format(who=title))
        self.resize(820, 560)

        self.start_edit = date_edit(self, start or end - dt.timedelta(days=DEFAULT_DAYS))
        self.end_edit = date_edit(self, end)
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.start_edit)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.end_edit)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setToolTip(self.tr("Show the sessions between the two dates (Enter)"))
        self.show_button.setDefault(True)
        self.count_label = QLabel(self)

        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.view.fontMetrics()
        wednesday = dt.date(2025, 12, 3)
        samples = ("2025-12-31", weekday_name(wednesday), session_name(PM), "00:00", "00:00")
        samples += (max(every_status_text(), key=metrics.horizontalAdvance),)
        for col, sample in enumerate(samples):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + metrics.averageCharWidth() * 4)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        dates = QHBoxLayout()
        dates.addWidget(from_label)
        dates.addWidget(self.start_edit)
        dates.addSpacing(8)
        dates.addWidget(to_label)
        dates.addWidget(self.end_edit)
        dates.addWidget(self.show_button)
        dates.addStretch(1)
        dates.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

        self.show_button.clicked.connect(self.load)
        self.setTabOrder(self.start_edit, self.end_edit)
        self.setTabOrder(self.end_edit, self.show_button)
        self.setTabOrder(self.show_button, self.view)
        self.view.setFocus()

    def range(self) -> tuple[dt.date, dt.date]:
        return get_date(self.start_edit), get_date(self.end_edit)

    def load(self) -> None:
        """Count the range in the background, then let the view read its first page."""
        start, end = self.range()
        if end < start:
            self.count_label.setText(self.tr("The range ends before it starts."))
            return
        self.show_button.setEnabled(False)
        self.count_label.setText(self.tr("Counting…"))
        self._job = run_with_progress(
            self,
            self.tr("Reading the attendance from {start} to {end}…").format(start=start, end=end),
            functools.partial(_count, self.staff_id, start, end),
            lambda total: self._counted(start, end, total),
        )
        self._job.done.connect(lambda *_: self.show_button.setEnabled(True))

    def _counted(self, start: dt.date, end: dt.date, total: int) -> None:
        self._job = None
        self.model.set_range(self.staff_id, start, end, total)
        self.count_label.setText(
            self.tr("{count} sessions from {start} to {end}").format(count=total, start=start, end=end)
        )
        self.model.fetchMore(QModelIndex())  # the first page now, the rest as the list scrolls
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def busy(self) -> bool:
        return self._job is not None
