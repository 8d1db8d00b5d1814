"""The Sanctions Ledger tab's dialogs: evaluating a week, entering an entry directly, choosing a notice.

``EvaluateDialog`` runs ``sanctions.evaluate`` for the chosen ISO week in the
background and lists what changed (new, updated, withdrawn). ``RecordEntryDialog``
is a manager's commendation, award or penalty, confirmed at once. The rules
are ``app.sanctions``'; these only ask and show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import sanctions
from app.auth import Session
from app.notices import NoticeRow
from app.roster import StaffRow
from app.sanction_rules import KINDS, WEEK, Period, kind_label, period_of
from app.sanctions import Outcome
from ui.leave_balances import size_columns, table_view
from ui.sanctions_model import OutcomesModel
from ui.staff_dialog import FormDialog, date_edit, get_date, set_date
from ui.staff_picker import StaffPicker
from ui.worker import run_with_progress

COUNTED_CHANGES = ("new", "updated", "withdrawn", "reproposed")


def default_week_day(today: dt.date) -> dt.date:
    """A day of the week to evaluate first: last week on a Monday (the morning meeting's), else this week."""
    return today - dt.timedelta(days=7) if today.weekday() == 0 else today


def week_text(period: Period) -> str:
    return QCoreApplication.translate("EvaluateDialog", "{week}: Monday {start} to Sunday {end}").format(
        week=period.label, start=period.start.isoformat(), end=period.end.isoformat()
    )


def outcome_summary(period: Period, outcomes: Iterable[Outcome]) -> str:
    """ "Week 2025-W49: 2 new, 1 updated, 0 withdrawn …" — what an evaluation changed."""
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.change] = counts.get(o.change, 0) + 1
    if not counts:
        return QCoreApplication.translate(
            "EvaluateDialog", "Week {week}: nobody reached a rule's threshold; nothing is proposed."
        ).format(week=period.label)
    text = QCoreApplication.translate(
        "EvaluateDialog", "Week {week}: {new} new, {updated} updated, {withdrawn} withdrawn"
    ).format(
        week=period.label,
        new=counts.get("new", 0) + counts.get("reproposed", 0),
        updated=counts.get("updated", 0),
        withdrawn=counts.get("withdrawn", 0),
    )
    rest = counts.get("unchanged", 0) + counts.get("decided", 0)
    if rest:
        text += QCoreApplication.translate(
            "EvaluateDialog", "; {unchanged} unchanged, {decided} already decided"
        ).format(unchanged=counts.get("unchanged", 0), decided=counts.get("decided", 0))
    return text + QCoreApplication.translate("EvaluateDialog", ".", "the full stop ending the sentence")


