"""The administrator's list of records: a table with Add / Change / Retire / Restore.

Shared by the kinds of leave and the inspection categories. Every text shown is
translated by the subclass (in its own context) and handed in here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.auth import Permission, Session
from app.errors import HallDeskError
from ui import common
from ui.table_model import RowsTableModel


def setup_record_view(view: QTableView, accessible_name: str) -> None:
    """Whole-row single selection, no editing in place, columns sized to their contents."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAccessibleName(accessible_name)


class RecordListDialog(QDialog):
    """A list of records with the administrator's actions on it.

    ``changed`` is emitted after each saved change. The subclass calls
    :meth:`_build` from its ``__init__`` with its model, its view (which has an
    ``edit_key`` signal), its translated texts, the function that loads the rows,
    the factory of the editor (``editor_factory(session, record_or_None, parent)``,
    a dialog with a ``saved(int)`` signal) and the retire / restore calls
    (``call(session, id, version)``).
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.can_edit = session.can(Permission.ADMIN)
        self.editor: QDialog | None = None

    def _build(
        self,
        *,
        model: Any,
        view: Any,
        title: str,
        size: tuple[int, int],
        note: str,
        button_texts: Sequence[str],
        load_rows: Callable[[], list[Any]],
        editor_factory: Callable[..., QDialog],
        retire: Callable[[Session, int, int], Any],
        restore: Callable[[Session, int, int], Any],
        retire_question: Callable[[Any], tuple[str, str]],
    ) -> None:
        """``button_texts`` are Add, Change, Retire, Restore and Close;
        ``retire_question(record)`` gives the title and the question of the confirmation."""
        self._load_rows = load_rows
        self._editor_factory = editor_factory
        self._retire_call = retire
        self._restore_call = restore
        self._retire_question = retire_question
        self.setWindowTitle(title)
        self.resize(*size)

        self.model = model
        self.view = view
        self.view.setModel(self.model)
        setup_record_view(self.view, title)

        self.note = QLabel(note, self)
        self.note.setWordWrap(True)

        add_text, edit_text, retire_text, restore_text, close_text = button_texts
        self.add_button = self._button(add_text, self.add_record)
        self.edit_button = self._button(edit_text, self.edit_record)
        self.retire_button = self._button(retire_text, self.retire_record)
        self.restore_button = self._button(restore_text, self.restore_record)
        self.close_button = self._button(close_text, self.reject)
        side = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.retire_button, self.restore_button):
            side.addWidget(b)
            b.setVisible(self.can_edit)
        side.addStretch(1)
        side.addWidget(self.close_button)

        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.note)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.edit_key.connect(self.edit_record)
        self.view.doubleClicked.connect(lambda _i: self.edit_record())
        self.refresh()
        self.view.setFocus()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        try:
            rows = self._load_rows()
        except HallDeskError as err:
            common.show_error(self, err)
            return
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(self.can_edit and record is not None)
        self.retire_button.setEnabled(self.can_edit and record is not None and not record.retired)
        self.restore_button.setEnabled(self.can_edit and record is not None and bool(record.retired))

    def _saved(self, record_id: int) -> None:
        self.refresh(record_id)
        self.changed.emit()

    def _edit(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: setattr(self, "editor", None))
        dialog.open()
        return dialog

    def add_record(self) -> QDialog | None:
        if not self.can_edit:
            return None
        return self._edit(self._editor_factory(self.session, None, self))

    def edit_record(self) -> QDialog | None:
        record = self.selected()
        if not self.can_edit or record is None:
            return None
        return self._edit(self._editor_factory(self.session, record, self))

    def retire_record(self) -> None:
        record = self.selected()
        if not self.can_edit or record is None or record.retired:
            return
        title, question = self._retire_question(record)
        if not common.confirm(self, title, question):
            return
        self._act(lambda: self._retire_call(self.session, record.id, record.version), record.id)

    def restore_record(self) -> None:
        record = self.selected()
        if not self.can_edit or record is None or not record.retired:
            return
        self._act(lambda: self._restore_call(self.session, record.id, record.version), record.id)

    def _act(self, action, record_id: int) -> None:
        try:
            action()
        except HallDeskError as err:
            common.show_error(self, err)
            self.refresh(record_id)  # a conflict: show what is stored now
            return
        self._saved(record_id)


ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class RetirableRowsModel(RowsTableModel):
    """Rows of records that can be retired: greyed when retired, ``ROW_ROLE`` returns the record.

    Subclasses say what each column shows in ``display(row, column)``.
    """

    def display(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.retired:
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.display(row, index.column())
