"""The Weekly summary (周一早会, rule R2): how each unit did, who broke the rules, what to do about it.

It opens on the week the Monday meeting reviews (``weekly.default_week``:
last week on a Monday, this week otherwise); the picker steps through weeks,
and "Year view" shows the same per-unit and per-person totals for a year.
On one screen: the units with the change against the week before, the chart
the printed brief draws, the people with violations and the evidence of the
chosen one, the week's proposals with their ledger status (a manager enters
them in the ledger, confirms or dismisses them, and goes to the ledger to
issue the notices), and the open items to settle before the meeting.

The figures are ``app.weekly.summarise``'s; the decisions ``app.sanctions``'.
The dialog is not modal: it works beside the main window, which connects
``show_attendance_day(date)``, ``show_duty_day(date)``,
``open_ledger_entry(int)`` and ``open_eligibility(int)`` (a year);
``changed`` follows any write. Coming back to it counts the week again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import weekly
from app.auth import Session
from app.errors import HallDeskError
from app.sanction_rules import WEEK, Period
from app.weekly import PersonWeek, Proposal, Summary
from ui import common
from ui.leave_balances import action_button
from ui.staff_dialog import ERROR_COLOUR
from ui.weekly_chart import ViolationsChart
from ui.weekly_decisions import ProposalsPane
from ui.weekly_models import (
    P_COUNTED,
    P_PERSON,
    P_UNIT,
    P_WHAT,
    QUIET_COLOUR,
    R_KIND,
    R_STATUS,
    U_CHANGE,
    UNIT_KEYS,
    PeopleModel,
    UnitsModel,
    day_of,
    period_text,
    person_evidence,
    person_title,
    unit_lines,
)
from ui.weekly_panels import (
    EvidencePane,
    OpenItemsTree,
    WeeklyDocuments,
    quiet_label,
    size_table,
    summary_table,
)
from ui.weekly_picker import PeriodPicker
from ui.worker import run_with_progress


def _pane(parent: QWidget, title: QLabel, *widgets: QWidget) -> QWidget:
    """A titled column: the title, the first widget stretching, the rest under it."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(title)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == 0 else 0)
    return box


