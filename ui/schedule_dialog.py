"""The work schedule (作息时间), for the administrator: the hall's seasonal periods.

Each period has a morning and an afternoon session between two month-days
(winter 10-01 to 04-30, summer 05-01 to 09-30), optional grace minutes, and
optionally a first and last date it applies to. Every check lives in
``app.schedule``; the dialogs here show its problems beside the fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import calendar, schedule
from app.auth import Permission, Session
from app.corrections import parse_clock
from app.errors import NotFound
from app.schedule import PeriodInput
from db.models import SchedulePeriod
from ui.record_list_dialog import setup_record_view
from ui.staff_dialog import ERROR_COLOUR, FormDialog, date_edit, get_date, set_date
from ui.table_model import RowsTableModel

LOOK_AHEAD = dt.timedelta(days=365)  # gaps in the schedule are looked for this far ahead

# The names the first start gives the county's two periods, shown in the reader's language.
DEFAULT_NAMES = (
    QT_TRANSLATE_NOOP("ScheduleDialog", "winter"),
    QT_TRANSLATE_NOOP("ScheduleDialog", "summer"),
)


def today() -> dt.date:
    """Today (tests replace this function)."""
    return dt.date.today()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScheduleDialog", text)


def period_name(name: str) -> str:
    return _tr(name) if name in DEFAULT_NAMES else name


def span(start: str, end: str) -> str:
    return f"{start}–{end}"


def hours_text(hours: schedule.Hours | None) -> str:
    """ "08:00–12:00, 14:30–17:30 (winter)", or what it means to have none."""
    if hours is None:
        return QCoreApplication.translate(
            "ScheduleDialog", "none: no period covers this date, so nobody has sessions on it"
        )
    text = QCoreApplication.translate("ScheduleDialog", "{morning}, {afternoon} ({period})").format(
        morning=span(schedule.hhmm(hours.am_start), schedule.hhmm(hours.am_end)),
        afternoon=span(schedule.hhmm(hours.pm_start), schedule.hhmm(hours.pm_end)),
        period=period_name(hours.period),
    )
    if hours.grace:
        text += QCoreApplication.translate("ScheduleDialog", ", {n} minutes' grace").format(n=hours.grace)
    return text


def effective_text(period: SchedulePeriod) -> str:
    first, last = period.effective_from, period.effective_to
    if first and last:
        return QCoreApplication.translate("ScheduleDialog", "{first} to {last}").format(
            first=first.isoformat(), last=last.isoformat()
        )
    if first:
        return QCoreApplication.translate("ScheduleDialog", "from {first}").format(first=first.isoformat())
    if last:
        return QCoreApplication.translate("ScheduleDialog", "until {last}").format(last=last.isoformat())
    return QCoreApplication.translate("ScheduleDialog", "every year")


COL_NAME, COL_FROM, COL_TO, COL_AM, COL_PM, COL_GRACE, COL_EFFECTIVE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("PeriodsModel", "Period"),
    QT_TRANSLATE_NOOP("PeriodsModel", "From"),
    QT_TRANSLATE_NOOP("PeriodsModel", "To"),
    QT_TRANSLATE_NOOP("PeriodsModel", "Morning"),
    QT_TRANSLATE_NOOP("PeriodsModel", "Afternoon"),
    QT_TRANSLATE_NOOP("PeriodsModel", "Grace"),
    QT_TRANSLATE_NOOP("PeriodsModel", "Applies"),
)
HEADER_TIPS = {
    COL_FROM: QT_TRANSLATE_NOOP("PeriodsModel", "First day of the period each year (MM-DD)"),
    COL_TO: QT_TRANSLATE_NOOP("PeriodsModel", "Last day of the period each year (MM-DD)"),
    COL_GRACE: QT_TRANSLATE_NOOP("PeriodsModel", "Minutes after the start (before the end) not yet counted"),
    COL_EFFECTIVE: QT_TRANSLATE_NOOP("PeriodsModel", "The dates between which the period is in force"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class PeriodsModel(RowsTableModel):
    """The active periods, one row each; ``ROW_ROLE`` returns the SchedulePeriod."""

    CONTEXT = "PeriodsModel"
    HEADERS = HEADERS
    HEADER_TIPS = HEADER_TIPS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == ROW_ROLE:
            return p
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_NAME:
            return period_name(p.name)
        if col == COL_FROM:
            return p.start_md
        if col == COL_TO:
            return p.end_md
        if col == COL_AM:
            return span(p.am_start, p.am_end)
        if col == COL_PM:
            return span(p.pm_start, p.pm_end)
        if col == COL_GRACE:
            return QCoreApplication.translate("PeriodsModel", "{n} min").format(n=p.grace_minutes)
        if col == COL_EFFECTIVE:
            return effective_text(p)
        return None


class PeriodsView(QTableView):
    """The list of periods; Enter signals ``edit_key`` and keeps the key (a view that let it
    through would have the dialog press the default button of the editor just opened)."""

    edit_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()
            self.edit_key.emit()
            return
        super().keyPressEvent(event)


# -- Adding, changing and voiding a period.


def _tidy(edit: QLineEdit, parse) -> None:
    """Show what was typed (0800, 1001) the way it is saved (08:00, 10-01), when it reads as one."""
    tidy = parse(edit.text())
    if tidy is not None and tidy != edit.text():
        edit.setText(tidy)


def widen_errors(dialog: FormDialog) -> None:
    """Let the messages under the fields use the whole width of the form, not a narrow column."""
    for label in dialog.findChildren(QLabel, "fieldError"):
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)


class PeriodDialog(FormDialog):
    """Add a period (``period=None``) or change one."""

    saved = Signal(int)
    can_reload = True

    def __init__(
        self, session: Session, period: SchedulePeriod | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.period_id = period.id if period else None
        self._version: int | None = None
        self.setWindowTitle(self.tr("Add a period") if period is None else self.tr("Change a period"))
        self.setMinimumWidth(480)

        self.name = QLineEdit(self)
        self.name.setMaxLength(50)
        self.name.setPlaceholderText(self.tr("e.g. winter"))
        self.start_md = self._short_edit(self.tr("MM-DD, e.g. 10-01"))
        self.end_md = self._short_edit(self.tr("MM-DD, e.g. 04-30"))
        self.am_start = self._short_edit("08:00")
        self.am_end = self._short_edit("12:00")
        self.pm_start = self._short_edit("14:30")
        self.pm_end = self._short_edit("17:30")
        self.grace = QSpinBox(self)
        self.grace.setRange(0, schedule.MAX_GRACE)
        self.grace.setSuffix(self.tr(" min"))
        self.grace.setToolTip(
            self.tr(
                "A clock-in up to this many minutes after the start is not late, and a clock-out up to "
                "this many minutes before the end is not early leave."
            )
        )
        self.has_from = QCheckBox(self.tr("Only from"), self)
        self.effective_from = date_edit(self)
        self.has_to = QCheckBox(self.tr("Only until"), self)
        self.effective_to = date_edit(self)
        for box, edit in ((self.has_from, self.effective_from), (self.has_to, self.effective_to)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)

        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("start_md", self.tr("&From (each year):"), self.start_md)
        self.add_field("end_md", self.tr("&To (each year):"), self.end_md)
        self.add_field("am_start", self.tr("&Morning starts:"), self.am_start)
        self.add_field("am_end", self.tr("Morning &ends:"), self.am_end)
        self.add_field("pm_start", self.tr("&Afternoon starts:"), self.pm_start)
        self.add_field("pm_end", self.tr("Afternoon en&ds:"), self.pm_end)
        self.add_field("grace_minutes", self.tr("&Grace:"), self.grace)
        self.add_field(
            "effective_from",
            self.tr("In force f&rom:"),
            self._pair(self.has_from, self.effective_from),
            focus=self.has_from,
        )
        self.add_field(
            "effective_to",
            self.tr("In force &until:"),
            self._pair(self.has_to, self.effective_to),
            focus=self.has_to,
        )
        widen_errors(self)
        self.note = QLabel(
            self.tr(
                "Times as HH:MM and days as MM-DD (0800 is read as 08:00, 1001 as 10-01). Without "
                "dates the period applies every year; to change the hours from a date on, add a new "
                "period in force from that date and the days before it keep their hours."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.form.addRow(self.note)

        edits = {
            "name": self.name,
            "start_md": self.start_md,
            "end_md": self.end_md,
            "am_start": self.am_start,
            "am_end": self.am_end,
            "pm_start": self.pm_start,
            "pm_end": self.pm_end,
        }
        for field, edit in edits.items():
            edit.textEdited.connect(lambda _t, f=field: self.clear_field(f))
        for edit in (self.start_md, self.end_md):
            edit.editingFinished.connect(lambda e=edit: _tidy(e, schedule.parse_month_day))
        for edit in (self.am_start, self.am_end, self.pm_start, self.pm_end):
            edit.editingFinished.connect(lambda e=edit: _tidy(e, parse_clock))
        self.grace.valueChanged.connect(lambda: self.clear_field("grace_minutes"))
        self.has_from.toggled.connect(lambda: self.clear_field("effective_from"))
        self.has_to.toggled.connect(
            lambda: (self.clear_field("effective_to"), self.clear_field("effective_from"))
        )
        self.effective_to.dateChanged.connect(lambda: self.clear_field("effective_to"))
        self.setTabOrder(self.has_from, self.effective_from)
        self.setTabOrder(self.effective_from, self.has_to)
        self.setTabOrder(self.has_to, self.effective_to)

        if period is None:
            set_date(self.effective_from, today())
            set_date(self.effective_to, today())
        else:
            self.load(period)
        self.name.setFocus()

    def _short_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(10)
        edit.setPlaceholderText(placeholder)
        return edit

    def _pair(self, box: QCheckBox, edit: QWidget) -> QWidget:
        """A check box with its date right beside it."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(edit)
        layout.addStretch(1)
        row.setFocusProxy(box)
        return row

    def load(self, period: SchedulePeriod) -> None:
        self.period_id = period.id
        self._version = period.version
        self.name.setText(period_name(period.name))
        self.start_md.setText(period.start_md)
        self.end_md.setText(period.end_md)
        self.am_start.setText(period.am_start)
        self.am_end.setText(period.am_end)
        self.pm_start.setText(period.pm_start)
        self.pm_end.setText(period.pm_end)
        self.grace.setValue(period.grace_minutes)
        self.has_from.setChecked(period.effective_from is not None)
        set_date(self.effective_from, period.effective_from or today())
        self.has_to.setChecked(period.effective_to is not None)
        set_date(self.effective_to, period.effective_to or today())

    def data(self) -> PeriodInput:
        """What the form holds, as the service takes it."""
        for edit in (self.start_md, self.end_md):
            _tidy(edit, schedule.parse_month_day)
        for edit in (self.am_start, self.am_end, self.pm_start, self.pm_end):
            _tidy(edit, parse_clock)
        return PeriodInput(
            name=self.name.text(),
            start_md=self.start_md.text().strip(),
            end_md=self.end_md.text().strip(),
            am_start=self.am_start.text().strip(),
            am_end=self.am_end.text().strip(),
            pm_start=self.pm_start.text().strip(),
            pm_end=self.pm_end.text().strip(),
            grace_minutes=self.grace.value(),
            effective_from=get_date(self.effective_from) if self.has_from.isChecked() else None,
            effective_to=get_date(self.effective_to) if self.has_to.isChecked() else None,
        )

    def save(self) -> None:
        period = schedule.save_period(self.session, self.period_id, self.data(), self._version)
        self.period_id = period.id
        self.saved.emit(period.id)

    def reload(self) -> None:
        if self.period_id is None:
            return
        self.load(_active_period(self.period_id))


