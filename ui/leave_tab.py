"""The Leave Slips tab (请假管理): who is away today and who covers them, the slips, and the balances.

The duty officer's morning question comes first: who is away on the chosen
day (today by default), from when to when, and who stands in at the window.
Below it the slips, filtered (awaiting approval, today, this week, all; by
unit and kind) and searched by name, staff number or pinyin. Leaders and
managers approve or reject in place; the duty officer files, edits, records
the return (销假) and cancels; anyone prints a slip. A second page shows the
days taken per kind in a year and the annual-leave entitlements.

Every rule lives in ``app.leave``; the tab shows what it answers. After any
change the tab emits ``changed`` so the window can read attendance again.
"""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import leave
from app.auth import Permission, Session
from app.errors import HallDeskError, ValidationError
from app.leave import APPROVED, REQUESTED, SlipRow
from app.roster import StaffRow, list_staff, list_units
from ui import common, pdf_preview
from ui.leave_balances import BalancesPage, action_button, size_columns, table_view
from ui.leave_dialog import CancelSlipDialog, ReturnDialog, SlipDialog, person_text
from ui.leave_model import (
    A_NAME,
    A_WINDOW,
    COL_FROM,
    COL_STAFF,
    AbsenteesModel,
    PersonFilterProxy,
    SlipsModel,
    kind_name,
    status_text,
    when_text,
)
from ui.staff_dialog import ERROR_COLOUR, date_edit, get_date, set_date
from ui.worker import run_with_progress

STATUS_MESSAGE_MS = 10_000
ABSENT_LINES = 8  # the absentees get room for this many lines before they scroll
DATE_SETTLE_MS = 250

PENDING, TODAY, WEEK, ALL = "pending", "today", "week", "all"


