"""The Leave Slips tab's second page: days taken per kind in a year, and annual-leave entitlements;
and the table and button helpers both pages use.

The figures are ``app.leave_balance.balances``; a manager (or whoever
``set_entitlement`` lets) enters a person's annual-leave days for a year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import leave, leave_balance
from app.auth import Permission, Session
from app.errors import HallDeskError
from app.leave_balance import ANNUAL
from app.roster import list_staff
from ui import common
from ui.leave_dialog import EntitlementDialog
from ui.leave_model import B_KIND, BalancesModel, PersonFilterProxy, kind_name

MAX_COLUMN_WIDTH = 260


def table_view(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # The service's own order until a header is clicked.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view


def size_columns(view: QTableView, model, grow_only: bool = False) -> None:
    """Columns as wide as their few longest texts (not every cell measured); ``grow_only`` keeps
    columns that are wide enough (a user may have widened them)."""
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    padding = metrics.averageCharWidth() * 4
    for col in range(model.columnCount()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        widest = max(
            [header.fontMetrics().horizontalAdvance(title) + padding]
            + [metrics.horizontalAdvance(t) + padding for t in model.widest_texts(col)]
        )
        width = min(widest, MAX_COLUMN_WIDTH)
        if not grow_only or width > header.sectionSize(col):
            header.resizeSection(col, width)


def action_button(parent: QWidget, text: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


# ---------------------------------------------------------------- balances


class BalancesPage(QWidget):
    """Days taken per kind in a year and each person's annual-leave entitlement."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.can_entitle = entitlement_allowed(session)
        self._dialog: QWidget | None = None

        self.model = BalancesModel(self)
        self.proxy = PersonFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock().year)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.kind_filter = QComboBox(self)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind_filter)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, staff number or pinyin (e.g. zs)"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Sea&rch:"), self)
        search_label.setBuddy(self.search)
        self.count_label = QLabel(self)
        self.entitle_button = action_button(
            self,
            self.tr("Set &entitlement…"),
            self.tr("The chosen person's annual leave for the year (Enter)"),
        )
        self.entitle_button.setVisible(self.can_entitle)

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(8)
        top.addWidget(kind_label)
        top.addWidget(self.kind_filter)
        top.addSpacing(8)
        top.addWidget(search_label)
        top.addWidget(self.search, 2)
        top.addWidget(self.entitle_button)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.view = table_view(self)
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setStretchLastSection(False)  # numbers stay by their headers
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("balancesEmpty")
        self.empty_label.setStyleSheet("QLabel#balancesEmpty { color: palette(mid); }")
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._apply_kind())
        self.search.textChanged.connect(self._search_changed)
        self.entitle_button.clicked.connect(self.set_entitlement)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        if self.can_entitle:
            self.view.doubleClicked.connect(lambda _i: self.set_entitlement())
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                shortcut = QShortcut(QKeySequence(key), self.view)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(self.set_entitlement)
        self._rows: list = []
        self._sized = False
        self._kind_en: dict[str, str] = {}
        self._update_buttons()

    def refresh(self) -> None:
        """Read the year's balances again, keeping the kind, the search and the chosen line."""
        keep = self.chosen()
        try:
            rows = leave_balance.balances(self.year.value())
            everyone = {r.id: r for r in list_staff(self.session, status="all")}
            self._kind_en = {k.name: k.name_en for k in leave.kinds(include_retired=True)}
        except HallDeskError as err:
            common.show_error(self, err)
            return
        self._rows = rows
        self.proxy.set_staff(everyone)
        kinds = sorted({r.kind for r in rows})
        chosen = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in kinds:
            self.kind_filter.addItem(self._kind_name(kind), kind)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(chosen), 0) if chosen else 0)
        self.kind_filter.blockSignals(False)
        self._apply_kind(keep)

    def _kind_name(self, kind: str) -> str:
        return kind_name(kind, self._kind_en.get(kind, ""))

    def _apply_kind(self, keep=None) -> None:
        kind = self.kind_filter.currentData()
        self.model.set_kind_names(self._kind_name)
        self.model.set_rows([r for r in self._rows if kind is None or r.kind == kind])
        if self.model.rowCount():
            size_columns(self.view, self.model, grow_only=self._sized)
            self._sized = True
        if keep is not None:
            self.select(keep.staff_id, keep.kind)
        self._update_view()
        self._update_buttons()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_view()

    def _update_view(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(self.tr("{shown} of {total} lines").format(shown=shown, total=total))
        if shown:
            self.empty_label.hide()
            self.view.show()
            return
        if total:
            text = self.tr("Nobody here matches “{query}”.").format(query=self.proxy.query().strip())
        else:
            text = self.tr("No leave taken and no entitlement set in {year}.").format(year=self.year.value())
        self.empty_label.setText(text)
        self.empty_label.show()
        self.view.hide()

    def rows_shown(self) -> list:
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    def chosen(self):
        index = self.view.selectionModel().currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def select(self, staff_id: int, kind: str | None = None) -> bool:
        for i in range(self.proxy.rowCount()):
            row = self.proxy.row_at(i)
            if row.staff_id == staff_id and (kind is None or row.kind == kind):
                index = self.proxy.index(i, B_KIND)
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        self.entitle_button.setEnabled(chosen is not None and self.annual_row(chosen.staff_id) is not None)

    def annual_row(self, staff_id: int):
        """The person's annual-leave line of the year (entitlement and remaining days)."""
        return next((r for r in self._rows if r.staff_id == staff_id and r.kind_code == ANNUAL), None)

    def set_entitlement(self) -> None:
        chosen = self.chosen()
        row = self.annual_row(chosen.staff_id) if chosen is not None else None
        if row is None or not self.can_entitle:
            return
        who = self.tr("{name} ({staff_no}), {unit}").format(
            name=row.name, staff_no=row.staff_no, unit=row.unit
        )
        dialog = EntitlementDialog(
            self.session,
            row.staff_id,
            who,
            self.year.value(),
            row.entitlement,
            not row.entitlement_set,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._entitled(row))
        self._dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_dialog", None))
        dialog.open()

    def _entitled(self, row) -> None:
        self.refresh()
        self.select(row.staff_id, row.kind)
        self.view.setFocus()


def entitlement_allowed(session: Session) -> bool:
    """Whether ``session`` may set annual-leave entitlements: what ``set_entitlement`` requires."""
    return session.can(Permission.ROSTER)