class WeeklyDialog(QDialog):
    """The week's (or a year's) summary for the Monday meeting; see the module's description.

    ``clock``: the time now (the week it opens on, how far the picker goes,
    the "now" the summary derives sessions up to).
    """

    show_attendance_day = Signal(object)
    show_duty_day = Signal(object)
    open_ledger_entry = Signal(int)
    open_eligibility = Signal(int)
    changed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock or dt.datetime.now
        self.summary: Summary | None = None
        self._wanted: Period | None = None
        self._job = None
        self._linking = False
        self._away = False
        self._staff_id: int | None = None
        self.setWindowTitle(self.tr("Weekly summary"))
        self.setModal(False)

        self.picker = PeriodPicker(self.clock().date(), self)
        self.headline = QLabel(self)
        self.headline.setObjectName("weeklyHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # -- units and the chart
        self.units_model = UnitsModel(self)
        self.units_view = summary_table(self, self.units_model, self.tr("Units"))
        self.chart = ViolationsChart(self)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_splitter.addWidget(
            _pane(self, self._title(self.tr("&Units"), self.units_view), self.units_view)
        )
        self.top_splitter.addWidget(_pane(self, self._title(self.tr("Violations per unit")), self.chart))

        # -- the people with violations and the chosen one's evidence
        self.people_model = PeopleModel(self)
        self.people_view = summary_table(self, self.people_model, self.tr("People with violations"))
        self.people_view.horizontalHeader().setStretchLastSection(True)
        self.people_title = self._title("", self.people_view)
        self.people_empty = quiet_label(self)
        self.evidence = EvidencePane(self)
        self.people_splitter = people = QSplitter(Qt.Orientation.Vertical, self)
        people.addWidget(_pane(self, self.people_title, self.people_view, self.people_empty))
        people.addWidget(self.evidence)

        # -- the proposals and the open items (a week), or a note (a year)
        self.proposals = ProposalsPane(session, self.clock, self)
        self.open_items = OpenItemsTree(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.proposals, "")
        self.tabs.addTab(self.open_items, "")
        self.year_note = quiet_label(self)
        self.year_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.decisions = QStackedWidget(self)
        self.decisions.addWidget(self.tabs)
        self.decisions.addWidget(self.year_note)

        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom_splitter.addWidget(people)
        self.bottom_splitter.addWidget(self.decisions)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.top_splitter)
        self.splitter.addWidget(self.bottom_splitter)
        for splitter in (self.splitter, self.top_splitter, self.bottom_splitter, people):
            splitter.setChildrenCollapsible(False)
        self.top_splitter.setStretchFactor(0, 0)  # a wider window widens the chart
        self.top_splitter.setStretchFactor(1, 1)

        # -- documents, what happened, close
        self.documents = WeeklyDocuments(self)
        self.brief_button = action_button(
            self,
            self.tr("Monday &brief (PDF)…"),
            self.tr("The printed brief of the Monday meeting (周一早会通报): save it, then read or print it"),
        )
        self.export_button = action_button(
            self, self.tr("&Export .xlsx…"), self.tr("The figures as an Excel workbook")
        )
        self.message = QLabel(self)
        self.message.setObjectName("weeklyMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        footer = QHBoxLayout()
        footer.addWidget(self.brief_button)
        footer.addWidget(self.export_button)
        footer.addSpacing(8)
        footer.addWidget(self.message, 1)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.headline)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        self.setStyleSheet(
            f"QLabel#paneTitle {{ font-weight: bold; }} QLabel#quiet {{ color: {QUIET_COLOUR}; }}"
        )

        # -- wiring
        self.picker.changed.connect(self.refresh)
        self.picker.refresh_requested.connect(self.refresh)
        self.picker.eligibility_requested.connect(self.open_eligibility)
        self.people_view.selectionModel().currentRowChanged.connect(lambda *_: self._person_chosen())
        self.proposals.chosen_changed.connect(self._proposal_chosen)
        self.proposals.open_ledger_entry.connect(self.open_ledger_entry)
        self.proposals.decided.connect(self._after_change)
        self.proposals.refused.connect(self._refused)
        self.evidence.item_activated.connect(self._evidence_opened)
        self.open_items.day_activated.connect(self._open_item_opened)
        self.brief_button.clicked.connect(lambda: self.summary and self.documents.write_brief(self.summary))
        self.export_button.clicked.connect(lambda: self.summary and self.documents.export(self.summary))
        self.documents.said.connect(self._say)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self).activated.connect(self.refresh)

        self._size_to_screen()
        self.refresh()

    def _title(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("paneTitle")
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def _size_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1320, 840
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        self.splitter.setSizes([height * 2 // 5, height * 3 // 5])
        self.top_splitter.setSizes([width * 2 // 3, width // 3])
        self.bottom_splitter.setSizes([width // 2, width // 2])
        self.people_splitter.setSizes([height * 3 // 10, height * 2 // 10])
        self._units_fitted = False
        self._units_needed = 0

    def _fit_units(self, needed: int | None = None) -> None:
        """The units table as wide as its columns, the chart the rest: once shown, and again whenever
        the columns need more room (the user's own split is kept otherwise)."""
        if needed is not None:
            view = self.units_view
            self._units_needed = needed + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        if not self.isVisible() or not self._units_needed:
            return
        units, chart = self.top_splitter.sizes()
        if self._units_fitted and units >= self._units_needed:
            return
        self._units_fitted = True
        total = units + chart
        chart = max(total - self._units_needed, self.chart.minimumWidth())
        self.top_splitter.setSizes([total - chart, chart])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_units()

    # ------------------------------------------------------------ the period

    def period(self) -> Period:
        """The period chosen: a week, or a year in Year view."""
        return self.picker.period()

    def set_week(self, day: dt.date) -> None:
        self.picker.set_week(day)

    def step_week(self, weeks: int) -> None:
        self.picker.step_week(weeks)

    def set_year_view(self, on: bool, year: int | None = None) -> None:
        self.picker.set_year_view(on, year)

    # ------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Count the chosen period again (a year in the background), keeping what was chosen."""
        period = self.period()
        self._wanted = period
        now = self.clock()
        if period.window == WEEK:
            try:
                summary = weekly.summarise(period, now)
            except HallDeskError as err:
                common.show_error(self, err)
                return
            self._show(summary)
            return
        if self._job is not None:
            return  # counting a year already; its end counts the wanted one

        def work(progress) -> Summary:
            return weekly.summarise(period, now)

        self.headline.setText(self.tr("Counting {period}…").format(period=period.label))
        self._job = run_with_progress(
            self, self.tr("Counting the year {year}…").format(year=period.label), work, self._counted
        )
        self._job.done.connect(self._count_done)

    def is_counting(self) -> bool:
        return self._job is not None

    def _counted(self, summary: Summary) -> None:
        if shiboken6.isValid(self) and summary.period == self._wanted:
            self._show(summary)

    def _count_done(self, _result, error) -> None:
        if not shiboken6.isValid(self):
            return
        self._job = None
        wanted = self._wanted
        if error is not None and (self.summary is None or self.summary.period != wanted):
            self.headline.setText(self.tr("{period} could not be counted.").format(period=wanted.label))
        if error is None and wanted is not None and wanted.window != WEEK:
            if self.summary is None or self.summary.period != wanted:
                self.refresh()  # another year was chosen while counting

    def _show(self, summary: Summary) -> None:
        keep_person, keep_proposal = self._staff_id, self.chosen_proposal()
        self.summary = summary
        week = summary.period.window == WEEK
        self.setWindowTitle(self.tr("Weekly summary — {period}").format(period=period_text(summary.period)))
        self.headline.setText(self.headline_text(summary))

        self.units_model.set_rows(unit_lines(summary))
        self.units_view.setColumnHidden(U_CHANGE, not week)
        self._fit_units(size_table(self.units_view, self.units_model))
        self.chart.set_rows(weekly.chart_rows(summary))

        self.people_model.set_summary(summary)
        self.people_view.setColumnHidden(P_COUNTED, not week)
        size_table(self.people_view, self.people_model, (P_PERSON, P_UNIT, P_WHAT))
        offenders = len(summary.offenders)
        self.people_title.setText(self.tr("People with &violations ({n})").format(n=offenders))
        self.people_empty.setText(self.tr("Nobody broke a rule in this period.") if not offenders else "")
        self.people_empty.setVisible(not offenders)

        self.proposals.set_summary(summary)
        self.tabs.setTabText(0, self.tr("Pr&oposals ({n})").format(n=len(summary.proposals)))
        self.open_items.set_items(summary.open_items)
        self.tabs.setTabText(1, self.tr("Open i&tems ({n})").format(n=summary.open_items.total))
        self.year_note.setText(
            self.tr(
                "The totals of the year {year}. Proposals and open items belong to a week: turn off "
                "Year view to see them. Who keeps the year-end award eligibility is on the list that "
                "“Year-end eligibility…” opens in the Sanctions ledger."
            ).format(year=summary.period.label)
        )
        self.decisions.setCurrentWidget(self.tabs if week else self.year_note)

        # Choose again what was chosen, else the first proposal's person, else the first offender.
        self._staff_id = None
        if keep_proposal is not None and self.proposals.select_like(keep_proposal):
            pass
        elif keep_person is not None and self.select_person(keep_person):
            pass
        elif summary.proposals:
            self.proposals.select(0)
        elif offenders:
            self._select_row(self.people_view, 0)
        if self._staff_id is None:
            self._set_person(None)

    def headline_text(self, summary: Summary) -> str:
        when = f"<b>{period_text(summary.period)}</b>"
        if not summary.units:
            return self.tr("{period}: nobody had sessions in this period.").format(period=when)
        # The week is written beside the picker; a year is not.
        violations = sum(u.violations for u in summary.units)
        parts = [
            self.tr("{n} workday(s)").format(n=len(summary.workdays)),
            self.tr("{n} staff").format(n=sum(u.staff for u in summary.units)),
        ]
        if summary.period.window != WEEK:
            parts.append(self.tr("{n} violation(s)").format(n=violations))
            return f"{when}: " + " · ".join(parts)
        before = sum(u.violations for u in summary.previous)
        parts.append(
            self.tr("{n} violation(s), {before} the week before").format(n=violations, before=before)
        )
        waiting = sum(1 for p in summary.proposals if p.status is None)
        parts.append(
            self.tr("{n} proposal(s), {waiting} not in the ledger yet").format(
                n=len(summary.proposals), waiting=waiting
            )
        )
        parts.append(self.tr("{n} open item(s)").format(n=summary.open_items.total))
        return " · ".join(parts)

    # ------------------------------------------------------------ what the tests and the window read

    def unit_rows(self) -> list[dict]:
        """The units as the table shows them, without the totals line: numbers as ints, the change as
        text (week view only)."""
        out = []
        for r in range(self.units_model.rowCount()):
            if self.units_model.row_at(r).total:
                continue
            row: dict = {}
            for c, key in enumerate(UNIT_KEYS):
                if not self.units_view.isColumnHidden(c):
                    text = self.units_model.index(r, c).data()
                    row[key] = int(text) if text.isdigit() else text
            out.append(row)
        return out

    def total_row(self) -> dict | None:
        lines = [self.units_model.row_at(r) for r in range(self.units_model.rowCount())]
        total = next((line for line in lines if line.total), None)
        return {key: total.value(key) for key in UNIT_KEYS} if total else None

    def people_rows(self) -> list[tuple[str, str, int]]:
        """(staff number, name, violations) of the people listed, in order."""
        return [(p.staff_no, p.name, p.violations) for p in self.people_model.rows()]

    def proposal_rows(self) -> list[tuple[str, str, str]]:
        """(name, kind, ledger status) as the proposals table shows them."""
        model = self.proposals.model
        return [
            (p.name, model.index(r, R_KIND).data(), model.index(r, R_STATUS).data())
            for r, p in enumerate(model.rows())
        ]

    def open_item_counts(self) -> list[int]:
        """Unclosed duty days, open missing punches, pending leave slips, pending corrections."""
        return self.open_items.counts()

    def evidence_lines(self) -> list[str]:
        return self.evidence.lines()

    def chosen_person(self) -> int | None:
        return self._staff_id

    def chosen_proposal(self) -> Proposal | None:
        return self.proposals.chosen()

    def message_text(self) -> str:
        return self.message.text()

    # ------------------------------------------------------------ choosing

    def _select_row(self, view: QTableView, row: int) -> None:
        index = view.model().index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        view.scrollTo(index)

    def select_person(self, staff_id: int) -> bool:
        """Choose ``staff_id`` among the people with violations; False when they are not listed."""
        row = self.people_model.row_of(staff_id)
        if row >= 0:
            self._select_row(self.people_view, row)
        return row >= 0

    def _person_chosen(self) -> None:
        index = self.people_view.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.people_model.rowCount():
            return
        person: PersonWeek = self.people_model.row_at(index.row())
        if not self._linking:
            self._linking = True
            try:
                self.proposals.select_person(person.staff_id)  # the one the decision buttons act on
            finally:
                self._linking = False
        self._set_person(person.staff_id, person)

    def _proposal_chosen(self) -> None:
        proposal = self.chosen_proposal()
        if proposal is None or self._linking:
            return
        self._linking = True
        try:
            if not self.select_person(proposal.staff_id):
                self.people_view.selectionModel().clearCurrentIndex()
                self.people_view.clearSelection()
        finally:
            self._linking = False
        if self._staff_id != proposal.staff_id:
            self._set_person(proposal.staff_id, proposal)

    def _set_person(self, staff_id: int | None, who: PersonWeek | Proposal | None = None) -> None:
        self._staff_id = staff_id
        if staff_id is None or who is None or self.summary is None:
            self.evidence.set_lines(None, [])
            return
        try:
            lines = person_evidence(self.summary, staff_id, self.clock().date())
        except HallDeskError as err:
            common.show_error(self, err)
            lines = []
        self.evidence.set_lines(person_title(who), lines)

    # ------------------------------------------------------------ opening a day or an entry

    def _evidence_opened(self, item: dict) -> None:
        if item.get("type") == "sanction":
            self.open_ledger_entry.emit(int(item["id"]))
            return
        day = day_of(item)
        if day is not None:
            (self.show_duty_day if item.get("type") == "inspection" else self.show_attendance_day).emit(day)

    def _open_item_opened(self, kind: str, day: dt.date) -> None:
        (self.show_duty_day if kind == "duty" else self.show_attendance_day).emit(day)

    # ------------------------------------------------------------ after a decision

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"QLabel#weeklyMessage {{ color: {ERROR_COLOUR}; }}" if error else "")
        self.message.setText(text)

    def _after_change(self, said: str) -> None:
        self.refresh()
        self._say(said)
        self.changed.emit()

    def _refused(self, text: str) -> None:
        self.refresh()
        self._say(text, error=True)

    # ------------------------------------------------------------ coming back to it

    def changeEvent(self, event: QEvent) -> None:
        """Count the week again when the user comes back: the ledger or attendance may have changed."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.ActivationChange:
            return
        if not self.isActiveWindow():
            self._away = True
        elif self._away:
            self._away = False
            busy = self._job is not None or self.documents.busy or self.proposals.asking is not None
            if not busy and self.summary is not None and self.summary.period.window == WEEK:
                self.refresh()
