"""The Staff roster tab: search, filter and read the roster; add, edit, leave, import, export.

Roles without the roster permission (duty officer, duty leader) search and
read only: the buttons that change data are not shown to them, and mobiles
arrive already masked from ``app.roster``. The search box filters in memory,
so it answers within a frame at hall scale; the unit and status filters read
the roster again from ``app.roster.list_staff``.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.auth import Permission, Session, require
from app.errors import HallDeskError
from app.roster import StaffRow, list_staff, list_units, undo_leaving
from ui import common
from ui.common import show_error
from ui.staff_model import COL_NOTE, StaffFilterProxy, StaffTableModel

# The dialogs this tab opens, and the Qt classes only they use, load when first opened, not
# with the window: each class PySide6 builds costs start-up time.

MAX_COLUMN_WIDTH = 280

# -- Small module-level functions around modal Qt dialogs (tests replace them).


def choose_import_file(parent: QWidget) -> str:
    """Ask for the roster file to import; "" when cancelled."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RosterTab", "Import the roster"),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        QCoreApplication.translate(
            "RosterTab", "Roster files (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV file (*.csv)"
        ),
    )
    return path


def choose_export_file(parent: QWidget, suggested: str) -> str:
    """Ask where to export the roster (.xlsx by default, or .csv); "" when cancelled.

    A name typed without .xlsx or .csv gets the extension of the chosen file type.
    """
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    xlsx = QCoreApplication.translate("RosterTab", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("RosterTab", "CSV file, UTF-8 (*.csv)")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RosterTab", "Export the roster"),
        str(Path(folder) / suggested),
        f"{xlsx};;{csv}",
        xlsx,
    )
    if path and Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if chosen == csv else ".xlsx"
    return path


