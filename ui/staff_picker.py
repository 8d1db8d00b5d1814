"""A field to choose a staff member by typing: name, staff number or pinyin initials (zs for 张三).

The list that drops down is filtered with ``app.roster.matches``, the roster
search, so a person is found the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.leave import SlipRow
from app.roster import StaffRow, matches

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The ``StaffRow`` behind a line of the list."""


def person_text(row: StaffRow | SlipRow) -> str:
    """A person as "张三 (XR1)"."""
    return QCoreApplication.translate("StaffPicker", "{name} ({staff_no})").format(
        name=row.name, staff_no=row.staff_no
    )


# ---------------------------------------------------------------- the person picker


class _Choices(QAbstractListModel):
    """Staff to choose from, one line each: name, staff number, unit and window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffRow] = []

    def set_rows(self, rows: Iterable[StaffRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> StaffRow:
        return self._rows[row]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            where = f"{row.unit_name} {row.window_number}".strip()
            return f"{row.name}  {row.staff_no} · {where}"
        if role == ROW_ROLE:
            return row
        return None


class _Matching(QSortFilterProxyModel):
    """The choices whose person matches what was typed (``app.roster.matches``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, text: str) -> None:
        self._query = text
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not self._query.strip() or not isinstance(model, _Choices):
            return True
        return matches(model.row_at(source_row), self._query)


class StaffPicker(QLineEdit):
    """Type a name, staff number or pinyin initials (zs for 张三); pick from the list that drops down.

    Down / Up move in the list, Enter picks; when only one person matches,
    Enter or leaving the field picks them. Signal ``picked(StaffRow | None)``.
    """

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: StaffRow | None = None
        self._choices = _Choices(self)
        self._matching = _Matching(self)
        self._matching.setSourceModel(self._choices)
        self.completer_ = QCompleter(self)
        self.completer_.setModel(self._matching)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self.setPlaceholderText(self.tr("Type a name, staff number or pinyin initials"))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._cleared)

    # -- contents

    def set_rows(self, rows: Iterable[StaffRow]) -> None:
        self._choices.set_rows(rows)

    def rows(self) -> list[StaffRow]:
        return [self._choices.row_at(i) for i in range(self._choices.rowCount())]

    def chosen(self) -> StaffRow | None:
        return self._chosen

    def chosen_id(self) -> int | None:
        return self._chosen.id if self._chosen else None

    def set_chosen(self, row: StaffRow | None) -> None:
        """Show ``row`` as chosen (it need not be among the choices: a person who has left since)."""
        self._chosen = row
        self.blockSignals(True)
        self.setText(person_text(row) if row else "")
        self.blockSignals(False)
        self.popup().hide()
        self.picked.emit(row)

    def popup(self):
        return self.completer_.popup()

    def matching(self) -> list[StaffRow]:
        return [self._matching.index(i, 0).data(ROW_ROLE) for i in range(self._matching.rowCount())]

    def settle(self) -> bool:
        """Pick the only person matching what was typed; True when someone is chosen."""
        if self._chosen is None and self.text().strip():
            found = self.matching()
            if len(found) == 1:
                self.set_chosen(found[0])
        return self._chosen is not None

    # -- typing

    def _edited(self, text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.picked.emit(None)
        self._matching.set_query(text)
        if text.strip() and self._matching.rowCount():
            self.completer_.complete()
            popup = self.popup()
            popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))
        else:
            self.popup().hide()

    def _cleared(self, text: str) -> None:
        # The clear button empties the field without an edit signal.
        if not text and self._chosen is not None:
            self._chosen = None
            self.picked.emit(None)

    def _activated(self, index: QModelIndex) -> None:
        """A line of the list was picked (Enter or a click): choose that person and move on."""
        row = index.data(ROW_ROLE)
        if isinstance(row, StaffRow):
            self.set_chosen(row)
            self.focusNextChild()

    def _step(self, delta: int) -> None:
        popup = self.popup()
        model = popup.model()
        if model is None or not model.rowCount():
            return
        current = popup.currentIndex().row()
        row = min(max(current + delta, 0), model.rowCount() - 1)
        popup.setCurrentIndex(model.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        popup = self.popup()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if popup.isVisible():
                self._step(1 if key == Qt.Key.Key_Down else -1)
            elif self._chosen is None:
                self._matching.set_query(self.text())
                if self._matching.rowCount():
                    self.completer_.complete()
                    popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._chosen is None and self.text().strip():
            current = popup.currentIndex() if popup.isVisible() else QModelIndex()
            if current.isValid():
                self._activated(current)
            elif self.settle():
                self.focusNextChild()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and popup.isVisible():
            popup.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.settle()
        super().focusOutEvent(event)