class EvaluateDialog(QDialog):
    """Choose an ISO week, apply the rules to it, and see what the ledger's proposals became.

    Signals: ``evaluated(list[Outcome])`` after a run; ``open_entry(int)`` when a
    line is double-clicked (the dialog then closes).
    """

    evaluated = Signal(object)
    open_entry = Signal(int)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.outcomes: list[Outcome] | None = None
        self._job = None
        self.setWindowTitle(self.tr("Evaluate a week"))

        intro = QLabel(
            self.tr(
                "The rules count each person's lapses in the chosen ISO week and propose the sanctions "
                "for a manager to confirm or dismiss. Evaluating a week again only brings its open "
                "proposals up to date; decided entries stay as they are."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.day_edit = date_edit(self, default_week_day(clock().date()))
        self.day_edit.setToolTip(self.tr("Any day of the week; the calendar shows ISO week numbers"))
        day_label = QLabel(self.tr("&Week of:"), self)
        day_label.setBuddy(self.day_edit)
        self.previous_button = QPushButton(self.tr("◀ &Previous week"), self)
        self.next_button = QPushButton(self.tr("Ne&xt week ▶"), self)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.evaluate_button = QPushButton(self.tr("&Evaluate"), self)
        self.evaluate_button.setDefault(True)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        picker = QHBoxLayout()
        picker.addWidget(day_label)
        picker.addWidget(self.day_edit)
        picker.addWidget(self.previous_button)
        picker.addWidget(self.next_button)
        picker.addSpacing(8)
        picker.addWidget(self.week_label, 1)
        picker.addWidget(self.evaluate_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("evaluationSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = OutcomesModel(self)
        self.view = table_view(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("What the evaluation did"))
        self.view.setToolTip(self.tr("Double-click a line to show the entry in the ledger"))
        self.view.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(picker)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 820), self.sizeHint().height())

        self.day_edit.dateChanged.connect(lambda _d: self._week_changed())
        self.previous_button.clicked.connect(lambda: self._step(-7))
        self.next_button.clicked.connect(lambda: self._step(7))
        self.evaluate_button.clicked.connect(self.evaluate)
        self.view.doubleClicked.connect(self._opened)
        self._week_changed()
        self.day_edit.setFocus()

    def period(self) -> Period:
        return period_of(WEEK, get_date(self.day_edit))

    def set_week(self, day: dt.date) -> None:
        set_date(self.day_edit, day)

    def _step(self, days: int) -> None:
        set_date(self.day_edit, get_date(self.day_edit) + dt.timedelta(days=days))

    def _week_changed(self) -> None:
        period = self.period()
        self.week_label.setText(week_text(period))
        self.next_button.setEnabled(period.end < self.clock().date() + dt.timedelta(days=7))

    def evaluate(self) -> None:
        if self._job is not None:
            return
        period = self.period()
        now = self.clock()
        self.evaluate_button.setEnabled(False)
        self.summary.setText(self.tr("Evaluating {week}…").format(week=period.label))

        def work(progress) -> list[Outcome]:
            return sanctions.evaluate(self.session, period, now=now)

        self._job = run_with_progress(
            self, self.tr("Evaluating week {week}…").format(week=period.label), work, self._done
        )
        self._job.done.connect(self._finished)

    def _finished(self, _result, error) -> None:
        self._job = None
        self.evaluate_button.setEnabled(True)
        if error is not None:
            self.summary.setText(self.tr("The week was not evaluated."))

    def _done(self, outcomes: list[Outcome]) -> None:
        period = self.period()
        self.outcomes = list(outcomes)
        self.model.set_rows(self.outcomes)
        self.summary.setText(outcome_summary(period, self.outcomes))
        self.view.setVisible(bool(self.outcomes))
        if self.outcomes:
            size_columns(self.view, self.model)
            self.resize(self.width(), max(self.height(), 460))
        self.evaluated.emit(self.outcomes)

    def _opened(self, index) -> None:
        outcome = self.model.row_at(index.row()) if index.isValid() else None
        if outcome is not None:
            self.open_entry.emit(outcome.entry_id)
            self.accept()


class RecordEntryDialog(FormDialog):
    """A manager enters a commendation, an award or a penalty directly; it is confirmed at once."""

    def __init__(
        self,
        session: Session,
        staff: Iterable[StaffRow],
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        person: StaffRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Record a ledger entry"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "A commendation, an award or a penalty decided outside the weekly rules. "
                "It is confirmed at once; a notice can then be issued for it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.person = StaffPicker(self)
        self.person.set_rows(staff)
        if person is not None:
            self.person.set_chosen(person)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.day = date_edit(self, clock().date())
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("What happened and why, as the notice should say it (e.g. 拾金不昧, 群众来信表扬)")
        )
        self.reason.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.add_field("staff", self.tr("&Staff member:"), self.person)
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.add_field("day", self.tr("&Date:"), self.day)
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.person.picked.connect(lambda _r: self.clear_field("staff"))
        self.kind.currentIndexChanged.connect(lambda _i: self.clear_field("kind"))
        self.day.dateChanged.connect(lambda _d: self.clear_field("day"))
        self.reason.textChanged.connect(lambda: self.clear_field("reason"))
        (self.kind if person is not None else self.person).setFocus()

    def save(self) -> None:
        self.person.settle()
        entry = sanctions.record_entry(
            self.session,
            self.person.chosen_id() or 0,
            self.kind.currentData(),
            get_date(self.day),
            self.reason.toPlainText(),
            today=self.clock().date(),
        )
        self.entry_id = entry.id


# -- A small module-level function around a modal Qt dialog (tests replace it).


def choose_notice(parent: QWidget | None, rows: list[NoticeRow]) -> NoticeRow | None:
    """Which of an entry's notices to save (the decision, or the notice that revoked it)."""
    if len(rows) == 1:
        return rows[0]
    labels = [
        QCoreApplication.translate("SanctionsTab", "{no} — {title}").format(no=r.notice_no, title=r.title)
        for r in rows
    ]
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("SanctionsTab", "Save notice PDF"),
        QCoreApplication.translate("SanctionsTab", "&Notice:"),
        labels,
        len(labels) - 1,
        False,
    )
    return rows[labels.index(choice)] if ok and choice in labels else None
