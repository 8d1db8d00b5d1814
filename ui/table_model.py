"""The shared part of the window's table models.

``HeaderedTableModel``: rows, columns and translated headers. ``RowsTableModel``:
that, with the rows replaced all at once and found by id. ``ShownRowsModel``:
read-only rows whose subclasses say what each cell shows. ``RowsFilterProxy``:
the sort and filter proxy in front of such a model, sorting on raw values.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

# Looked up once: the view asks for every header and cell as it paints, and each
# ``Qt.X.Y`` is two trips through PySide6's attribute lookup.
_HORIZONTAL = Qt.Orientation.Horizontal
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOL_TIP = Qt.ItemDataRole.ToolTipRole


class HeaderedTableModel(QAbstractTableModel):
    """A flat table over ``self._rows`` (one row each) with the column headers of ``HEADERS``.

    A subclass sets ``CONTEXT`` (the translation context its headers were marked
    in with ``QT_TRANSLATE_NOOP``), ``HEADERS`` (the column titles by column
    number: a tuple, or a dict keyed 0, 1, 2, ...), optionally ``HEADER_TIPS``
    (tooltips by column number), and fills ``self._rows``.
    """

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[Sequence[str] | Mapping[int, str]] = ()
    HEADER_TIPS: ClassVar[Mapping[int, str]] = {}

    _rows: list[Any]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != _HORIZONTAL or not 0 <= section < len(self.HEADERS):
            return None
        if role == _DISPLAY:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if role == _TOOL_TIP and section in self.HEADER_TIPS:
            return QCoreApplication.translate(self.CONTEXT, self.HEADER_TIPS[section])
        return None


class RowsTableModel(HeaderedTableModel):
    """A ``HeaderedTableModel`` whose rows ``set_rows`` replaces all at once; each row has an ``id``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: int) -> int:
        """The model row of the row whose ``id`` is ``row_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)


ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row object behind a line of a ``ShownRowsModel``."""


class ShownRowsModel(RowsTableModel):
    """Read-only rows shown as they are given.

    Subclasses say what a cell shows (``display``) and answer the other roles
    (``other``: alignment, colours, tool tips); ``sort_value`` defaults to the
    text shown.
    """

    def rows(self) -> list[Any]:
        return list(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, col)
        if role == ROW_ROLE:
            return row
        return self.other(row, col, role)

    def display(self, row: Any, col: int) -> str:
        raise NotImplementedError

    def other(self, row: Any, col: int, role: int) -> Any:
        return None

    def sort_value(self, row: int, col: int) -> Any:
        return self.display(self._rows[row], col)

    def widest_texts(self, col: int, count: int = 3) -> list[str]:
        """The longest texts of a column, for sizing it without measuring every cell."""
        texts = {self.display(r, col) for r in self._rows}
        return sorted(texts, key=len, reverse=True)[:count]


class RowsFilterProxy(QSortFilterProxyModel):
    """A filter proxy that sorts on the raw values of its source model's ``sort_value(row, col)``.

    A subclass sets ``SOURCE`` (the model class with ``sort_value``; another
    source model is sorted on the proxy's sort role) and ``ROW_ROLE`` (the role
    returning the row behind a line, for ``row_at``), and changes its filter's
    state inside ``with self.filter_change():``.
    """

    SOURCE: ClassVar[type]
    ROW_ROLE: ClassVar[int]

    @contextlib.contextmanager
    def filter_change(self) -> Iterator[None]:
        """Around a change of the filter's state: the rows are filtered again after it."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            yield
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            yield
            self.invalidateFilter()

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if isinstance(model, self.SOURCE):
            a = model.sort_value(left.row(), left.column())
            b = model.sort_value(right.row(), right.column())
        else:
            a, b = left.data(self.sortRole()), right.data(self.sortRole())
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(self.ROW_ROLE)