class LeaveTab(QWidget):
    """Leave slips and temporary outings: absentees, the list with its actions, and the balances.

    ``day``: the absentees' day shown first (today); ``clock``: the time now
    (slips filed before their start, returns default to it).
    """

    changed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        day: dt.date | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock or dt.datetime.now
        self.can_record = session.can(Permission.RECORD)
        self.can_approve = session.can(Permission.APPROVE)
        self.day = day or self.clock().date()
        self._everyone: dict[int, StaffRow] = {}
        self._kinds: dict[int, str] = {}
        self._chosen: SlipRow | None = None
        self._sized = False
        self._absent_sized = False
        self._job = None
        self._dialog: QWidget | None = None

        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.slips_page = QWidget(self.pages)
        self.balances = BalancesPage(session, self.pages, clock=self.clock)
        self.pages.addTab(self.slips_page, self.tr("&Slips"))
        self.pages.addTab(self.balances, self.tr("&Balances"))
        self.pages.currentChanged.connect(self._page_changed)

        # -- who is away on the day
        self.absent_model = AbsenteesModel(self)
        self.absent_proxy = PersonFilterProxy(self)
        self.absent_proxy.setSourceModel(self.absent_model)
        self.date_edit = date_edit(self, self.day)
        self.date_edit.setToolTip(
            self.tr("The day whose absentees are shown (PgUp / PgDn: a day back or on)")
        )
        self.date_edit.installEventFilter(self)
        date_label = QLabel(self.tr("Away on &date:"), self)
        date_label.setBuddy(self.date_edit)
        self.today_button = action_button(self, self.tr("T&oday"), self.tr("Show who is away today"))
        self.absent_summary = QLabel(self)
        self.absent_summary.setObjectName("absentSummary")
        self.absent_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.absent_view = table_view(self)
        self.absent_view.setModel(self.absent_proxy)
        self.absent_view.sortByColumn(A_WINDOW, Qt.SortOrder.AscendingOrder)
        self.absent_view.setAccessibleName(self.tr("Who is away on the chosen day"))
        self.absent_empty = QLabel(self)
        self.absent_empty.setObjectName("absentEmpty")
        self.absent_empty.setStyleSheet("QLabel#absentEmpty { color: palette(mid); }")
        self.absent_empty.setWordWrap(True)

        absent_top = QHBoxLayout()
        absent_top.addWidget(date_label)
        absent_top.addWidget(self.date_edit)
        absent_top.addWidget(self.today_button)
        absent_top.addSpacing(12)
        absent_top.addWidget(self.absent_summary, 1)
        absent_box = QWidget(self)
        absent_layout = QVBoxLayout(absent_box)
        absent_layout.setContentsMargins(0, 0, 0, 0)
        absent_layout.addLayout(absent_top)
        absent_layout.addWidget(self.absent_view, 1)
        absent_layout.addWidget(self.absent_empty)

        # -- the list's filters
        self.model = SlipsModel(self)
        self.proxy = PersonFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.show_filter = QComboBox(self)
        self.show_filter.addItem(self.tr("Awaiting approval"), PENDING)
        self.show_filter.addItem(self.tr("Today"), TODAY)
        self.show_filter.addItem(self.tr("This week"), WEEK)
        self.show_filter.addItem(self.tr("All"), ALL)
        self.show_filter.setCurrentIndex(self.show_filter.findData(PENDING if self.can_approve else WEEK))
        show_label = QLabel(self.tr("Sho&w:"), self)
        show_label.setBuddy(self.show_filter)
        self.unit_filter = QComboBox(self)
        self.unit_filter.setMinimumContentsLength(10)
        unit_label = QLabel(self.tr("&Unit:"), self)
        unit_label.setBuddy(self.unit_filter)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setMinimumContentsLength(8)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind_filter)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, staff number or pinyin (e.g. zs)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr(
                "Ctrl+F. Searches the absentees and the slips; Down or Enter moves to the list; Esc clears."
            )
        )
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("Sea&rch:"), self)
        search_label.setBuddy(self.search)
        self.count_label = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(show_label)
        filters.addWidget(self.show_filter)
        filters.addSpacing(8)
        filters.addWidget(unit_label)
        filters.addWidget(self.unit_filter)
        filters.addSpacing(8)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_filter)
        filters.addSpacing(8)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        # -- the actions
        self.new_button = action_button(
            self, self.tr("&New slip…"), self.tr("File a leave slip or an outing (Ins or Ctrl+N)")
        )
        self.edit_button = action_button(
            self,
            self.tr("&Edit…"),
            self.tr("Change the chosen slip (Enter or F2); an approved slip goes back to approval"),
        )
        self.remark = QLineEdit(self)
        self.remark.setPlaceholderText(self.tr("Remark (needed to reject)"))
        self.remark.setMaxLength(leave.MAX_TEXT)
        self.remark_label = QLabel(self.tr("Re&mark:"), self)
        self.remark_label.setBuddy(self.remark)
        self.approve_button = action_button(
            self, self.tr("&Approve"), self.tr("Approve the chosen slip: its sessions count as leave")
        )
        self.reject_button = action_button(
            self, self.tr("Re&ject"), self.tr("Reject the chosen slip; say why in the remark")
        )
        self.return_button = action_button(
            self, self.tr("Re&turn (销假)…"), self.tr("Record when the person was back")
        )
        self.cancel_button = action_button(
            self, self.tr("Cance&l slip…"), self.tr("Withdraw the chosen slip before it starts")
        )
        self.print_button = action_button(
            self, self.tr("&Print…"), self.tr("The chosen slip as a printed 请假条 (Ctrl+P)")
        )
        self.refresh_button = action_button(self, self.tr("Refresh"), self.tr("Read the slips again (F5)"))
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addSpacing(12)
        actions.addWidget(self.remark_label)
        actions.addWidget(self.remark, 1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.reject_button)
        actions.addSpacing(12)
        actions.addWidget(self.return_button)
        actions.addWidget(self.cancel_button)
        if not self.can_approve:
            actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.refresh_button)
        for widget in (self.new_button, self.edit_button, self.return_button, self.cancel_button):
            widget.setVisible(self.can_record)
        for widget in (self.remark_label, self.remark, self.approve_button, self.reject_button):
            widget.setVisible(self.can_approve)

        # -- the list, the chosen slip's details, what happened
        self.view = table_view(self)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(COL_FROM, Qt.SortOrder.DescendingOrder)
        self.view.setAccessibleName(self.tr("Leave slips"))
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("slipsEmpty")
        self.empty_label.setStyleSheet("QLabel#slipsEmpty { color: palette(mid); }")
        self.empty_label.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("slipDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("leaveMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addLayout(actions)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.empty_label)
        list_layout.addWidget(self.details)
        list_layout.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(absent_box)
        self.splitter.addWidget(list_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 420])
        self._user_split = False
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_user_split", True))

        page_layout = QVBoxLayout(self.slips_page)
        page_layout.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        # -- wiring
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SETTLE_MS)
        self._date_timer.timeout.connect(lambda: self.show_day(get_date(self.date_edit)))
        self.date_edit.dateChanged.connect(lambda _d: self._date_timer.start())
        self.today_button.clicked.connect(lambda: self.show_day(self.clock().date()))
        self.show_filter.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.unit_filter.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.search.textChanged.connect(self._search_changed)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chose_from(self.view))
        self.absent_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._chose_from(self.absent_view)
        )
        self.view.doubleClicked.connect(lambda _i: self.edit_chosen())
        self.absent_view.doubleClicked.connect(lambda _i: self.edit_chosen())
        self.remark.textEdited.connect(lambda: self._say(""))
        self.new_button.clicked.connect(self.new_slip)
        self.edit_button.clicked.connect(self.edit_chosen)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.return_button.clicked.connect(self.return_chosen)
        self.cancel_button.clicked.connect(self.cancel_chosen)
        self.print_button.clicked.connect(self.print_chosen)
        self.refresh_button.clicked.connect(self.refresh)

        window = Qt.ShortcutContext.WindowShortcut
        self._shortcut(QKeySequence.StandardKey.Find, self.focus_search, window)
        self._shortcut(QKeySequence(Qt.Key.Key_F5), self.refresh, window)
        self._shortcut(QKeySequence.StandardKey.Print, self.print_chosen, window)
        if self.can_record:
            for keys in (QKeySequence(Qt.Key.Key_Insert), QKeySequence.StandardKey.New):
                self._shortcut(keys, self.new_slip, window)
            for view in (self.view, self.absent_view):
                for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                    shortcut = QShortcut(QKeySequence(key), view)
                    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                    shortcut.activated.connect(self.edit_chosen)

        self.setTabOrder(self.date_edit, self.today_button)
        self.setTabOrder(self.today_button, self.absent_view)
        self.setTabOrder(self.absent_view, self.show_filter)
        self.setTabOrder(self.show_filter, self.unit_filter)
        self.setTabOrder(self.unit_filter, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.search)
        self.setTabOrder(self.search, self.view)
        self._update_buttons()

    def _shortcut(self, keys, slot, context: Qt.ShortcutContext) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Read whenever the tab comes into view: other PCs file and approve slips too.
        self.refresh()

    # ------------------------------------------------------------ reading

    def refresh(self, select_id: int | None = None) -> None:
        """Read the roster names, the absentees and the slips again, keeping filters and the chosen slip."""
        keep = select_id if select_id is not None else (self._chosen.id if self._chosen else None)
        try:
            self._everyone = {r.id: r for r in list_staff(self.session, status="all")}
            self._kinds = {k.id: kind_name(k.name, k.name_en) for k in leave.kinds(include_retired=True)}
            self._fill_filters()
        except HallDeskError as err:
            common.show_error(self, err)
            return
        self.model.set_kinds(self._kinds)
        self.proxy.set_staff(self._everyone)
        self.absent_proxy.set_staff(self._everyone)
        self.show_day(self.day, keep_chosen=True)
        self.refresh_list(select_id=keep)
        if self.pages.currentWidget() is self.balances:
            self.balances.refresh()

    def _fill_filters(self) -> None:
        chosen_unit = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), None)
        for unit in list_units(include_retired=True):
            text = unit.name if not unit.retired else self.tr("{unit} (retired)").format(unit=unit.name)
            self.unit_filter.addItem(text, unit.id)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen_unit), 0) if chosen_unit else 0)
        self.unit_filter.blockSignals(False)
        chosen_kind = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind_id, name in self._kinds.items():
            self.kind_filter.addItem(name, kind_id)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(chosen_kind), 0) if chosen_kind else 0)
        self.kind_filter.blockSignals(False)

    def _active_staff(self) -> list[StaffRow]:
        today = self.clock().date()
        return [r for r in self._everyone.values() if r.active_on(today)]

    def show_day(self, day: dt.date, keep_chosen: bool = False) -> None:
        """Show who is away on ``day`` and who covers them."""
        self._date_timer.stop()
        self.day = day
        self.date_edit.blockSignals(True)
        set_date(self.date_edit, day)
        self.date_edit.blockSignals(False)
        try:
            rows = leave.absentees(day)
        except HallDeskError as err:
            common.show_error(self, err)
            return
        windows = {r.id: r.window_number for r in self._everyone.values()}
        self.absent_model.set_day(day, rows, windows, self._kinds)
        approved = sum(r.status == APPROVED for r in rows)
        waiting = sum(r.status == REQUESTED for r in rows)
        back = len(rows) - approved - waiting
        if rows:
            self.absent_summary.setText(
                self.tr("{count} away: {approved} approved, {waiting} awaiting approval, {back} back").format(
                    count=len(rows), approved=approved, waiting=waiting, back=back
                )
            )
        else:
            self.absent_summary.setText("")
        is_today = day == self.clock().date()
        self.absent_empty.setText(
            (
                self.tr("Nobody is away today.")
                if is_today
                else self.tr("Nobody is away on {date}.").format(date=day.isoformat())
            )
            if not rows
            else ""
        )
        self.absent_empty.setVisible(not rows)
        self.absent_view.setVisible(bool(rows))
        if rows:
            size_columns(self.absent_view, self.absent_model, grow_only=self._absent_sized)
            self._absent_sized = True
        self._fit_split(len(rows))
        if not keep_chosen:
            self._update_buttons()

    def _fit_split(self, count: int) -> None:
        """Give the absentees the room their lines need (up to ``ABSENT_LINES``) until the divider moves."""
        total = sum(self.splitter.sizes())
        if self._user_split or total <= 0:
            return
        top = self.absent_summary.sizeHint().height() + 12
        if count:
            view = self.absent_view
            lines = min(max(count, 2), ABSENT_LINES)
            need = (
                top
                + view.horizontalHeader().sizeHint().height()
                + view.verticalHeader().defaultSectionSize() * lines
                + 2 * view.frameWidth()
                + 4
            )
        else:
            need = top + self.absent_empty.sizeHint().height() + 8
        self.splitter.setSizes([need, max(total - need, 120)])

    def filter_span(self) -> dict:
        """What the Show filter asks ``list_slips`` for."""
        shown = self.show_filter.currentData()
        today = self.clock().date()
        if shown == PENDING:
            return {"status": REQUESTED}
        if shown == TODAY:
            return {"on": today}
        if shown == WEEK:
            monday = today - dt.timedelta(days=today.weekday())
            return {"start": monday, "end": monday + dt.timedelta(days=6)}
        return {}

    def refresh_list(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self._chosen.id if self._chosen else None)
        try:
            rows = leave.list_slips(
                unit_id=self.unit_filter.currentData(),
                kind_id=self.kind_filter.currentData(),
                **self.filter_span(),
            )
        except HallDeskError as err:
            common.show_error(self, err)
            return
        self.model.set_rows(rows)
        if rows:
            size_columns(self.view, self.model, grow_only=self._sized)
            self._sized = True
        self._update_view()
        self._chosen = None
        if keep is not None and not self.select(keep):
            self.select_absentee(keep)
        if self._chosen is None and self.proxy.rowCount():
            self.select(self.proxy.row_at(0).id)  # the first slip is chosen, ready to act on
        self._update_buttons()

    def select_absentee(self, slip_id: int) -> bool:
        """Choose slip ``slip_id`` among the absentees; False when it is not there."""
        for i in range(self.absent_proxy.rowCount()):
            if self.absent_proxy.row_at(i).id == slip_id:
                index = self.absent_proxy.index(i, A_NAME)
                self.absent_view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self._chosen = self.absent_proxy.row_at(i)
                return True
        return False

    def _update_view(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.count_label.setText(self.tr("{shown} of {total} slips").format(shown=shown, total=total))
        if shown:
            self.empty_label.hide()
            self.view.show()
            return
        if total:
            text = self.tr("No slip here matches “{query}”.").format(query=self.proxy.query().strip())
        elif self.show_filter.currentData() == PENDING:
            text = self.tr("No slip is awaiting approval.")
        else:
            text = self.tr("No slips match the chosen filters.")
        self.empty_label.setText(text)
        self.empty_label.show()
        self.view.hide()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self.absent_proxy.set_query(text)
        self._update_view()

    def _page_changed(self, index: int) -> None:
        if self.pages.widget(index) is self.balances:
            self.balances.refresh()

    # ------------------------------------------------------------ the chosen slip

    def rows_shown(self) -> list[SlipRow]:
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    def absentees_shown(self) -> list[SlipRow]:
        return [self.absent_proxy.row_at(i) for i in range(self.absent_proxy.rowCount())]

    def chosen(self) -> SlipRow | None:
        return self._chosen

    def select(self, slip_id: int) -> bool:
        """Choose slip ``slip_id`` in the list; False when the filters hide it."""
        source = self.model.row_of(slip_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, COL_STAFF))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        self._chosen = self.model.row_at(source)
        self._update_buttons()
        return True

    def _chose_from(self, view: QTableView) -> None:
        index = view.selectionModel().currentIndex()
        proxy = view.model()
        if index.isValid() and isinstance(proxy, PersonFilterProxy):
            self._chosen = proxy.row_at(index.row())
        if view is self.absent_view:
            self.view.selectionModel().clearSelection()
        else:
            self.absent_view.selectionModel().clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._chosen
        status = row.status if row else None
        self.edit_button.setEnabled(status in (REQUESTED, APPROVED))
        self.approve_button.setEnabled(status == REQUESTED)
        self.reject_button.setEnabled(status == REQUESTED)
        self.return_button.setEnabled(status == APPROVED)
        self.cancel_button.setEnabled(status in (REQUESTED, APPROVED))
        self.print_button.setEnabled(row is not None)
        self._show_details(row)

    def _show_details(self, row: SlipRow | None) -> None:
        if row is None:
            self.details.setText("")
            return
        parts = [
            self.tr("Slip {id}, {name}: {status}").format(
                id=row.id, name=person_text(row), status=status_text(row)
            )
        ]
        if row.reason:
            parts.append(self.tr("reason: {reason}").format(reason=row.reason))
        parts.append(
            self.tr("filed by {who}, {when}").format(who=row.created_by, when=when_text(row.created_at))
        )
        if row.decided_by:
            parts.append(
                self.tr("decided by {who}, {when}").format(who=row.decided_by, when=when_text(row.decided_at))
            )
        if row.remark:
            parts.append(self.tr("remark: {remark}").format(remark=row.remark))
        if row.returned_at:
            parts.append(
                self.tr("back at {when} (recorded by {who})").format(
                    when=row.returned_at.strftime("%Y-%m-%d %H:%M"), who=row.returned_by
                )
            )
        self.details.setText(self.tr(" · ").join(parts))

    def _say(self, text: str, error: bool = False) -> None:
        """Tell the user under the list and in the window's status bar."""
        self.message.setStyleSheet(f"QLabel#leaveMessage {{ color: {ERROR_COLOUR}; }}" if error else "")
        self.message.setText(text)
        window = self.window()
        if text and isinstance(window, QMainWindow) and window.statusBar() is not None:
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def message_text(self) -> str:
        return self.message.text()

    # ------------------------------------------------------------ changing slips

    def _after_change(self, slip_id: int | None, said: str) -> None:
        """Read everything again, choose ``slip_id`` (showing it if filters hid it), and say what happened."""
        self.refresh(select_id=slip_id)
        if slip_id is not None and not self.select(slip_id):
            self.search.clear()
            if not self.select(slip_id):
                self.unit_filter.setCurrentIndex(0)
                self.kind_filter.setCurrentIndex(0)
                self.show_filter.setCurrentIndex(self.show_filter.findData(ALL))
                self.select(slip_id)
        self._say(said)
        self.changed.emit()
        self.view.setFocus()

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_dialog", None))
        dialog.open()

    def new_slip(self) -> None:
        if not self.can_record:
            return
        dialog = SlipDialog(
            self.session,
            None,
            self,
            staff=self._active_staff(),
            everyone=self._everyone,
            day=max(self.day, self.clock().date()),
            clock=self.clock,
        )
        dialog.accepted.connect(lambda: self._saved(dialog, new=True))
        self._open(dialog)

    def edit_chosen(self) -> None:
        row = self._chosen
        if not self.can_record or row is None or row.status not in (REQUESTED, APPROVED):
            return
        try:
            dialog = SlipDialog(
                self.session,
                row.id,
                self,
                staff=self._active_staff(),
                everyone=self._everyone,
                clock=self.clock,
            )
        except HallDeskError as err:
            common.show_error(self, err)
            self.refresh()
            return
        dialog.accepted.connect(lambda: self._saved(dialog, new=False))
        self._open(dialog)

    def _saved(self, dialog: SlipDialog, new: bool) -> None:
        slip_id = dialog.slip_id
        if new:
            said = self.tr("Slip {id} filed; it awaits a leader's approval.").format(id=slip_id)
        else:
            said = self.tr("Slip {id} changed; it awaits a leader's approval again.").format(id=slip_id)
        if dialog.warnings:
            said += " " + " ".join(dialog.warnings)
        self._after_change(slip_id, said)

    def decide(self, approve: bool) -> None:
        row = self._chosen
        if row is None or not self.can_approve:
            return
        try:
            leave.decide(self.session, row.id, approve, self.remark.text(), row.version)
        except HallDeskError as err:
            self._refused(err)
            return
        self.remark.clear()
        name = person_text(row)
        said = (
            self.tr("Slip {id} of {name} approved.") if approve else self.tr("Slip {id} of {name} rejected.")
        ).format(id=row.id, name=name)
        self._after_change(row.id, said)

    def _refused(self, err: HallDeskError) -> None:
        if isinstance(err, ValidationError):
            self._say("\n".join(p.message for p in err.problems), error=True)
            if err.for_field("remark"):
                self.remark.setFocus()
        else:
            self._say(str(err), error=True)
        keep = self._chosen.id if self._chosen else None
        message = self.message.text()
        self.refresh(select_id=keep)
        self._say(message, error=True)

    def return_chosen(self) -> None:
        row = self._chosen
        if row is None or not self.can_record or row.status != APPROVED:
            return
        dialog = ReturnDialog(self.session, row, self, kinds=self._kinds, clock=self.clock)
        dialog.accepted.connect(lambda: self._returned(dialog))
        self._open(dialog)

    def _returned(self, dialog: ReturnDialog) -> None:
        fresh = dialog.result_row or dialog.row
        said = self.tr("{name} is back (slip {id}).").format(name=person_text(fresh), id=fresh.id)
        if fresh.overrun_minutes > 0:
            late = self.tr(
                "{name} was back {minutes} minutes after the approved {time}; the overrun counts as off post."
            ).format(name=person_text(fresh), minutes=fresh.overrun_minutes, time=fresh.back_time or "")
            said += " " + late
        self._after_change(fresh.id, said)
        if fresh.overrun_minutes > 0:
            common.inform(self, self.tr("Back late from an outing"), late)

    def cancel_chosen(self) -> None:
        row = self._chosen
        if row is None or not self.can_record or row.status not in (REQUESTED, APPROVED):
            return
        dialog = CancelSlipDialog(self.session, row, self, kinds=self._kinds, clock=self.clock)
        dialog.accepted.connect(
            lambda: self._after_change(row.id, self.tr("Slip {id} cancelled.").format(id=row.id))
        )
        self._open(dialog)

    # ------------------------------------------------------------ printing

    def print_chosen(self) -> None:
        """Write the chosen slip's PDF in the background, then preview it (or save it without QtPdf)."""
        row = self._chosen
        if row is None:
            return
        from app import leave_slip_pdf

        name = self.tr("leave-slip-{id}").format(id=row.id) + ".pdf"
        if pdf_preview.available():
            target = str(Path(tempfile.mkdtemp(prefix="halldesk-")) / name)
            on_done = functools.partial(self._preview, row, target, name)
        else:
            target = pdf_preview.choose_pdf_path(self, name)
            if not target:
                return
            on_done = functools.partial(self._written, target)

        def write(progress) -> str:
            leave_slip_pdf.write_slip_pdf(row.id, Path(target))
            return target

        self._job = run_with_progress(self, self.tr("Writing slip {id}…").format(id=row.id), write, on_done)
        self._job.done.connect(lambda *_: setattr(self, "_job", None))

    def _preview(self, row: SlipRow, path: str, name: str, _result=None) -> None:
        dialog = pdf_preview.PdfPreviewDialog(
            path, self.tr("Leave slip {id}: {name}").format(id=row.id, name=person_text(row)), name, self
        )
        self.preview = dialog
        self._open(dialog)

    def _written(self, path: str, _result=None) -> None:
        self._say(self.tr("The slip was saved to {path}.").format(path=path))
        common.inform(
            self, self.tr("Leave slip saved"), self.tr("The slip was saved to {path}.").format(path=path)
        )

    # ------------------------------------------------------------ keyboard

    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.slips_page)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.date_edit and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.show_day(self.day + dt.timedelta(days=-1 if key == Qt.Key.Key_PageUp else 1))
                return True
            if watched is self.search:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.proxy.rowCount():
                    if not self.view.selectionModel().hasSelection():
                        self.view.selectRow(0)
                    self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
        return super().eventFilter(watched, event)
