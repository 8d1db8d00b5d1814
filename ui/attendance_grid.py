"""The day grid of the Attendance tab as a view: a cell cursor, time editors, and keyboard moves.

Typing in a time cell opens its editor with the first key. Enter or Tab hands
what was typed to whoever listens to ``time_entered`` (the tab checks and
records it) instead of writing it into the model; the editor stays open, text
kept, until the listener calls ``finish``. ``next_cells`` finds where the
cursor goes after a time was recorded: the next time cell of the line, or
the first of the next lines, so status cells are stepped over.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.attendance_model import (
    COL_AM_IN,
    STATUS_COLUMNS,
    TIME_COLUMNS,
    AttendanceDayModel,
    AttendanceFilterProxy,
    every_status_text,
)

MAX_COLUMN_WIDTH = 260
FORWARD_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class TimeDelegate(QStyledItemDelegate):
    """The editor of a time cell; Enter and Tab emit ``entered`` rather than write the model."""

    entered = Signal(object, object, str, bool)  # editor, (proxy row, column), text, forward

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(8)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setProperty("cell", (index.row(), index.column()))
        return editor

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        """Nothing is written by leaving a cell: only Enter or Tab records a time."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(editor, QLineEdit)
            and event.key() in FORWARD_KEYS
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.entered.emit(editor, editor.property("cell"), editor.text(), not backwards)
            return True
        return super().eventFilter(editor, event)


class AttendanceGrid(QTableView):
    """The grid over an ``AttendanceFilterProxy``; one cell is current, and time cells take typing.

    Signals: ``time_entered(editor, source cell, text, forward)`` when Enter or
    Tab is pressed in a time editor; ``open_requested()`` on Enter or
    double-click on a cell that takes no typing (the person's history).
    """

    time_entered = Signal(object, object, str, bool)
    open_requested = Signal()

    def __init__(self, proxy: AttendanceFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Keep the roster's order (unit, window, staff number) until a header is clicked.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.delegate = TimeDelegate(self)
        for col in TIME_COLUMNS:
            self.setItemDelegateForColumn(col, self.delegate)
        self.delegate.entered.connect(self._entered)
        self.activated.connect(self._activated)

    @property
    def source(self) -> AttendanceDayModel:
        return self.proxy.sourceModel()

    # -- editing

    def _entered(self, editor: QLineEdit, cell: tuple[int, int], text: str, forward: bool) -> None:
        source = self.proxy.mapToSource(self.proxy.index(*cell))
        if not source.isValid() or source.column() not in TIME_COLUMNS:
            self.finish(editor)
            return
        self.time_entered.emit(editor, QPersistentModelIndex(source), text, forward)

    def finish(self, editor: QWidget) -> None:
        """Close a time editor (what was typed has been dealt with)."""
        self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)
        else:
            self.open_requested.emit()

    # -- where the cursor is and goes

    def next_cells(self, source: QModelIndex, forward: bool) -> list[QPersistentModelIndex]:
        """Where the cursor goes after ``source``: the next (or previous) time cell of the
        line that takes typing, then the first such cell of each line after it, as model cells
        (a line may leave the view once its day is complete and only exceptions are shown)."""
        here = self.proxy.mapFromSource(source)
        if not here.isValid():
            return []
        cols = sorted(TIME_COLUMNS) if forward else sorted(TIME_COLUMNS, reverse=True)
        step = 1 if forward else -1
        found: list[QPersistentModelIndex] = []
        row = here.row()
        rest = [c for c in cols if (c > here.column() if forward else c < here.column())]
        while 0 <= row < self.proxy.rowCount() and len(found) < 3:
            for col in rest:
                index = self.proxy.index(row, col)
                if index.flags() & Qt.ItemFlag.ItemIsEditable:
                    found.append(QPersistentModelIndex(self.proxy.mapToSource(index)))
                    break
            row += step
            rest = cols
        return found

    def move_to(self, cells: list[QPersistentModelIndex]) -> None:
        """Put the cursor on the first of ``cells`` still shown, and the focus on the grid."""
        for cell in cells:
            if cell.isValid():
                index = self.proxy.mapFromSource(QModelIndex(cell))
                if index.isValid():
                    self.setCurrentIndex(index)
                    self.scrollTo(index)
                    break
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self) -> tuple[int, int] | None:
        """The chosen person and column, to keep when the grid is filled again."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row_at(index.row()).staff_id, index.column()

    def restore_place(self, place: tuple[int, int] | None) -> None:
        staff_id, col = place if place is not None else (None, COL_AM_IN)
        row = self.source.row_of(staff_id) if staff_id is not None else -1
        index = self.proxy.mapFromSource(self.source.index(row, col)) if row >= 0 else QModelIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, col)
        if index.isValid():
            self.setCurrentIndex(index)

    # -- columns

    def resize_columns(self) -> None:
        """Size columns from their longest texts (every status label for the status columns),
        not by asking the model for every cell."""
        model = self.source
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        header_metrics = header.fontMetrics()
        padding = metrics.averageCharWidth() * 4
        statuses = every_status_text()
        for col in range(model.columnCount()):
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            if col in STATUS_COLUMNS:
                texts = statuses
            elif col in TIME_COLUMNS:
                texts = ["00:00*"]
            else:
                texts = model.widest_texts(col)
            widest = max(
                [header_metrics.horizontalAdvance(title) + padding]
                + [metrics.horizontalAdvance(t) + padding for t in texts]
            )
            header.resizeSection(col, min(widest, MAX_COLUMN_WIDTH))