class VoidPeriodDialog(FormDialog):
    """Void a period with a reason. Nothing is deleted; the days it covered are derived again."""

    def __init__(self, session: Session, period: SchedulePeriod, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.period = period
        self.setWindowTitle(self.tr("Void a period"))
        self.setMinimumWidth(440)
        self.intro = QLabel(
            self.tr(
                "Void the period '{name}' ({start} to {end})? The days it covered take the hours of "
                "another period that covers them; days no period covers have no sessions."
            ).format(name=period_name(period.name), start=period.start_md, end=period.end_md),
            self,
        )
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. replaced by the new hours from 1 October"))
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        widen_errors(self)
        self.reason.textEdited.connect(lambda: self.clear_field("reason"))
        self.save_button.setText(self.tr("&Void"))
        self.reason.setFocus()

    def save(self) -> None:
        schedule.void_period(self.session, self.period.id, self.reason.text(), self.period.version)


def _active_period(period_id: int) -> SchedulePeriod:
    found = next((p for p in schedule.active_periods() if p.id == period_id), None)
    if found is None:
        raise NotFound(
            QCoreApplication.translate("ScheduleDialog", "The period was voided or no longer exists.")
        )
    return found


# -- The dialog.


class ScheduleDialog(QDialog):
    """The list of periods, today's hours, and the administrator's actions."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.can_edit = session.can(Permission.ADMIN)
        self.editor: QDialog | None = None
        self.setWindowTitle(self.tr("Work schedule"))
        self.resize(900, 480)

        self.today_label = QLabel(self)
        self.today_label.setWordWrap(True)
        self.today_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.today_label.font()
        font.setBold(True)
        self.today_label.setFont(font)
        self.gap_label = QLabel(self)
        self.gap_label.setWordWrap(True)
        self.gap_label.setStyleSheet(f"color: {ERROR_COLOUR};")

        self.model = PeriodsModel(self)
        self.view = PeriodsView(self)
        self.view.setModel(self.model)
        setup_record_view(self.view, self.tr("Periods of the work schedule"))

        self.note = QLabel(
            self.tr(
                "Saving or voiding a period changes the attendance of the days it covers: HallDesk "
                "derives the attendance of those days again, from the same punches, the next time "
                "they are shown. To keep the hours of past days, add a period in force from a date "
                "instead of changing the old one."
            ),
            self,
        )
        self.note.setWordWrap(True)

        self.add_button = self._button(self.tr("&Add period…"), self.add_period)
        self.edit_button = self._button(self.tr("&Change…"), self.edit_period)
        self.void_button = self._button(self.tr("&Void…"), self.void_period)
        self.close_button = self._button(self.tr("Close"), self.reject)
        side = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.void_button):
            side.addWidget(b)
            b.setVisible(self.can_edit)
        side.addStretch(1)
        side.addWidget(self.close_button)

        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.today_label)
        layout.addWidget(self.gap_label)
        layout.addLayout(row, 1)
        layout.addWidget(self.note)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.edit_key.connect(self.edit_period)
        self.view.doubleClicked.connect(lambda _i: self.edit_period())
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
        self.model.set_rows(schedule.active_periods())
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        self._show_today()
        self._update_buttons()

    def _show_today(self) -> None:
        day = today()
        text = self.tr("Today's hours: {hours}").format(hours=hours_text(schedule.hours_for(day)))
        info = calendar.days(day, day)[0]
        if not info.workday:
            text += self.tr(" — today is not a workday")
        self.today_label.setText(text)
        gaps = schedule.uncovered(day, day + LOOK_AHEAD)
        if gaps:
            runs = ", ".join(
                first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
                for first, last in gaps[:4]
            )
            self.gap_label.setText(
                self.tr(
                    "No period covers {runs}: nobody has sessions on those days. Add a period for them."
                ).format(runs=runs + (" …" if len(gaps) > 4 else ""))
            )
        self.gap_label.setVisible(bool(gaps))

    def selected(self) -> SchedulePeriod | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(self.can_edit and chosen)
        self.void_button.setEnabled(self.can_edit and chosen)

    def _edit(self, dialog: FormDialog, select_id: int | None = None) -> FormDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog

        def done() -> None:
            self.refresh(select_id if select_id is not None else getattr(dialog, "period_id", None))

        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: setattr(self, "editor", None))
        dialog.open()
        return dialog

    def add_period(self) -> FormDialog | None:
        if not self.can_edit:
            return None
        return self._edit(PeriodDialog(self.session, None, self))

    def edit_period(self) -> FormDialog | None:
        period = self.selected()
        if not self.can_edit or period is None:
            return None
        return self._edit(PeriodDialog(self.session, period, self), period.id)

    def void_period(self) -> FormDialog | None:
        period = self.selected()
        if not self.can_edit or period is None:
            return None
        return self._edit(VoidPeriodDialog(self.session, period, self))
