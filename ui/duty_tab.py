"""The Duty Log tab (值班日志): today's log as the working page, and the rota calendar.

The log page shows the chosen day (today by default; past days browsable,
future days refused): the rota line, the attendance summary, the day's
inspections with the quick entry bar, the closing checklist — one line per
window (Space ticks the power off, Tab goes to the note) and the hall's
hygiene, safety and doors — handover notes and remarks. The duty officer
saves and signs; a leader signs after them and the day closes (read-only
from then on); a leader reopens it with a reason that stays on record.
"Print register…" builds the daily duty register in the background and
previews it. Every rule is in ``app.duty_log``; the tab shows what it answers.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import attendance, duty_log, i18n, inspections
from app.auth import Permission, Session
from app.duty_log import OFF_POST, LogView
from app.errors import HallDeskError, ValidationError
from ui import common, pdf_preview
from ui.duty_inspection import InspectionBar, PhotoDialog, ReasonDialog
from ui.duty_models import (
    C_NOTE,
    C_POWER,
    I_TIME,
    ChecklistModel,
    InspectionsModel,
    InspectionsProxy,
    officers_text,
    weekday_text,
)
from ui.duty_rota_page import RotaPage
from ui.leave_balances import action_button, size_columns, table_view
from ui.staff_dialog import date_edit, get_date, set_date
from ui.worker import run_with_progress

NOT_CHECKED, FINE, PROBLEM = 0, 1, 2
BANNER_STYLE = {
    "closed": "QLabel#dutyBanner { background: #e8f5e9; border: 1px solid #2e7d32; padding: 6px; }",
    "open": "QLabel#dutyBanner { background: #fff8e1; border: 1px solid #f9a825; padding: 6px; }",
    "none": "QLabel#dutyBanner { border: 1px solid palette(mid); padding: 6px; }",
}


def local_time(utc: dt.datetime | None) -> str:
    """A stored UTC time as the hall's local "YYYY-MM-DD HH:MM"."""
    if utc is None:
        return ""
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class HallCheck(QWidget):
    """One hall check: not checked / fine / problem, and a note (needed for a problem)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QComboBox(self)
        self.state.addItem(self.tr("not checked"), None)
        self.state.addItem(self.tr("fine"), True)
        self.state.addItem(self.tr("problem"), False)
        self.note = QLineEdit(self)
        self.note.setMaxLength(duty_log.MAX_NOTE)
        self.note.setPlaceholderText(self.tr("Note (needed for a problem)"))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.state)
        line.addWidget(self.note, 1)
        self.setFocusProxy(self.state)

    def value(self) -> tuple[bool | None, str]:
        return self.state.currentData(), self.note.text().strip()

    def set_value(self, ok: bool | None, note: str) -> None:
        self.state.setCurrentIndex(NOT_CHECKED if ok is None else FINE if ok else PROBLEM)
        self.note.setText(note or "")

    def set_read_only(self, read_only: bool) -> None:
        self.state.setEnabled(not read_only)
        self.note.setReadOnly(read_only)


class LogPage(QWidget):
    """The chosen day's log. Signal ``changed`` after anything was written."""

    changed = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, clock: Callable[[], dt.datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock or dt.datetime.now
        self.can_record = session.can(Permission.RECORD)
        self.can_approve = session.can(Permission.APPROVE)
        self.day = self.clock().date()
        self.log: LogView | None = None
        self._job = None
        self._dialog: QWidget | None = None
        self.preview = None

        # -- the day, the rota, the state
        self.date_edit = date_edit(self, self.day)
        self.date_edit.setMaximumDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.setToolTip(self.tr("The day shown (PgUp / PgDn: a day back or on); no future day"))
        self.date_edit.installEventFilter(self)
        date_label = QLabel(self.tr("&Day:"), self)
        date_label.setBuddy(self.date_edit)
        self.today_button = action_button(self, self.tr("&Today"), self.tr("Show today's log"))
        self.rota_label = QLabel(self)
        self.rota_label.setObjectName("rotaLine")
        self.rota_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel(self)
        self.banner.setObjectName("dutyBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = action_button(
            self, self.tr("&Open the day's log"), self.tr("Start the log of this day")
        )

        top = QHBoxLayout()
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.rota_label, 1)

        # -- attendance summary
        self.summary = QLabel(self)
        self.summary.setObjectName("attendanceSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_box = QGroupBox(self.tr("Attendance"), self)
        QVBoxLayout(summary_box).addWidget(self.summary)

        # -- inspections
        self.bar = InspectionBar(session, self, clock=self.clock)
        self.bar.setVisible(self.can_record)
        self.inspections_model = InspectionsModel(self)
        self.inspections_proxy = InspectionsProxy(self)
        self.inspections_proxy.setSourceModel(self.inspections_model)
        self.inspections_view = table_view(self)
        self.inspections_view.setModel(self.inspections_proxy)
        self.inspections_view.setAccessibleName(self.tr("The day's inspections"))
        self.inspections_view.sortByColumn(I_TIME, Qt.SortOrder.AscendingOrder)
        self.void_button = action_button(
            self, self.tr("&Void…"), self.tr("Void the chosen finding, with the reason")
        )
        self.void_button.setVisible(self.can_record)
        self.photo_button = action_button(
            self,
            self.tr("View photo…"),
            self.tr("Show the photo kept with the chosen finding (double-click)"),
        )
        self.inspections_count = QLabel(self)
        inspections_box = QGroupBox(self.tr("Inspections"), self)
        ibox = QVBoxLayout(inspections_box)
        ibox.addWidget(self.bar)
        ibox.addWidget(self.inspections_view, 1)
        irow = QHBoxLayout()
        irow.addWidget(self.inspections_count, 1)
        irow.addWidget(self.photo_button)
        irow.addWidget(self.void_button)
        ibox.addLayout(irow)

        # -- the closing checklist
        self.checklist = ChecklistModel(self)
        self.checklist_view = table_view(self)
        self.checklist_view.setSortingEnabled(False)
        self.checklist_view.setModel(self.checklist)
        self.checklist_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.checklist_view.setTabKeyNavigation(True)
        self.checklist_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.checklist_view.horizontalHeader().setStretchLastSection(False)
        self.checklist_view.horizontalHeader().setSectionResizeMode(C_NOTE, QHeaderView.ResizeMode.Stretch)
        self.checklist_view.setAccessibleName(self.tr("Closing checklist: every window's power"))
        self.checklist_view.setToolTip(
            self.tr("Space ticks the power off; Tab goes to the note; type to write it")
        )
        self.hygiene = HallCheck(self)
        self.safety = HallCheck(self)
        self.doors = HallCheck(self)
        checks_box = QGroupBox(self.tr("Closing checklist"), self)
        cbox = QVBoxLayout(checks_box)
        cbox.addWidget(self.checklist_view, 1)
        hall = QGridLayout()
        for row, (text, widget) in enumerate(
            (
                (self.tr("H&ygiene:"), self.hygiene),
                (self.tr("Sa&fety (extinguishers, emergency lights, exits):"), self.safety),
                (self.tr("Doors and w&indows:"), self.doors),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget.state)
            hall.addWidget(label, row, 0)
            hall.addWidget(widget, row, 1)
        hall.setColumnStretch(1, 1)
        cbox.addLayout(hall)

        # -- handover and remarks
        self.handover = QPlainTextEdit(self)
        self.handover.setTabChangesFocus(True)
        self.handover.setPlaceholderText(self.tr("What the next duty needs to know"))
        self.remarks = QPlainTextEdit(self)
        self.remarks.setTabChangesFocus(True)
        self.remarks.setPlaceholderText(self.tr("The day's hall attendance and anything else on record"))
        for edit in (self.handover, self.remarks):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        notes = QGridLayout()
        handover_label = QLabel(self.tr("H&andover:"), self)
        handover_label.setBuddy(self.handover)
        remarks_label = QLabel(self.tr("Re&marks:"), self)
        remarks_label.setBuddy(self.remarks)
        notes.addWidget(handover_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        notes.addWidget(self.handover, 0, 1)
        notes.addWidget(remarks_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        notes.addWidget(self.remarks, 1, 1)
        cbox.addLayout(notes)

        # -- actions
        self.save_button = action_button(
            self, self.tr("&Save"), self.tr("Save the checklist and notes (Ctrl+S)")
        )
        self.sign_officer_button = action_button(
            self,
            self.tr("Sign as duty offi&cer"),
            self.tr("Your sign-off: every window checked, every check answered"),
        )
        self.sign_leader_button = action_button(
            self, self.tr("Sign as duty &leader"), self.tr("The duty leader's sign-off closes the day")
        )
        self.reopen_button = action_button(
            self,
            self.tr("Reo&pen…"),
            self.tr("Open a signed day again for changes; the reason stays on record"),
        )
        self.print_button = action_button(
            self,
            self.tr("Print regist&er…"),
            self.tr("The daily duty register (领导值班登记簿) as a PDF (Ctrl+P)"),
        )
        for widget in (self.save_button, self.sign_officer_button, self.open_button):
            widget.setVisible(self.can_record)
        for widget in (self.sign_leader_button, self.reopen_button):
            widget.setVisible(self.can_approve)
        self.message = QLabel(self)
        self.message.setObjectName("dutyMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.sign_officer_button)
        actions.addWidget(self.sign_leader_button)
        actions.addWidget(self.reopen_button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(summary_box)
        left_layout.addWidget(inspections_box, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(checks_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 560])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

        # -- wiring
        self.date_edit.dateChanged.connect(lambda _d: self.show_day(get_date(self.date_edit)))
        self.today_button.clicked.connect(lambda: self.show_day(self.clock().date()))
        self.open_button.clicked.connect(self.open_log)
        self.save_button.clicked.connect(self.save)
        self.sign_officer_button.clicked.connect(self.sign_officer)
        self.sign_leader_button.clicked.connect(self.sign_leader)
        self.reopen_button.clicked.connect(self.reopen)
        self.print_button.clicked.connect(self.print_register)
        self.void_button.clicked.connect(self.void_chosen)
        self.photo_button.clicked.connect(self.view_photo)
        self.inspections_view.doubleClicked.connect(self.view_photo)
        self.bar.recorded.connect(self._recorded)
        self.inspections_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        window = Qt.ShortcutContext.WindowShortcut
        save = QShortcut(QKeySequence.StandardKey.Save, self, context=window)
        save.activated.connect(self.save)
        print_ = QShortcut(QKeySequence.StandardKey.Print, self, context=window)
        print_.activated.connect(self.print_register)

        self.show_day(self.day)

    # ------------------------------------------------------------ showing

    def show_day(self, day: dt.date) -> None:
        today = self.clock().date()
        if day > today:
            self._say(
                self.tr("{day} is still to come: choose today or a past day.").format(day=day), error=True
            )
            day = today
        self.day = day
        if get_date(self.date_edit) != day:
            self.date_edit.blockSignals(True)
            set_date(self.date_edit, day)
            self.date_edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.log = duty_log.get_log(self.day)
            rows = inspections.list_inspections(day=self.day, include_voided=True)
        except HallDeskError as err:
            self._say(str(err), error=True)
            return
        self._show_rota()
        self.inspections_model.english = i18n.language() != "zh_CN"
        self.inspections_model.set_rows(rows)
        size_columns(self.inspections_view, self.inspections_model)
        voided = sum(1 for r in rows if r.voided)
        self.inspections_count.setText(
            self.tr("{n} finding(s), {v} voided").format(n=len(rows) - voided, v=voided)
            if voided
            else self.tr("{n} finding(s)").format(n=len(rows))
        )
        self._show_log()

    def _show_rota(self) -> None:
        from app import duty_rota

        rota = self.log.rota if self.log is not None else duty_rota.rota_day(self.day)
        head = self.tr("{day}, {weekday}").format(day=self.day.isoformat(), weekday=weekday_text(self.day))
        if rota is None:
            text = self.tr("{head}: not a workday").format(head=head)
        elif not rota.assigned:
            text = self.tr("{head}: no duty assigned in the rota").format(head=head)
        else:
            text = self.tr(
                "{head} · Unit on duty: {unit} · Duty leader: {leader} · Duty officers: {officers}"
            ).format(
                head=head,
                unit=rota.unit or "—",
                leader=rota.leader or "—",
                officers=officers_text(rota) or "—",
            )
        self.rota_label.setText(text)

    def _summary_html(self) -> str:
        summary = self.log.summary if self.log is not None else duty_log.attendance_summary(self.day)
        labels = (
            (attendance.LATE, self.tr("Late")),
            (attendance.EARLY, self.tr("Early leave")),
            (attendance.ABSENT, self.tr("Absent")),
            (attendance.MISSING, self.tr("Missing punch")),
            (OFF_POST, self.tr("Off post")),
        )
        lines = [
            self.tr("{people} people, {sessions} sessions; on time: {on_time}").format(
                people=summary.people,
                sessions=summary.sessions,
                on_time=summary.counts.get(attendance.ON_TIME, 0),
            )
        ]
        for status, label in labels:
            count = summary.counts.get(status, 0)
            names = "、".join(summary.names.get(status, []))
            lines.append(
                f"<b>{html.escape(label)}: {count}</b>" + (f" — {html.escape(names)}" if names else "")
            )
        on_leave = self.tr("On leave")
        if summary.leave:
            away = [
                self.tr("{name} ({kind}, covered by {substitute})").format(name=n, kind=k, substitute=s)
                if s
                else self.tr("{name} ({kind}, no substitute)").format(name=n, kind=k)
                for n, k, s in summary.leave
            ]
            lines.append(
                f"<b>{html.escape(on_leave)}: {len(summary.leave)}</b> — " + html.escape("、".join(away))
            )
        else:
            lines.append(f"<b>{html.escape(on_leave)}: 0</b>")
        return "<br>".join(lines)

    def _show_log(self) -> None:
        log = self.log
        self.summary.setText(self._summary_html())
        if log is None:
            self.checklist.read_only = True
            self.checklist.set_rows([])
            for check in (self.hygiene, self.safety, self.doors):
                check.set_value(None, "")
            self.handover.setPlainText("")
            self.remarks.setPlainText("")
            self.banner.setText(
                self.tr("The log of {day} has not been opened.").format(day=self.day.isoformat())
                + (" " + self.tr("Open it to start the closing checklist.") if self.can_record else "")
            )
            self.banner.setStyleSheet(BANNER_STYLE["none"])
        else:
            self.checklist.read_only = log.closed or not self.can_record
            self.checklist.set_rows(log.checks)
            size_columns(self.checklist_view, self.checklist)
            self.hygiene.set_value(log.hygiene_ok, log.hygiene_note)
            self.safety.set_value(log.safety_ok, log.safety_note)
            self.doors.set_value(log.doors_ok, log.doors_note)
            self.handover.setPlainText(log.handover)
            self.remarks.setPlainText(log.remarks)
            self.banner.setText(self._banner_text(log))
            self.banner.setStyleSheet(BANNER_STYLE["closed" if log.closed else "open"])
        editable = log is not None and not log.closed and self.can_record
        for check in (self.hygiene, self.safety, self.doors):
            check.set_read_only(not editable)
        self.handover.setReadOnly(not editable)
        self.remarks.setReadOnly(not editable)
        self.bar.set_day(self.day, editable=self.can_record and not (log is not None and log.closed))
        self._update_buttons()

    def _banner_text(self, log: LogView) -> str:
        parts = []
        if log.closed:
            parts.append(
                self.tr(
                    "CLOSED — read-only. Signed by duty officer {officer} at {officer_at} "
                    "and duty leader {leader} at {leader_at}."
                ).format(
                    officer=log.officer_signed_name or log.officer_signed_by,
                    officer_at=local_time(log.officer_signed_at),
                    leader=log.leader_signed_name or log.leader_signed_by,
                    leader_at=local_time(log.leader_signed_at),
                )
            )
        elif log.officer_signed_at is not None:
            parts.append(
                self.tr(
                    "OPEN — signed by duty officer {officer} at {at}; awaiting the duty leader's sign-off."
                ).format(
                    officer=log.officer_signed_name or log.officer_signed_by,
                    at=local_time(log.officer_signed_at),
                )
            )
        else:
            parts.append(self.tr("OPEN — opened by {user}; not signed yet.").format(user=log.opened_by))
        for reason, by, at in log.reopenings:
            parts.append(
                self.tr("Reopened by {user} at {at}: {reason}").format(
                    user=by, at=local_time(at), reason=reason
                )
            )
        return "\n".join(parts)

    def _update_buttons(self) -> None:
        log = self.log
        is_open = log is not None and not log.closed
        self.open_button.setVisible(self.can_record and log is None)
        self.open_button.setEnabled(self.can_record and log is None)
        self.save_button.setEnabled(self.can_record and is_open)
        self.sign_officer_button.setEnabled(self.can_record and is_open and log.officer_signed_at is None)
        self.sign_leader_button.setEnabled(self.can_approve and is_open and log.officer_signed_at is not None)
        self.reopen_button.setEnabled(
            self.can_approve and log is not None and (log.closed or log.officer_signed_at is not None)
        )
        self.print_button.setEnabled(True)
        chosen = self.chosen_inspection()
        self.void_button.setEnabled(
            self.can_record
            and chosen is not None
            and not chosen.voided
            and not (log is not None and log.closed)
        )
        self.photo_button.setEnabled(chosen is not None and chosen.has_photo)

    def chosen_inspection(self):
        index = self.inspections_view.currentIndex()
        return self.inspections_proxy.row_at(index.row()) if index.isValid() else None

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("QLabel#dutyMessage { color: #c62828; }" if error else "")

    def _refused(self, err: HallDeskError) -> None:
        if isinstance(err, ValidationError):
            self._say("\n".join(p.message for p in err.problems), error=True)
        else:
            self._say(str(err), error=True)

    # ------------------------------------------------------------ writing

    def open_log(self) -> None:
        try:
            duty_log.open_log(self.session, self.day, today=self.clock().date())
        except HallDeskError as err:
            self._refused(err)
            return
        self.refresh()
        self._say(self.tr("The log of {day} is open.").format(day=self.day.isoformat()))
        self.checklist_view.setFocus()
        self.checklist_view.setCurrentIndex(self.checklist.index(0, C_POWER))
        self.changed.emit()

    def _commit_editor(self) -> None:
        """A note still being typed in the checklist counts."""
        view = self.checklist_view
        editor = view.indexWidget(view.currentIndex()) or view.focusWidget()
        if editor is not None and editor is not view and view.isAncestorOf(editor):
            view.commitData(editor)
            view.closeEditor(editor, QAbstractItemView.EndEditHint.NoHint)

    def unsaved_edits(self) -> bool:
        """Whether the page holds typing not saved yet, which reading the day again would lose."""
        if self.bar.has_input():
            return True
        log = self.log
        if log is None or log.closed or not self.can_record:
            return False
        return (
            self.checklist.dirty
            or self.handover.toPlainText() != (log.handover or "")
            or self.remarks.toPlainText() != (log.remarks or "")
            or self.hygiene.value() != (log.hygiene_ok, (log.hygiene_note or "").strip())
            or self.safety.value() != (log.safety_ok, (log.safety_note or "").strip())
            or self.doors.value() != (log.doors_ok, (log.doors_note or "").strip())
        )

    def save(self, quiet: bool = False) -> bool:
        log = self.log
        if log is None or log.closed or not self.can_record:
            return False
        self._commit_editor()
        try:
            self.log = duty_log.save(
                self.session,
                self.day,
                checks=self.checklist.entries(),
                hygiene=self.hygiene.value(),
                safety=self.safety.value(),
                doors=self.doors.value(),
                handover=self.handover.toPlainText(),
                remarks=self.remarks.toPlainText(),
                version=log.version,
            )
        except HallDeskError as err:
            self._refused(err)
            return False
        self.refresh()
        if not quiet:
            self._say(self.tr("The log of {day} was saved.").format(day=self.day.isoformat()))
        self.changed.emit()
        return True

    def sign_officer(self) -> None:
        if self.log is None or not self.save(quiet=True):
            return
        try:
            duty_log.sign_officer(self.session, self.day, self.log.version)
        except HallDeskError as err:
            self._refused(err)
            return
        self.refresh()
        self._say(
            self.tr("You signed the log of {day} as the duty officer.").format(day=self.day.isoformat())
        )
        self.changed.emit()

    def sign_leader(self) -> None:
        if self.log is None:
            return
        try:
            duty_log.sign_leader(self.session, self.day, self.log.version)
        except HallDeskError as err:
            self._refused(err)
            return
        self.refresh()
        self._say(
            self.tr("You signed the log of {day} as the duty leader: the day is closed.").format(
                day=self.day.isoformat()
            )
        )
        self.changed.emit()

    def reopen(self) -> None:
        log = self.log
        if log is None or not self.can_approve:
            return
        day = self.day
        dialog = ReasonDialog(
            self.tr("Reopen {day}").format(day=day.isoformat()),
            self.tr(
                "Why is the log of {day} reopened? The reason stays on record and both sign-offs are cleared."
            ).format(day=day.isoformat()),
            lambda reason: duty_log.reopen(self.session, day, reason, log.version),
            self,
        )
        dialog.accepted.connect(lambda: self._reopened(day))
        self._open(dialog)

    def _reopened(self, day: dt.date) -> None:
        self.refresh()
        self._say(self.tr("The log of {day} is open again.").format(day=day.isoformat()))
        self.changed.emit()

    def _recorded(self, said: str) -> None:
        self.refresh()
        self._say(said)
        self.changed.emit()

    def void_chosen(self) -> None:
        row = self.chosen_inspection()
        if row is None or row.voided or not self.can_record:
            return
        who = row.name or row.window or ""
        dialog = ReasonDialog(
            self.tr("Void a finding"),
            self.tr("Why is “{category}” at {time} ({who}) voided?").format(
                category=row.category, time=row.at.strftime("%H:%M"), who=who
            ),
            lambda reason: inspections.void(self.session, row.id, reason, row.version),
            self,
        )
        dialog.accepted.connect(lambda: self._voided(row))
        self._open(dialog)

    def view_photo(self, index: QModelIndex | None = None) -> PhotoDialog | None:
        """The chosen finding's photo (or the one of the line at ``index``, double-clicked)."""
        if isinstance(index, QModelIndex) and index.isValid():
            row = self.inspections_proxy.row_at(index.row())
        else:
            row = self.chosen_inspection()
        if row is None or not row.has_photo:
            return None
        try:
            found = inspections.photo(row.id)
        except HallDeskError as err:
            self._refused(err)
            return None
        if found is None:
            return None
        name, data = found
        dialog = PhotoDialog(name, data, self)
        self._open(dialog)
        return dialog

    def _voided(self, row) -> None:
        self.refresh()
        self._say(
            self.tr("The finding “{category}” at {time} was voided.").format(
                category=row.category, time=row.at.strftime("%H:%M")
            )
        )
        self.changed.emit()

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    # ------------------------------------------------------------ printing

    def print_register(self) -> None:
        """Build the day's register in the background, then preview it (or save it without QtPdf)."""
        from app import register_pdf

        day = self.day
        name = self.tr("duty-register-{day}").format(day=day.isoformat()) + ".pdf"
        if pdf_preview.available():
            target = str(Path(tempfile.mkdtemp(prefix="halldesk-")) / name)
            on_done = functools.partial(self._preview, day, target, name)
        else:
            target = pdf_preview.choose_pdf_path(self, name)
            if not target:
                return
            on_done = functools.partial(self._written, target)

        def write(progress) -> int:
            return register_pdf.write_register(day, Path(target))

        self._job = run_with_progress(
            self, self.tr("Building the duty register of {day}…").format(day=day.isoformat()), write, on_done
        )
        self._job.done.connect(lambda *_: setattr(self, "_job", None))

    def _preview(self, day: dt.date, path: str, name: str, _pages=None) -> None:
        dialog = pdf_preview.PdfPreviewDialog(
            path, self.tr("Daily duty register of {day}").format(day=day.isoformat()), name, self
        )
        self.preview = dialog
        self._open(dialog)

    def _written(self, path: str, _pages=None) -> None:
        self._say(self.tr("The register was saved to {path}.").format(path=path))
        common.inform(
            self,
            self.tr("Duty register saved"),
            self.tr("The register was saved to {path}.").format(path=path),
        )

    # ------------------------------------------------------------ keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.date_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.show_day(self.day + dt.timedelta(days=-1 if key == Qt.Key.Key_PageUp else 1))
                return True
        return super().eventFilter(watched, event)


class DutyTab(QWidget):
    """The Duty Log tab: the day's log and the rota calendar. Signal ``changed`` after any write."""

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
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.log_page = LogPage(session, self.pages, clock=self.clock)
        self.rota_page = RotaPage(session, self.pages, clock=self.clock)
        self.pages.addTab(self.log_page, self.tr("The day's lo&g"))
        self.pages.addTab(self.rota_page, self.tr("D&uty rota"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.log_page.changed.connect(self.changed)
        self.rota_page.changed.connect(self.log_page.refresh)
        self.rota_page.changed.connect(self.changed)
        if day is not None:
            self.log_page.show_day(day)

    def show_day(self, day: dt.date) -> None:
        self.pages.setCurrentWidget(self.log_page)
        self.log_page.show_day(day)

    def refresh(self) -> None:
        self.log_page.refresh()
        self.rota_page.refresh()

    def unsaved_edits(self) -> bool:
        return self.log_page.unsaved_edits()
