"""The Attendance tab: one day's sessions for every staff member, entered and corrected by keyboard.

The grid shows what ``app.attendance.day_sessions`` derived; the tab never
decides a status itself. A duty officer types the times of the paper sign-in
sheet straight into the empty time cells (``0801`` Enter): each becomes a
manual punch (``app.punches.record_manual_punch``), the person's day is read
again and the cursor moves on. A cell that already shows a time is never
overwritten: typing into it asks for a punch correction, which a leader
approves or rejects in the panel under the grid.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import calendar as hall_calendar
from app.attendance import AM, day_sessions
from app.auth import Permission, Session
from app.corrections import list_corrections, parse_clock
from app.errors import HallDeskError
from app.roster import list_staff
from app.schedule import hours_for
from ui import common
from ui.attendance_grid import AttendanceGrid
from ui.attendance_model import (
    COL_AM_IN,
    TIME_COLUMNS,
    AttendanceDayModel,
    AttendanceFilterProxy,
    PersonDay,
    session_name,
    weekday_name,
    which_name,
)
from ui.common import show_error
from ui.correction_dialog import CorrectionDialog, CorrectionsPanel
from ui.history_dialog import HistoryDialog
from ui.staff_dialog import ERROR_COLOUR, date_edit, get_date, set_date
from ui.worker import run_with_progress

STATUS_MESSAGE_MS = 10_000
DATE_SETTLE_MS = 250  # a typed date loads once the typing pauses
WORKDAY_SEARCH_DAYS = 60  # the longest run of rest days looked past when stepping

# -- Small module-level functions around modal Qt dialogs (tests replace them).


def choose_punch_file(parent: QWidget) -> str:
    """Ask for the terminal's download or a punch sheet to import; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("AttendanceTab", "Import punches"),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        QCoreApplication.translate(
            "AttendanceTab",
            "Punch files (*.dat *.csv *.xlsx);;Clock-in terminal download (*.dat);;"
            "CSV file (*.csv);;Excel workbook (*.xlsx);;All files (*)",
        ),
    )
    return path


