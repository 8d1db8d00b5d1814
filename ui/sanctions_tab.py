"""The Sanctions Ledger tab (奖惩台账, rule R8): the ledger, its decisions and notices, and eligibility.

The ledger page lists entries newest first, filtered by status, kind, unit,
person and dates (the current year by default). The chosen entry shows its
rule, period, every step with who and when, its notices and the evidence;
activating an evidence line opens that day in Attendance or the Duty log
(signals ``show_attendance_day`` / ``show_duty_day``). A manager evaluates a
week, confirms or dismisses proposals, issues signed notices, revokes, and
enters commendations and penalties directly; everyone else reads. The second
page is the year-end eligibility list.

Every rule lives in ``app.sanctions``, ``app.notices`` and ``app.eligibility``;
the tab shows what they answer. After any write it emits ``changed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import notices, sanctions
from app.auth import Permission, Session
from app.errors import HallDeskError, ValidationError
from app.notices import NoticeRow
from app.roster import StaffRow, list_staff
from app.sanction_rules import kind_label
from app.sanctions import CONFIRMED, ISSUED, PROPOSED, WITHDRAWN, Entry
from ui import common
from ui.duty_inspection import ReasonDialog
from ui.eligibility_page import EligibilityPage
from ui.leave_balances import action_button, size_columns, table_view
from ui.sanctions_details import EntryDetails
from ui.sanctions_dialogs import EvaluateDialog, RecordEntryDialog
from ui.sanctions_filters import LedgerFilters
from ui.sanctions_model import COL_DATE, COL_NAME, EntriesModel, LedgerProxy
from ui.sanctions_notices import NoticeDesk
from ui.staff_dialog import ERROR_COLOUR
from ui.staff_picker import person_text

STATUS_MESSAGE_MS = 10_000


class SanctionsTab(QWidget):
    """The sanctions ledger and the year-end eligibility list.

    ``clock``: the time now (the week the evaluation offers, the year shown,
    the date of a notice). Signals: ``changed`` after any write;
    ``show_attendance_day(date)`` and ``show_duty_day(date)`` when an evidence
    line asks for its day.
    """

    changed = Signal()
    show_attendance_day = Signal(object)
    show_duty_day = Signal(object)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock or dt.datetime.now
        self.can_sanction = session.can(Permission.SANCTIONS)
        self._chosen: Entry | None = None
        self._notices: list[NoticeRow] = []
        self._everyone: dict[int, StaffRow] = {}
        self._sized = False
        self._dialog: QWidget | None = None
        self._selecting = False

        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.ledger_page = QWidget(self.pages)
        self.eligibility = EligibilityPage(self.pages, clock=self.clock)
        self.pages.addTab(self.ledger_page, self.tr("&Ledger"))
        self.pages.addTab(self.eligibility, self.tr("Year-end &eligibility"))
        self.pages.currentChanged.connect(self._page_changed)
        self.eligibility.show_person.connect(self.show_person_record)

        # -- filters
        self.filter_bar = LedgerFilters(self.clock().year, self)
        bar = self.filter_bar
        self.status_filter, self.kind_filter, self.unit_filter = (
            bar.status_filter,
            bar.kind_filter,
            bar.unit_filter,
        )
        self.from_date, self.to_date, self.all_dates = bar.from_date, bar.to_date, bar.all_dates
        self.search, self.count_label = bar.search, bar.count_label

        # -- actions
        self.evaluate_button = action_button(
            self, self.tr("Evaluate &week…"), self.tr("Apply the rules to a week and propose sanctions")
        )
        self.record_button = action_button(
            self,
            self.tr("Recor&d entry…"),
            self.tr("Enter a commendation, an award or a penalty directly (confirmed at once)"),
        )
        self.confirm_button = action_button(
            self, self.tr("Co&nfirm"), self.tr("Agree with the chosen proposal: it is in force")
        )
        self.dismiss_button = action_button(
            self, self.tr("D&ismiss…"), self.tr("Decide that the chosen proposal does not stand, and say why")
        )
        self.issue_button = action_button(
            self,
            self.tr("Issue notice…"),
            self.tr("Number, sign and store the notice of the chosen confirmed entry"),
        )
        self.revoke_button = action_button(
            self,
            self.tr("Revoke…"),
            self.tr("Revoke the chosen entry in force; one with a notice gets a revocation notice"),
        )
        self.person_button = action_button(
            self, self.tr("Person's record"), self.tr("Every entry of the chosen entry's person, all years")
        )
        self.save_notice_button = action_button(
            self, self.tr("Save notice PDF…"), self.tr("Save a notice of the chosen entry as a PDF file")
        )
        self.refresh_button = action_button(self, self.tr("Refresh"), self.tr("Read the ledger again (F5)"))
        self._gated = (
            self.evaluate_button,
            self.record_button,
            self.confirm_button,
            self.dismiss_button,
            self.issue_button,
            self.revoke_button,
        )
        if not self.can_sanction:
            for button in self._gated:
                button.setToolTip(self.tr("Only a manager may do this."))
        actions = QHBoxLayout()
        actions.addWidget(self.evaluate_button)
        actions.addWidget(self.record_button)
        actions.addSpacing(12)
        for button in (self.confirm_button, self.dismiss_button, self.issue_button, self.revoke_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.person_button)
        actions.addWidget(self.save_notice_button)
        actions.addWidget(self.refresh_button)

        # -- the list and the chosen entry
        self.model = EntriesModel(self)
        self.proxy = LedgerProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Sanctions ledger"))
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("ledgerEmpty")
        self.empty_label.setStyleSheet("QLabel#ledgerEmpty { color: palette(mid); }")
        self.empty_label.setWordWrap(True)
        self.details = EntryDetails(self)
        self.message = QLabel(self)
        self.message.setObjectName("ledgerMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([380, 260])

        page_layout = QVBoxLayout(self.ledger_page)
        page_layout.addWidget(self.filter_bar)
        page_layout.addLayout(actions)
        page_layout.addWidget(self.splitter, 1)
        page_layout.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        # -- wiring
        bar.changed.connect(self.refresh_list)
        bar.search_changed.connect(self._search_changed)
        self.notice_desk = NoticeDesk(self, session, self.clock)
        self.notice_desk.done.connect(self._after_change)
        self.notice_desk.failed.connect(lambda entry_id: self.refresh(select_id=entry_id))
        self.notice_desk.said.connect(self._say)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selecting or self._chose())
        self.details.item_activated.connect(self.open_evidence)
        self.evaluate_button.clicked.connect(self.evaluate_week)
        self.record_button.clicked.connect(self.record_entry)
        self.confirm_button.clicked.connect(self.confirm_chosen)
        self.dismiss_button.clicked.connect(self.dismiss_chosen)
        self.issue_button.clicked.connect(self.issue_chosen)
        self.revoke_button.clicked.connect(self.revoke_chosen)
        self.person_button.clicked.connect(self.person_record)
        self.save_notice_button.clicked.connect(self.save_notice)
        self.refresh_button.clicked.connect(self.refresh)
        window = Qt.ShortcutContext.WindowShortcut
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F5), self.refresh),
            (QKeySequence.StandardKey.Find, self.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(window)
            shortcut.activated.connect(slot)
        self._update_buttons()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Read whenever the tab comes into view: other PCs evaluate and decide too.
        self.refresh()

    # ------------------------------------------------------------ reading

    def refresh(self, select_id: int | None = None) -> None:
        """Read the names, the units and the ledger again, keeping the filters and the chosen entry."""
        try:
            self._everyone = {r.id: r for r in list_staff(self.session, status="all")}
            self.filter_bar.fill_units()
        except HallDeskError as err:
            common.show_error(self, err)
            return
        self.proxy.set_staff(self._everyone)
        self.refresh_list(select_id)
        if self.pages.currentWidget() is self.eligibility:
            self.eligibility.refresh()

    def refresh_list(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self._chosen.id if self._chosen else None)
        try:
            rows = sanctions.list_entries(**self.filter_bar.query())
        except HallDeskError as err:
            common.show_error(self, err)
            return
        self.model.set_rows(rows)
        if rows:
            size_columns(self.view, self.model, grow_only=self._sized)
            self._sized = True
        self._chosen = None
        self._update_view()
        if keep is not None and self.select(keep):
            return
        if self.proxy.rowCount():
            self.select(self.proxy.row_at(0).id)  # the newest entry is chosen, ready to act on
        else:
            self._chose()

    def _update_view(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(self.tr("{shown} of {total} entries").format(shown=shown, total=total))
        if shown:
            self.empty_label.hide()
            self.view.show()
            return
        if total:
            text = self.tr("No entry here matches “{query}”.").format(query=self.proxy.query().strip())
        elif self.can_sanction:
            text = self.tr(
                "No entries match the chosen filters. Evaluate a week to have the rules propose sanctions."
            )
        else:
            text = self.tr("No entries match the chosen filters.")
        self.empty_label.setText(text)
        self.empty_label.show()
        self.view.hide()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_view()
        if self._chosen is not None and self._proxy_row(self._chosen.id) < 0:
            self._chosen = None
            self._chose()

    def _page_changed(self, index: int) -> None:
        if self.pages.widget(index) is self.eligibility:
            self.eligibility.refresh()

    # ------------------------------------------------------------ the chosen entry

    def rows_shown(self) -> list[Entry]:
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    def chosen(self) -> Entry | None:
        return self._chosen

    def _proxy_row(self, entry_id: int) -> int:
        source = self.model.row_of(entry_id)
        if source < 0:
            return -1
        index = self.proxy.mapFromSource(self.model.index(source, COL_DATE))
        return index.row() if index.isValid() else -1

    def select(self, entry_id: int) -> bool:
        """Choose entry ``entry_id`` in the list; False when the filters hide it."""
        row = self._proxy_row(entry_id)
        if row < 0:
            return False
        index = self.proxy.index(row, COL_NAME)
        self._selecting = True  # one reading of the chosen entry, below, not one per signal
        try:
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
        self.view.scrollTo(index)
        self._chose()
        return True

    def show_entry(self, entry_id: int) -> None:
        """Choose ``entry_id``, widening the filters until it shows."""
        self.pages.setCurrentWidget(self.ledger_page)
        if self.select(entry_id):
            return
        self.filter_bar.blockSignals(True)
        self.filter_bar.reset(None)
        self.filter_bar.blockSignals(False)
        self.proxy.set_query("")
        self.refresh_list(entry_id)

    def select_entry(self, entry_id: int) -> bool:
        """Only the record of ``entry_id``'s person (every year and status), with that entry chosen:
        where the Weekly summary sends a manager to issue a notice. False when there is no such entry."""
        try:
            staff_id = sanctions.entry(entry_id).staff_id
        except HallDeskError as err:
            common.show_error(self, err)
            return False
        if staff_id not in self._everyone:
            self.refresh()  # not shown yet, or someone new
        person = self._everyone.get(staff_id)
        if person is None:
            self.show_entry(entry_id)
            return self._chosen is not None and self._chosen.id == entry_id
        self.pages.setCurrentWidget(self.ledger_page)
        self.filter_bar.reset(person)
        return self.select(entry_id)

    def _chose(self) -> None:
        index = self.view.selectionModel().currentIndex()
        entry = self.proxy.row_at(index.row()) if index.isValid() else None
        self._chosen = entry
        self._notices = []
        steps: list[dict] = []
        if entry is not None:
            try:
                self._notices = notices.notices_of(entry.id)
                steps = sanctions.history(entry.id)
            except HallDeskError as err:
                common.show_error(self, err)
        self.details.set_entry(entry, steps, self._notices)
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self._chosen
        status = entry.status if entry else None
        can = self.can_sanction
        self.evaluate_button.setEnabled(can)
        self.record_button.setEnabled(can)
        self.confirm_button.setEnabled(can and status == PROPOSED)
        self.dismiss_button.setEnabled(can and status in (PROPOSED, WITHDRAWN))
        self.issue_button.setEnabled(can and status == CONFIRMED)
        self.revoke_button.setEnabled(can and status in (CONFIRMED, ISSUED))
        self.person_button.setEnabled(entry is not None)
        self.save_notice_button.setEnabled(bool(self._notices))

    def _say(self, text: str, error: bool = False) -> None:
        """Tell the user under the list and in the window's status bar."""
        self.message.setStyleSheet(f"QLabel#ledgerMessage {{ color: {ERROR_COLOUR}; }}" if error else "")
        self.message.setText(text)
        window = self.window()
        if text and isinstance(window, QMainWindow) and window.statusBar() is not None:
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def message_text(self) -> str:
        return self.message.text()

    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.ledger_page)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ------------------------------------------------------------ one person's record

    def person_record(self) -> None:
        if self._chosen is not None:
            self.show_person_record(self._chosen.staff_id)

    def show_person_record(self, staff_id: int) -> None:
        """Only ``staff_id``'s entries, every year and status."""
        person = self._everyone.get(staff_id)
        if person is None:
            return
        self.pages.setCurrentWidget(self.ledger_page)
        self.filter_bar.reset(person)

    # ------------------------------------------------------------ evidence

    def open_evidence(self, item: dict) -> None:
        """An evidence line asks for its day: the attendance day, the duty-log day, or the entry it cites."""
        kind = item.get("type")
        if kind == "sanction":
            self.show_entry(int(item["id"]))
            return
        day = dt.date.fromisoformat(item["day"])
        if kind == "session":
            self.show_attendance_day.emit(day)
        elif kind == "inspection":
            self.show_duty_day.emit(day)

    # ------------------------------------------------------------ writing

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_dialog", None))
        dialog.open()

    def _after_change(self, entry_id: int | None, said: str) -> None:
        """Read everything again, choose ``entry_id`` (widening the filters if needed), say what happened."""
        self.refresh(select_id=entry_id)
        if entry_id is not None and (self._chosen is None or self._chosen.id != entry_id):
            self.show_entry(entry_id)
        self._say(said)
        self.changed.emit()

    def _refused(self, err: HallDeskError) -> None:
        if isinstance(err, ValidationError):
            text = "\n".join(p.message for p in err.problems)
        else:
            text = str(err)
        keep = self._chosen.id if self._chosen else None
        self.refresh(select_id=keep)
        self._say(text, error=True)

    def evaluate_week(self) -> None:
        if not self.can_sanction:
            return
        dialog = EvaluateDialog(self.session, self, clock=self.clock)
        dialog.evaluated.connect(self._evaluated)
        dialog.open_entry.connect(self.show_entry)
        self._open(dialog)

    def _evaluated(self, outcomes: list) -> None:
        changed = [o for o in outcomes if o.change not in ("unchanged", "decided")]
        fresh = next((o.entry_id for o in outcomes if o.change in ("new", "reproposed")), None)
        self.refresh(select_id=fresh)
        if fresh is not None and (self._chosen is None or self._chosen.id != fresh):
            self.show_entry(fresh)
        self._say(self.tr("The week was evaluated: {n} proposal(s) changed.").format(n=len(changed)))
        if changed:
            self.changed.emit()

    def record_entry(self) -> None:
        if not self.can_sanction:
            return
        today = self.clock().date()
        staff = [r for r in self._everyone.values() if r.active_on(today)]
        dialog = RecordEntryDialog(self.session, staff, self, clock=self.clock)
        dialog.accepted.connect(
            lambda: self._after_change(
                dialog.entry_id, self.tr("Entry {id} recorded and confirmed.").format(id=dialog.entry_id)
            )
        )
        self._open(dialog)

    def confirm_chosen(self) -> None:
        entry = self._chosen
        if entry is None or not self.can_sanction or entry.status != PROPOSED:
            return
        try:
            sanctions.confirm(self.session, entry.id, entry.version)
        except HallDeskError as err:
            self._refused(err)
            return
        self._after_change(
            entry.id,
            self.tr("Entry {id} of {name} confirmed: {kind}. A notice can now be issued.").format(
                id=entry.id, name=person_text(entry), kind=kind_label(entry.kind)
            ),
        )

    def dismiss_chosen(self) -> None:
        entry = self._chosen
        if entry is None or not self.can_sanction or entry.status not in (PROPOSED, WITHDRAWN):
            return
        dialog = ReasonDialog(
            self.tr("Dismiss a proposal"),
            self.tr("Why does {kind} for {name} not stand? The reason stays on record.").format(
                kind=kind_label(entry.kind), name=person_text(entry)
            ),
            lambda reason: sanctions.dismiss(self.session, entry.id, reason, entry.version),
            self,
        )
        dialog.reason.setMaxLength(sanctions.MAX_REASON)
        dialog.accepted.connect(
            lambda: self._after_change(entry.id, self.tr("Entry {id} dismissed.").format(id=entry.id))
        )
        self._open(dialog)

    # ------------------------------------------------------------ notices

    def issue_chosen(self) -> None:
        entry = self._chosen
        if entry is not None and self.can_sanction and entry.status == CONFIRMED:
            self.notice_desk.issue(entry)

    def revoke_chosen(self) -> None:
        entry = self._chosen
        if entry is None or not self.can_sanction or entry.status not in (CONFIRMED, ISSUED):
            return
        prompt = self.tr("Why is {kind} for {name} revoked? The reason stays on record.").format(
            kind=kind_label(entry.kind), name=person_text(entry)
        )
        if entry.status == ISSUED:
            self.notice_desk.revoke_issued(entry, prompt)
            return
        dialog = ReasonDialog(
            self.tr("Revoke an entry"),
            prompt,
            lambda reason: notices.revoke(self.session, entry.id, reason),
            self,
        )
        dialog.reason.setMaxLength(sanctions.MAX_REASON)
        dialog.accepted.connect(
            lambda: self._after_change(entry.id, self.tr("Entry {id} revoked.").format(id=entry.id))
        )
        self._open(dialog)

    def save_notice(self) -> None:
        self.notice_desk.save_notice(self._notices)