class RosterTab(QWidget):
    """The staff list with its search, filters and actions."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.can_edit = session.can(Permission.ROSTER)
        self._job = None

        self.model = StaffTableModel(self)
        self.proxy = StaffFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        # -- search and filters
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, staff number, window or pinyin (e.g. zs)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Ctrl+F. Down or Enter moves to the list; Esc clears."))
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)

        self.unit_filter = QComboBox(self)
        # Sized once, on first show (the default policy): AdjustToContents would
        # re-measure every item at each change.
        self.unit_filter.setMinimumContentsLength(12)
        unit_label = QLabel(self.tr("U&nit:"), self)
        unit_label.setBuddy(self.unit_filter)

        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Active"), "active")
        self.status_filter.addItem(self.tr("Left"), "left")
        self.status_filter.addItem(self.tr("All"), "all")
        status_label = QLabel(self.tr("Sta&tus:"), self)
        status_label.setBuddy(self.status_filter)

        self.count_label = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addSpacing(12)
        filters.addWidget(unit_label)
        filters.addWidget(self.unit_filter)
        filters.addSpacing(12)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        # -- actions
        self.add_button = self._button(self.tr("&Add…"), self.tr("Add a staff member (Ins or Ctrl+N)"))
        self.edit_button = self._button(
            self.tr("E&dit…"), self.tr("Edit the chosen staff member (Enter or F2)")
        )
        self.leave_button = self._button(
            self.tr("&Record leaving…"), self.tr("Record the date the chosen staff member leaves, and why")
        )
        self.undo_leave_button = self._button(
            self.tr("Und&o leaving"), self.tr("Take back a leaving recorded by mistake")
        )
        self.units_button = self._button(
            self.tr("&Units and windows…"), self.tr("Add, rename and retire units and windows")
        )
        self.import_button = self._button(
            self.tr("&Import…"), self.tr("Import the roster from an Excel (.xlsx) or CSV file")
        )
        self.export_button = self._button(
            self.tr("E&xport…"), self.tr("Export the roster to an Excel (.xlsx) or CSV file")
        )
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.leave_button, self.undo_leave_button):
            actions.addWidget(b)
        actions.addSpacing(12)
        actions.addWidget(self.units_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        for b in (
            self.add_button,
            self.edit_button,
            self.leave_button,
            self.undo_leave_button,
            self.units_button,
            self.import_button,
        ):
            b.setVisible(self.can_edit)

        # -- the list, or a message when there is nothing to list
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Keep the roster's own order (unit, window, staff number) until a header is clicked.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("emptyRoster")
        self.empty_label.setStyleSheet("QLabel#emptyRoster { font-size: 14pt; color: palette(mid); }")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)

        # -- wiring
        self.unit_filter.currentIndexChanged.connect(lambda _i: self.refresh(resize=True))
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh(resize=True))
        self.add_button.clicked.connect(self.add_staff)
        self.edit_button.clicked.connect(self.edit_selected)
        self.leave_button.clicked.connect(self.record_leaving)
        self.undo_leave_button.clicked.connect(self.undo_leaving)
        self.units_button.clicked.connect(self.manage_units)
        self.import_button.clicked.connect(self.import_roster)
        self.export_button.clicked.connect(self.export_roster)

        self._shortcut(
            QKeySequence.StandardKey.Find, self, self.focus_search, Qt.ShortcutContext.WindowShortcut
        )
        if self.can_edit:
            for keys in (QKeySequence(Qt.Key.Key_Insert), QKeySequence.StandardKey.New):
                self._shortcut(keys, self, self.add_staff, Qt.ShortcutContext.WindowShortcut)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self._shortcut(
                    QKeySequence(key), self.view, self.edit_selected, Qt.ShortcutContext.WidgetShortcut
                )

        self.setTabOrder(self.search, self.unit_filter)
        self.setTabOrder(self.unit_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.view)

        self.refresh(resize=True)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _shortcut(self, keys, parent: QWidget, slot, context: Qt.ShortcutContext) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), parent)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    # -- reading

    def unit_id(self) -> int | None:
        return self.unit_filter.currentData()

    def status(self) -> str:
        return self.status_filter.currentData() or "active"

    def selected_row(self) -> StaffRow | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.proxy.row_at(index.row())

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def refresh(self, select_id: int | None = None, resize: bool = False) -> None:
        """Read the roster again, keeping search, filters and the chosen person where they still exist."""
        keep = select_id
        if keep is None:
            current = self.selected_row()
            keep = current.id if current else None
        try:
            self._fill_unit_filter()
            rows = list_staff(self.session, self.unit_id(), self.status())
        except HallDeskError as err:
            show_error(self, err)
            return
        self.model.set_rows(rows)
        if resize:
            self._resize_columns()
        self._update_view()
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def _fill_unit_filter(self) -> None:
        chosen = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), None)
        for unit in list_units(include_retired=True):
            text = unit.name if not unit.retired else self.tr("{unit} (retired)").format(unit=unit.name)
            self.unit_filter.addItem(text, unit.id)
        index = self.unit_filter.findData(chosen) if chosen is not None else 0
        self.unit_filter.setCurrentIndex(max(index, 0))
        self.unit_filter.blockSignals(False)

    def _resize_columns(self) -> None:
        # Measuring the few longest texts of each column costs a millisecond;
        # resizeColumnsToContents() asks the model for every cell (~110 ms at 300 staff).
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        header_metrics = header.fontMetrics()
        padding = metrics.averageCharWidth() * 4
        for col in range(self.model.columnCount()):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            widest = max(
                [header_metrics.horizontalAdvance(title) + padding]
                + [metrics.horizontalAdvance(t) + padding for t in self.model.widest_texts(col)]
            )
            header.resizeSection(col, widest if col == COL_NOTE else min(widest, MAX_COLUMN_WIDTH))

    def _update_view(self) -> None:
        total = self.model.rowCount()
        self.count_label.setText(
            self.tr("{shown} of {total} staff").format(shown=self.proxy.rowCount(), total=total)
        )
        if total:
            self.stack.setCurrentWidget(self.view)
            return
        if self.unit_id() is not None or self.status() == "left":
            text = self.tr("No staff match the chosen unit and status.")
        elif self.can_edit:
            text = self.tr("No staff yet — add someone or import the roster from Excel.")
        else:
            text = self.tr("No staff yet — a manager can add people or import the roster from Excel.")
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def select(self, staff_id: int) -> bool:
        """Choose the staff member with ``staff_id`` in the list; False when not shown."""
        source_row = self.model.row_of(staff_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_view()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.leave_button.setEnabled(row is not None and row.left_on is None)
        self.undo_leave_button.setEnabled(row is not None and row.left_on is not None)

    # -- keyboard

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.proxy.rowCount():
                if self.selected_row() is None:
                    self.view.selectRow(0)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- changing the roster

    def _after_save(self, staff_id: int | None) -> None:
        self.refresh(select_id=staff_id)
        if staff_id is not None and not self.select(staff_id):
            # Saved, but hidden by the search or a filter: show them anyway.
            self.search.clear()
            if not self.select(staff_id):
                self.unit_filter.setCurrentIndex(0)
                self.status_filter.setCurrentIndex(self.status_filter.findData("all"))
                self.select(staff_id)
        self.view.setFocus()

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rejected.connect(self.view.setFocus)
        dialog.open()

    def add_staff(self) -> None:
        if not self.can_edit:
            return
        from ui.staff_dialog import StaffDialog

        dialog = StaffDialog(self.session, None, self, unit_id=self.unit_id())
        dialog.accepted.connect(lambda: self._after_save(dialog.staff_id))
        self._open(dialog)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if not self.can_edit or row is None:
            return
        from ui.staff_dialog import StaffDialog

        try:
            dialog = StaffDialog(self.session, row.id, self)
        except HallDeskError as err:
            show_error(self, err)
            self.refresh()
            return
        dialog.accepted.connect(lambda: self._after_save(row.id))
        self._open(dialog)

    def record_leaving(self) -> None:
        row = self.selected_row()
        if not self.can_edit or row is None or row.left_on is not None:
            return
        from ui.staff_dialog import LeaveDialog

        dialog = LeaveDialog(self.session, row, self)
        dialog.accepted.connect(lambda: self._after_leaving(row))
        self._open(dialog)

    def _after_leaving(self, row: StaffRow) -> None:
        # Under "Active" the person drops out (unless the date is ahead): keep the place in the list.
        self.refresh(select_id=row.id)
        self.view.setFocus()

    def undo_leaving(self) -> None:
        row = self.selected_row()
        if not self.can_edit or row is None or row.left_on is None:
            return
        question = self.tr(
            "Take back the leaving of {name} ({staff_no}) recorded for {date}? "
            "They return to the active roster; the audit trail keeps both steps."
        ).format(name=row.name, staff_no=row.staff_no, date=row.left_on.isoformat())
        if not common.confirm(self, self.tr("Undo leaving"), question):
            return
        try:
            undo_leaving(self.session, row.id, row.version)
        except HallDeskError as err:
            show_error(self, err)
        self._after_save(row.id)

    def manage_units(self) -> None:
        if not self.can_edit:
            return
        from ui.units_dialog import UnitsDialog

        dialog = UnitsDialog(self.session, self)
        dialog.finished.connect(lambda _result: self.refresh())
        self._open(dialog)

    # -- files

    def import_roster(self) -> None:
        """Ask for an .xlsx or .csv file and import it in the background; then show the report."""
        try:
            require(self.session, Permission.ROSTER)
        except HallDeskError as err:
            show_error(self, err)
            return
        path = choose_import_file(self)
        if not path:
            return
        from app import roster_io  # openpyxl loads on first use, not at start-up
        from ui.worker import run_with_progress

        self._job = run_with_progress(
            self,
            self.tr("Importing {file}…").format(file=Path(path).name),
            functools.partial(roster_io.import_roster, self.session, path),
            self._imported,
        )

    def _imported(self, report) -> None:
        self._job = None
        self.refresh(resize=True)
        common.inform(self, self.tr("Roster imported"), report.summary())

    def export_roster(self) -> None:
        """Ask where to save and export the roster in the background (with the left too unless
        the list shows the active only)."""
        # No extension: the chosen file type (.xlsx unless CSV is picked) adds it.
        suggested = self.tr("roster-{date}").format(date=dt.date.today().isoformat())
        path = choose_export_file(self, suggested)
        if not path:
            return
        from app import roster_io
        from ui.worker import run_with_progress

        include_left = self.status() != "active"
        self._job = run_with_progress(
            self,
            self.tr("Exporting the roster…"),
            functools.partial(roster_io.export_roster, self.session, path, include_left),
            lambda count: self._exported(count, path),
        )

    def _exported(self, count: int, path: str) -> None:
        self._job = None
        common.inform(
            self,
            self.tr("Roster exported"),
            self.tr("{count} staff written to {path}.").format(count=count, path=path),
        )