class AttendanceTab(QWidget):
    """A day's attendance: date, warnings, filters, the grid, and the corrections waiting."""

    def __init__(self, session: Session, parent: QWidget | None = None, day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.can_record = session.can(Permission.RECORD)
        self.can_approve = session.can(Permission.APPROVE)
        self.day = day or dt.date.today()
        self._loaded = False
        self._sized = False
        self._staff: dict | None = None
        self._info = None
        self._job = None
        self._dialog: QWidget | None = None

        self.model = AttendanceDayModel(self)
        self.proxy = AttendanceFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        # -- the day
        self.date_edit = date_edit(self, self.day)
        self.date_edit.setToolTip(self.tr("PgUp / PgDn or Alt+Left / Alt+Right: previous or next workday"))
        self.date_edit.installEventFilter(self)
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date_edit)
        self.prev_button = self._button("◀", self.tr("Previous workday (PgUp or Alt+Left)"))
        self.next_button = self._button("▶", self.tr("Next workday (PgDn or Alt+Right)"))
        self.today_button = self._button(self.tr("T&oday"), self.tr("Show today"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") * 4)
        self.day_label = QLabel(self)
        self.day_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.day_label, 1)

        # -- the warning of a year without its holiday schedule
        self.warning_bar = QFrame(self)
        self.warning_bar.setObjectName("warningBar")
        self.warning_bar.setStyleSheet(
            "QFrame#warningBar { background: #fff4ce; border: 1px solid #c9a227; border-radius: 3px; }"
            "QFrame#warningBar QLabel { color: #5c4400; }"
        )
        self.warning_label = QLabel(self.warning_bar)
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        warning_layout = QHBoxLayout(self.warning_bar)
        warning_layout.addWidget(QLabel("⚠", self.warning_bar))
        warning_layout.addWidget(self.warning_label, 1)
        self.warning_bar.hide()

        # -- search and filter
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, staff number, window or pinyin (e.g. zs)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Ctrl+F. Down or Enter moves to the grid; Esc clears."))
        self.search.setMinimumWidth(200)
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.exceptions_only = QCheckBox(self.tr("E&xceptions only"), self)
        self.exceptions_only.setToolTip(
            self.tr("Hide the staff whose two sessions are both on time or on leave")
        )
        self.counts_label = QLabel(self)
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addSpacing(12)
        filters.addWidget(self.exceptions_only)
        filters.addStretch(1)
        filters.addWidget(self.counts_label)

        # -- actions
        self.correction_button = self._button(
            self.tr("Request co&rrection…"),
            self.tr("Ask for a clock-in or clock-out of the chosen person to be corrected (补卡)"),
        )
        self.history_button = self._button(
            self.tr("His&tory…"),
            self.tr("The chosen person's attendance over any dates (or double-click the name)"),
        )
        self.import_button = self._button(
            self.tr("Import &punches…"),
            self.tr("Import the clock-in terminal's download (.dat) or a punch sheet (.csv, .xlsx)"),
        )
        self.refresh_button = self._button(self.tr("Refresh"), self.tr("Read the day again (F5)"))
        actions = QHBoxLayout()
        actions.addWidget(self.correction_button)
        actions.addWidget(self.history_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.refresh_button)
        self.correction_button.setVisible(self.can_record)
        self.import_button.setVisible(self.can_record)

        # -- the grid, or what to say instead
        self.view = AttendanceGrid(self.proxy, self)
        self.view.time_entered.connect(self._time_entered)
        self.view.open_requested.connect(self.open_history)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyDay")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel#emptyDay { font-size: 14pt; color: palette(mid); }")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        self.message = QLabel(self)
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QWidget(self)
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.stack, 1)
        grid_layout.addWidget(self.message)

        self.panel = CorrectionsPanel(session, self)
        self.panel.setVisible(self.can_record or self.can_approve)
        self.panel.decided.connect(self._correction_decided)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(grid)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setSizes([600, 150])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning_bar)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        # -- wiring
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SETTLE_MS)
        self._date_timer.timeout.connect(lambda: self.show_day(get_date(self.date_edit)))
        self.date_edit.dateChanged.connect(lambda _d: self._date_timer.start())
        self.prev_button.clicked.connect(lambda: self.step_workday(-1))
        self.next_button.clicked.connect(lambda: self.step_workday(1))
        self.today_button.clicked.connect(lambda: self.show_day(dt.date.today()))
        self.search.textChanged.connect(self._search_changed)
        self.exceptions_only.toggled.connect(self._exceptions_toggled)
        self.correction_button.clicked.connect(self.request_correction)
        self.history_button.clicked.connect(self.open_history)
        self.import_button.clicked.connect(self.import_punches)
        self.refresh_button.clicked.connect(self.refresh)

        window = Qt.ShortcutContext.WindowShortcut
        self._shortcut(QKeySequence.StandardKey.Find, self.focus_search, window)
        self._shortcut(QKeySequence(Qt.Key.Key_F5), self.refresh, window)
        self._shortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), lambda: self.step_workday(-1), window)
        self._shortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), lambda: self.step_workday(1), window)

        self.setTabOrder(self.date_edit, self.search)
        self.setTabOrder(self.search, self.exceptions_only)
        self.setTabOrder(self.exceptions_only, self.view)
        self.setTabOrder(self.view, self.panel)
        self._update_buttons()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _shortcut(self, keys, slot, context: Qt.ShortcutContext) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            # Read on first sight, not at start-up: the window opens on the roster.
            self.show_day(self.day)

    # ------------------------------------------------------------ the day

    def show_day(self, day: dt.date) -> None:
        """Read ``day`` and show it: the grid, or why there is nothing to show."""
        self._date_timer.stop()
        self._loaded = True
        self.day = day
        place = self.view.place()
        self.date_edit.blockSignals(True)
        set_date(self.date_edit, day)
        self.date_edit.blockSignals(False)
        self.message.clear()
        try:
            info = hall_calendar.days(day, day)[0]
            missing = hall_calendar.missing_years(day, day)
            rows = day_sessions(day)
            pending = list_corrections(day=day)
        except HallDeskError as err:
            show_error(self, err)
            return
        self.model.set_day(day, rows, pending, editable=self.can_record)
        self.panel.set_day(day, pending)
        self.warning_label.setText("\n".join(hall_calendar.missing_year_warning(y) for y in missing))
        self.warning_bar.setVisible(bool(missing))
        self._describe_day(info, rows)
        if rows and not self._sized:
            self.view.resize_columns()
            self._sized = True
        self._info = info
        self._update_view()
        self.view.restore_place(place)
        self._update_buttons()

    def refresh(self) -> None:
        """Read the day again (other PCs may have imported or entered times)."""
        self._staff = None
        if self.proxy.query():
            self._ensure_staff()
        self.show_day(self.day)

    def _describe_day(self, info, rows) -> None:
        weekday = weekday_name(info.day)
        if info.workday and rows:
            first = rows[0]
            second = next((r for r in rows if r.session != AM), first)
            hours = self.tr("hours {am_start}–{am_end} and {pm_start}–{pm_end}").format(
                am_start=first.start, am_end=first.end, pm_start=second.start, pm_end=second.end
            )
        else:
            hours = ""
        kind = self._kind_of(info)
        parts = [weekday, kind] + ([hours] if hours else [])
        self.day_label.setText(self.tr(", ").join(parts))

    def _kind_of(self, info) -> str:
        """What kind of day: workday, make-up workday, public holiday (with its name) or rest day."""
        if info.kind == hall_calendar.WORKDAY:
            return (
                self.tr("make-up workday ({name})").format(name=info.name)
                if info.name
                else self.tr("make-up workday")
            )
        if info.workday:
            return self.tr("workday")
        if info.kind == hall_calendar.HOLIDAY:
            return (
                self.tr("public holiday: {name}").format(name=info.name)
                if info.name
                else self.tr("public holiday")
            )
        return self.tr("rest day")

    def _empty_text(self, info) -> str:
        day, weekday = info.day, weekday_name(info.day)
        if not info.workday:
            return self.tr("{weekday} {date} is not a workday ({reason}).").format(
                weekday=weekday, date=day.isoformat(), reason=self._kind_of(info)
            )
        if day > dt.date.today():
            return self.tr(
                "{weekday} {date} is still ahead: its attendance shows once the day has begun."
            ).format(weekday=weekday, date=day.isoformat())
        if hours_for(day) is None:
            return self.tr(
                "No work schedule covers {date}: the administrator sets the hours of each season."
            ).format(date=day.isoformat())
        return self.tr("Nobody was employed on {weekday} {date}, so there is no attendance to show.").format(
            weekday=weekday, date=day.isoformat()
        )

    def _update_view(self) -> None:
        total = self.model.rowCount()
        if total:
            c = self.model.counts()
            self.counts_label.setText(
                self.tr(
                    "Sessions: {late} late · {early} early leave · {absent} absent without leave · "
                    "{missing} missing punch · {leave} on leave — {shown} of {total} staff shown"
                ).format(
                    late=c.late,
                    early=c.early,
                    absent=c.absent,
                    missing=c.missing,
                    leave=c.leave,
                    shown=self.proxy.rowCount(),
                    total=total,
                )
            )
            if self.proxy.rowCount():
                self.stack.setCurrentWidget(self.view)
                return
            if self.proxy.query():
                text = self.tr("Nobody on {date} matches “{query}”.").format(
                    date=self.day.isoformat(), query=self.proxy.query().strip()
                )
            else:
                text = self.tr(
                    "No exceptions on {date}: every session is on time, on leave or still in progress."
                ).format(date=self.day.isoformat())
        else:
            self.counts_label.clear()
            text = self._empty_text(self._info)
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def step_workday(self, direction: int) -> None:
        """Show the previous (-1) or next (+1) workday by the hall's calendar."""
        if direction < 0:
            start, end = self.day - dt.timedelta(days=WORKDAY_SEARCH_DAYS), self.day - dt.timedelta(days=1)
        else:
            start, end = self.day + dt.timedelta(days=1), self.day + dt.timedelta(days=WORKDAY_SEARCH_DAYS)
        try:
            found = hall_calendar.workdays(start, end)
        except HallDeskError as err:
            show_error(self, err)
            return
        if found:
            target = found[-1] if direction < 0 else found[0]
        else:
            target = self.day + dt.timedelta(days=direction)
        self.show_day(target)

    # ------------------------------------------------------------ search and filter

    def _ensure_staff(self) -> None:
        if self._staff is None:
            self._staff = {r.id: r for r in list_staff(self.session, status="all")}
            self.proxy.set_staff(self._staff)

    def _search_changed(self, text: str) -> None:
        if text.strip():
            try:
                self._ensure_staff()
            except HallDeskError as err:
                show_error(self, err)
        self.proxy.set_filter(query=text)
        self._update_view()
        self._update_buttons()

    def _exceptions_toggled(self, on: bool) -> None:
        self.proxy.set_filter(exceptions_only=on)
        self._update_view()
        self._update_buttons()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.date_edit and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.step_workday(-1 if key == Qt.Key.Key_PageUp else 1)
                return True
            if watched is self.search:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.proxy.rowCount():
                    if not self.view.currentIndex().isValid():
                        self.view.setCurrentIndex(self.proxy.index(0, COL_AM_IN))
                    self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ the chosen cell

    def current_person(self) -> PersonDay | None:
        index = self.view.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        person = self.current_person()
        self.correction_button.setEnabled(person is not None)
        self.history_button.setEnabled(person is not None)

    # ------------------------------------------------------------ entering times

    def _say(self, text: str, error: bool = False) -> None:
        """Tell the user under the grid and in the window's status bar."""
        self.message.setStyleSheet(f"QLabel#entryMessage {{ color: {ERROR_COLOUR}; }}" if error else "")
        self.message.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow) and window.statusBar() is not None:
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def message_text(self) -> str:
        return self.message.text()

    def _time_entered(
        self, editor: QLineEdit, source: QPersistentModelIndex, text: str, forward: bool
    ) -> None:
        """Enter or Tab in a time cell: record it as a punch, or offer a correction, or say what is wrong."""
        person = self.model.row_at(source.row())
        session_key, which = TIME_COLUMNS[source.column()]
        current = person.time(session_key, which)
        here = [source]
        onwards = self.view.next_cells(QModelIndex(source), forward)
        text = text.strip()
        time = parse_clock(text)
        if not text or (time is not None and time == current):
            self.view.finish(editor)
            if not text and current is not None:
                self._say(
                    self.tr("A recorded time is never removed. To change it, ask for a punch correction."),
                    error=True,
                )
                self.view.move_to(here)
            else:
                self.message.clear()
                self.view.move_to(onwards)
            return
        if time is None:
            self._say(
                self.tr(
                    "“{text}” is not a time. Type it as 0801 or 08:01 (hours 0–23, minutes 0–59)."
                ).format(text=text),
                error=True,
            )
            editor.setFocus()
            return
        if current is None:
            self._record_punch(editor, person, session_key, which, time, onwards)
        else:
            # A cell that holds a time is never overwritten: offer the punch correction instead.
            self.view.finish(editor)
            self._say(
                self.tr("{name} already has a {which} at {current}: ask for a correction to {time}.").format(
                    name=person.name, which=which_name(which), current=current, time=time
                )
            )
            self._open_correction(person, session_key, which, time, on_done=onwards, on_cancel=here)

    def _record_punch(
        self,
        editor: QLineEdit,
        person: PersonDay,
        session_key: str,
        which: str,
        time: str,
        onwards: list[QPersistentModelIndex],
    ) -> None:
        from app import punches

        try:
            punches.record_manual_punch(self.session, person.staff_id, self.day, time)
            fresh = day_sessions(self.day, staff_id=person.staff_id)
        except HallDeskError as err:
            problems = getattr(err, "problems", None)
            self._say("\n".join(p.message for p in problems) if problems else str(err), error=True)
            editor.setFocus()
            return
        self.view.finish(editor)
        self.model.replace_person(person.staff_id, fresh)
        self._update_view()
        updated = self.model.row_at(self.model.row_of(person.staff_id))
        landed = [(s, w) for (s, w) in TIME_COLUMNS.values() if updated.time(s, w) == time]
        said = self.tr("{time} recorded for {name} from the paper sign-in sheet.").format(
            time=time, name=person.name
        )
        if landed and (session_key, which) not in landed:
            s, w = landed[0]
            said += " " + self.tr("It counts as the {session} {which}.").format(
                session=session_name(s), which=which_name(w)
            )
        elif not landed:
            said += " " + self.tr("The times shown do not change: the punches already there count first.")
        self._say(said)
        self.view.move_to(onwards)

    def request_correction(self) -> None:
        """Ask for a correction of the chosen person's day (the chosen time cell preselected)."""
        if not self.can_record:
            return
        index = self.view.currentIndex()
        person = self.current_person()
        if person is None:
            return
        source = self.proxy.mapToSource(index)
        session_key, which = TIME_COLUMNS.get(source.column(), (AM, "in"))
        here = [QPersistentModelIndex(source)]
        self._open_correction(person, session_key, which, "", on_done=here, on_cancel=here)

    def _open_correction(
        self,
        person: PersonDay,
        session_key: str,
        which: str,
        time: str,
        on_done: list[QPersistentModelIndex],
        on_cancel: list[QPersistentModelIndex],
    ) -> None:
        dialog = CorrectionDialog(self.session, person, self.day, session_key, which, time, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._correction_requested(person, dialog, on_done))
        dialog.rejected.connect(lambda: self.view.move_to(on_cancel))
        self._dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_dialog", None))
        dialog.open()

    def _correction_requested(
        self, person: PersonDay, dialog: CorrectionDialog, onwards: list[QPersistentModelIndex]
    ) -> None:
        self._reload_person(person.staff_id)
        self._say(
            self.tr(
                "Correction for {name} requested: {which} {time} ({session}). "
                "It counts once a leader approves it."
            ).format(
                name=person.name,
                which=which_name(dialog.which_box.currentData()),
                time=parse_clock(dialog.time.text()) or dialog.time.text().strip(),
                session=session_name(dialog.session_box.currentData()),
            )
        )
        self.view.move_to(onwards)

    def _reload_person(self, staff_id: int) -> None:
        """Read one person's day and the day's pending corrections again."""
        try:
            fresh = day_sessions(self.day, staff_id=staff_id)
            pending = list_corrections(day=self.day)
        except HallDeskError as err:
            show_error(self, err)
            return
        self.model.replace_person(staff_id, fresh)
        self.model.set_pending(pending)
        self.panel.set_day(self.day, pending)
        self._update_view()

    def _correction_decided(self, staff_id: int, day: dt.date) -> None:
        if day == self.day:
            self._reload_person(staff_id)

    # ------------------------------------------------------------ history and import

    def open_history(self) -> None:
        person = self.current_person()
        if person is None:
            return
        dialog = HistoryDialog(
            person.staff_id,
            self.tr("{name} ({staff_no})").format(name=person.name, staff_no=person.staff_no),
            self.day,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.view.setFocus())
        self._dialog = dialog
        dialog.open()
        dialog.load()

    def import_punches(self) -> None:
        """Ask for a punch file and import it in the background; then show the report and the day again."""
        path = choose_punch_file(self)
        if not path:
            return
        from app import punches

        self._job = run_with_progress(
            self,
            self.tr("Importing punches from {file}…").format(file=Path(path).name),
            functools.partial(punches.import_punches, self.session, path),
            self._punches_imported,
        )
        self._job.done.connect(lambda *_: setattr(self, "_job", None))

    def _punches_imported(self, report) -> None:
        self.refresh()
        common.inform(self, self.tr("Punches imported"), report.summary())
