"""The leave slip's dialogs: the editor (new and edit), the return (销假), the cancellation, and the
annual-leave entitlement.

Every check lives in ``app.leave`` (and ``app.leave_balance``): these dialogs
collect what was typed, show the warnings ``app.leave.validate`` gives while
the slip is filled in, call the service on Save, and show each problem it
reports beside its field, keeping everything typed.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app import auth, leave
from app.auth import Session
from app.corrections import parse_clock
from app.errors import HallDeskError, Problem, ValidationError
from app.leave import AM, PM, SlipInput, SlipRow
from app.roster import StaffRow
from ui.attendance_model import session_name
from ui.leave_model import kind_name
from ui.staff_dialog import FormDialog, date_edit, get_date, set_date
from ui.staff_picker import StaffPicker, person_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
CHECK_SETTLE_MS = 300  # the warnings are asked for once the typing pauses
WARNING_STYLE = (
    "QFrame#slipWarnings { background: #fff4ce; border: 1px solid #c9a227; border-radius: 3px; }"
    "QFrame#slipWarnings QLabel { color: #5c4400; }"
)

# -- Small module-level functions around modal Qt dialogs (tests replace them).


def choose_attachment_file(parent: QWidget) -> str:
    """Ask for a scan (a sick note) to keep with the slip; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SlipDialog", "Add a scan to the slip"),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation),
        QCoreApplication.translate(
            "SlipDialog",
            "Scans and photos (*.pdf *.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;All files (*)",
        ),
    )
    return path


def open_file(path: str) -> bool:
    """Open a file with the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def duty_leaders() -> list:
    """The accounts a slip may be reported to: duty leaders and managers, not disabled."""
    return [u for u in auth.list_users() if u.role in ("leader", "manager") and u.disabled_at is None]


# ---------------------------------------------------------------- the slip editor


class SlipDialog(FormDialog):
    """File a leave slip or an outing (``slip_id=None``), or change one.

    ``staff``: the roster rows to choose from (active staff; a slip's own
    person and substitute are shown even when they have left since);
    ``day``: the first day offered for a new slip; ``clock``: the time now.
    """

    saved = Signal(int)
    can_reload = True

    def __init__(
        self,
        session: Session,
        slip_id: int | None = None,
        parent: QWidget | None = None,
        *,
        staff: Iterable[StaffRow] = (),
        everyone: dict[int, StaffRow] | None = None,
        day: dt.date | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.slip_id = slip_id
        self.clock = clock
        self.warnings: list[str] = []
        self._version = 0
        self._staff = list(staff)
        self._everyone = dict(everyone or {r.id: r for r in self._staff})
        self._kinds = {k.id: k for k in leave.kinds(include_retired=True)}
        self._pending_files: list[str] = []
        self.setWindowTitle(self.tr("New leave slip") if slip_id is None else self.tr("Edit leave slip"))
        self.setMinimumWidth(560)

        # -- the fields, in the order the paper slip is read
        self.person = StaffPicker(self)
        self.person.set_rows(self._staff)
        self.kind = QComboBox(self)
        self.kind.setPlaceholderText(self.tr("Choose the kind"))
        self.start_day = date_edit(self, day or clock().date())
        self.start_session = self._session_box(AM)
        self.end_day = date_edit(self, day or clock().date())
        self.end_session = self._session_box(PM)
        self.out_time = QLineEdit(self)
        self.out_time.setPlaceholderText(self.tr("e.g. 0930 or 09:30"))
        self.out_time.setMaxLength(8)
        self.back_time = QLineEdit(self)
        self.back_time.setPlaceholderText(self.tr("e.g. 1100 or 11:00"))
        self.back_time.setMaxLength(8)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(leave.MAX_TEXT)
        self.reason.setPlaceholderText(self.tr("e.g. fever, seeing a doctor"))
        self.substitute = StaffPicker(self)
        self.substitute.setPlaceholderText(self.tr("Who covers the window: name, staff number or pinyin"))
        self.reported_to = QComboBox(self)

        self.attachments = QListWidget(self)
        self.attachments.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        self.add_file_button = QPushButton(self.tr("Add sc&an…"), self)
        self.add_file_button.setToolTip(self.tr("Keep a scan or photo (a sick note) with the slip"))
        self.open_file_button = QPushButton(self.tr("Op&en"), self)
        self.open_file_button.setToolTip(self.tr("Open the chosen scan"))
        for button in (self.add_file_button, self.open_file_button):
            button.setAutoDefault(False)
        files_box = QWidget(self)

        self.add_field("staff", self.tr("&Person:"), self.person)
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.add_field("start_day", self.tr("&From:"), self.start_day, extra=[self.start_session])
        self.add_field("end_day", self.tr("&To:"), self.end_day, extra=[self.end_session])
        self.add_field("out_time", self.tr("&Leaves at:"), self.out_time)
        self.add_field("back_time", self.tr("&Back by:"), self.back_time)
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.add_field("substitute", self.tr("S&ubstitute:"), self.substitute)
        self.add_field("reported_to", self.tr("Reported t&o:"), self.reported_to)
        self.add_field(
            "attachments",
            self.tr("Scans:"),
            self.attachments,
            extra=[files_box],
            focus=self.attachments,
        )
        files_layout = QHBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.add_file_button)
        files_layout.addWidget(self.open_file_button)

        # -- the warnings that do not stop the slip
        self.warning_box = QFrame(self)
        self.warning_box.setObjectName("slipWarnings")
        self.warning_box.setStyleSheet(WARNING_STYLE)
        self.warning_label = QLabel(self.warning_box)
        self.warning_label.setObjectName("slipWarningText")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        warning_layout = QHBoxLayout(self.warning_box)
        warning_layout.addWidget(QLabel("⚠", self.warning_box), 0, Qt.AlignmentFlag.AlignTop)
        warning_layout.addWidget(self.warning_label, 1)
        self.warning_box.hide()
        self.layout().insertWidget(self.layout().indexOf(self.buttons), self.warning_box)

        self._fill_kinds(None)
        self._fill_leaders(None)

        # -- wiring: a problem goes from view when its field changes; warnings follow the input
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_SETTLE_MS)
        self._check_timer.timeout.connect(self.check)
        for name, signal in (
            ("staff", self.person.picked),
            ("kind", self.kind.currentIndexChanged),
            ("start_day", self.start_day.dateChanged),
            ("start_day", self.start_session.currentIndexChanged),
            ("end_day", self.end_day.dateChanged),
            ("end_day", self.end_session.currentIndexChanged),
            ("out_time", self.out_time.textEdited),
            ("back_time", self.back_time.textEdited),
            ("reason", self.reason.textEdited),
            ("substitute", self.substitute.picked),
            ("reported_to", self.reported_to.currentIndexChanged),
        ):
            signal.connect(lambda *_a, n=name: self._changed(n))
        self.person.picked.connect(self._person_picked)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_kind())
        self.start_day.dateChanged.connect(self._start_moved)
        self.add_file_button.clicked.connect(self.add_file)
        self.open_file_button.clicked.connect(self.open_chosen_file)
        self.attachments.itemActivated.connect(lambda _item: self.open_chosen_file())
        self.attachments.currentRowChanged.connect(lambda _r: self._update_file_buttons())

        for a, b in (
            (self.person, self.kind),
            (self.kind, self.start_day),
            (self.start_day, self.start_session),
            (self.start_session, self.end_day),
            (self.end_day, self.end_session),
            (self.end_session, self.out_time),
            (self.out_time, self.back_time),
            (self.back_time, self.reason),
            (self.reason, self.substitute),
            (self.substitute, self.reported_to),
            (self.reported_to, self.attachments),
            (self.attachments, self.add_file_button),
            (self.add_file_button, self.open_file_button),
        ):
            self.setTabOrder(a, b)

        if slip_id is not None:
            self.load(leave.get_slip(slip_id))
        else:
            self._show_kind()
            self._show_files([])
        self.person.setFocus()

    # -- building

    def _session_box(self, session: str) -> QComboBox:
        box = QComboBox(self)
        for value in (AM, PM):
            box.addItem(session_name(value), value)
        box.setCurrentIndex(box.findData(session))
        return box

    def _fill_kinds(self, selected: int | None) -> None:
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in self._kinds.values():
            if kind.retired and kind.id != selected:
                continue
            text = kind_name(kind.name, kind.name_en)
            if not text == kind.name:
                text = self.tr("{name} ({chinese})").format(name=text, chinese=kind.name)
            self.kind.addItem(text, kind.id)
        self.kind.setCurrentIndex(self.kind.findData(selected) if selected is not None else -1)
        self.kind.blockSignals(False)

    def _fill_leaders(self, selected: int | None) -> None:
        self.reported_to.blockSignals(True)
        self.reported_to.clear()
        self.reported_to.addItem(self.tr("— not reported yet —"), None)
        leaders = duty_leaders()
        if selected is not None and selected not in {u.id for u in leaders}:
            # A leader since disabled keeps their place on the slips reported to them.
            former = next((u for u in auth.list_users() if u.id == selected), None)
            leaders = [*leaders, former] if former is not None else leaders
        for user in leaders:
            text = user.display_name or user.username
            self.reported_to.addItem(
                self.tr("{name} ({role})").format(name=text, role=auth.role_label(user.role)), user.id
            )
        index = self.reported_to.findData(selected) if selected is not None else 0
        self.reported_to.setCurrentIndex(max(index, 0))
        self.reported_to.blockSignals(False)

    def _row_visible(self, name: str, visible: bool) -> None:
        field = self._fields[name]
        self.form.setRowVisible(field.frame, visible)
        if not visible:
            field.show([])
            self.form.setRowVisible(field.error, False)

    def is_outing(self) -> bool:
        kind = self._kinds.get(self.kind.currentData())
        return bool(kind and kind.outing)

    def _show_kind(self) -> None:
        """An outing is one day by clock time; leave runs from a session to a session."""
        outing = self.is_outing()
        self._row_visible("end_day", not outing)
        self._row_visible("out_time", outing)
        self._row_visible("back_time", outing)
        self.start_session.setVisible(not outing)
        caption = self.form.labelForField(self._fields["start_day"].frame)
        if isinstance(caption, QLabel):
            caption.setText(self.tr("&Day:") if outing else self.tr("&From:"))
        self._fit()

    def _start_moved(self) -> None:
        # The last day follows the first while it would otherwise come before it.
        if get_date(self.end_day) < get_date(self.start_day):
            set_date(self.end_day, get_date(self.start_day))

    def _person_picked(self, row: StaffRow | None) -> None:
        """The substitute is looked for among the person's unit."""
        if row is None:
            self.substitute.set_rows(self._staff)
        else:
            self.substitute.set_rows([r for r in self._staff if r.unit_id == row.unit_id])

    # -- reading and filling the form

    def load(self, row: SlipRow) -> None:
        """Show ``row`` in the form (on open and on Reload)."""
        self._version = row.version
        self.setWindowTitle(self.tr("Edit leave slip {id}: {name}").format(id=row.id, name=row.name))
        person = self._everyone.get(row.staff_id)
        self._fill_kinds(row.kind_id)
        if person is not None:
            self.person.set_chosen(person)
        set_date(self.start_day, row.start_day)
        set_date(self.end_day, row.end_day)
        self.start_session.setCurrentIndex(self.start_session.findData(row.start_session))
        self.end_session.setCurrentIndex(self.end_session.findData(row.end_session))
        self.out_time.setText(row.out_time or "")
        self.back_time.setText(row.back_time or "")
        self.reason.setText(row.reason)
        self.substitute.set_chosen(self._everyone.get(row.substitute_id) if row.substitute_id else None)
        self._fill_leaders(self._leader_id(row))
        self._show_kind()
        self._load_files()
        self._check_timer.start()

    def _leader_id(self, row: SlipRow) -> int | None:
        """The account the slip was reported to."""
        return row.reported_to_id

    def data(self) -> SlipInput:
        """What the form holds, as ``app.leave`` takes it."""
        outing = self.is_outing()
        start = get_date(self.start_day)
        return SlipInput(
            staff_id=self.person.chosen_id(),
            kind_id=self.kind.currentData(),
            start_day=start,
            start_session=self.start_session.currentData() if not outing else AM,
            end_day=get_date(self.end_day) if not outing else start,
            end_session=self.end_session.currentData() if not outing else PM,
            out_time=self.out_time.text().strip() if outing else "",
            back_time=self.back_time.text().strip() if outing else "",
            reason=self.reason.text(),
            substitute_id=self.substitute.chosen_id(),
            reported_to_id=self.reported_to.currentData(),
        )

    # -- warnings while typing

    def _changed(self, name: str) -> None:
        self.clear_field(name)
        self._check_timer.start()

    def done(self, result: int) -> None:
        self._check_timer.stop()  # a closed slip has nothing more to check
        super().done(result)

    def check(self) -> list[str]:
        """Ask ``app.leave`` for the warnings of the slip as it stands, and show them."""
        self._check_timer.stop()
        try:
            checked = leave.validate(self.data(), self.slip_id, now=self.clock())
        except HallDeskError:
            checked = leave.Checked()
        self.show_warnings(checked.warnings)
        return checked.warnings

    def show_warnings(self, warnings: list[str]) -> None:
        self.warning_label.setText("\n".join(warnings))
        self.warning_box.setVisible(bool(warnings))
        self._fit()

    def warning_text(self) -> str:
        return self.warning_label.text() if self.warning_box.isVisible() else ""

    def show_problems(self, problems: list[Problem]) -> None:
        # The session combos sit in the rows of their days.
        moved = [Problem(p.message, field="start_day") if p.field == "start_session" else p for p in problems]
        super().show_problems(moved)

    # -- scans

    def _load_files(self) -> None:
        if self.slip_id is None:
            self._show_files([])
            return
        from app import leave_io

        self._show_files(leave_io.attachments(self.slip_id))

    def _show_files(self, stored: list) -> None:
        self.attachments.clear()
        for item in stored:
            entry = QListWidgetItem(item.filename, self.attachments)
            entry.setData(ROW_ROLE, ("stored", item.id, item.filename))
        for path in self._pending_files:
            entry = QListWidgetItem(
                self.tr("{file} (kept when the slip is saved)").format(file=Path(path).name), self.attachments
            )
            entry.setData(ROW_ROLE, ("pending", path, Path(path).name))
        if not self.attachments.count():
            placeholder = QListWidgetItem(self.tr("No scans"), self.attachments)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_file_buttons()

    def _update_file_buttons(self) -> None:
        item = self.attachments.currentItem()
        self.open_file_button.setEnabled(item is not None and item.data(ROW_ROLE) is not None)

    def file_names(self) -> list[str]:
        return [
            self.attachments.item(i).data(ROW_ROLE)[2]
            for i in range(self.attachments.count())
            if self.attachments.item(i).data(ROW_ROLE) is not None
        ]

    def add_file(self) -> None:
        """Keep a scan with the slip: at once for a saved slip, on Save for a new one."""
        path = choose_attachment_file(self)
        if not path:
            return
        self.clear_field("attachments")
        if self.slip_id is None:
            self._pending_files.append(path)
            self._show_files([])
            return
        from app import leave_io

        try:
            leave_io.add_attachment(self.session, self.slip_id, path)
            self._load_files()
        except ValidationError as err:
            self.show_problems([Problem(p.message, field="attachments") for p in err.problems])
        except HallDeskError as err:
            self.show_banner(str(err))

    def open_chosen_file(self) -> None:
        item = self.attachments.currentItem()
        entry = item.data(ROW_ROLE) if item is not None else None
        if entry is None:
            return
        where, ref, name = entry
        if where == "pending":
            open_file(ref)
            return
        from app import leave_io

        try:
            filename, content = leave_io.attachment_data(ref)
        except HallDeskError as err:
            self.show_banner(str(err))
            return
        folder = Path(tempfile.mkdtemp(prefix="halldesk-scan-"))
        target = folder / Path(filename or name).name
        target.write_bytes(content)
        os.chmod(target, 0o600)
        open_file(str(target))

    # -- FormDialog

    def save(self) -> None:
        self.person.settle()
        self.substitute.settle()
        data = self.data()
        if self.slip_id is None:
            slip, warnings = leave.request(self.session, data, now=self.clock())
            self.slip_id = slip.id
        else:
            slip, warnings = leave.edit(self.session, self.slip_id, data, self._version, now=self.clock())
        self._version = slip.version
        self.warnings = list(warnings)
        self._keep_pending_files()
        self.saved.emit(self.slip_id)

    def _keep_pending_files(self) -> None:
        if not self._pending_files:
            return
        from app import leave_io

        while self._pending_files:
            path = self._pending_files[0]
            try:
                leave_io.add_attachment(self.session, self.slip_id, path)
            except HallDeskError as err:
                # The slip is saved; the scan that failed stays listed to try again.
                self.setWindowTitle(self.tr("Edit leave slip {id}").format(id=self.slip_id))
                self._load_files()
                problems = err.problems if isinstance(err, ValidationError) else [Problem(str(err))]
                raise ValidationError(
                    [
                        Problem(
                            self.tr("The slip is saved, but {file} was not kept: {why}").format(
                                file=Path(path).name, why=p.message
                            ),
                            field="attachments",
                        )
                        for p in problems
                    ]
                ) from err
            self._pending_files.pop(0)

    def reload(self) -> None:
        if self.slip_id is None:
            return
        self.load(leave.get_slip(self.slip_id))

    def describe_value(self, name: str, value: object) -> str:
        if value in (None, ""):
            return super().describe_value(name, value)
        if name in ("staff", "substitute") and value in self._everyone:
            return person_text(self._everyone[value])
        if name == "kind" and value in self._kinds:
            kind = self._kinds[value]
            return kind_name(kind.name, kind.name_en)
        if name in ("start_session", "end_session"):
            return session_name(str(value))
        return str(value)


# ---------------------------------------------------------------- return, cancel, entitlement


def slip_summary(row: SlipRow, kinds: dict[int, str] | None = None) -> str:
    """One line about a slip: who, what kind, from when to when."""
    kind = (kinds or {}).get(row.kind_id, row.kind)
    if row.outing:
        return QCoreApplication.translate(
            "LeaveDialogs", "Slip {id}: {name} ({staff_no}), {kind} on {day}, {out}–{back}"
        ).format(
            id=row.id,
            name=row.name,
            staff_no=row.staff_no,
            kind=kind,
            day=row.start_day.isoformat(),
            out=row.out_time or "",
            back=row.back_time or "",
        )
    return QCoreApplication.translate(
        "LeaveDialogs", "Slip {id}: {name} ({staff_no}), {kind} from {start} {s1} to {end} {s2}"
    ).format(
        id=row.id,
        name=row.name,
        staff_no=row.staff_no,
        kind=kind,
        start=row.start_day.isoformat(),
        s1=session_name(row.start_session),
        end=row.end_day.isoformat(),
        s2=session_name(row.end_session),
    )


class ReturnDialog(FormDialog):
    """销假: when the person was actually back (default now)."""

    can_reload = True

    def __init__(
        self,
        session: Session,
        row: SlipRow,
        parent: QWidget | None = None,
        *,
        kinds: dict[int, str] | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.kinds = kinds or {}
        self.result_row: SlipRow | None = None
        self.setWindowTitle(self.tr("Record the return (销假)"))
        self.setMinimumWidth(460)
        self.save_button.setText(self.tr("&Record return"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        now = clock()
        self.day = date_edit(self, now.date())
        self.time = QLineEdit(now.strftime("%H:%M"), self)
        self.time.setPlaceholderText(self.tr("e.g. 1045 or 10:45"))
        self.time.setMaxLength(8)
        self.add_field("day", self.tr("Back on &day:"), self.day)
        self.add_field("time", self.tr("Back at &time:"), self.time)
        self.day.dateChanged.connect(lambda: self.clear_field("day"))
        self.time.textEdited.connect(lambda: self.clear_field("time"))
        self._show_row(row)
        self.time.setFocus()
        self.time.selectAll()

    def _show_row(self, row: SlipRow) -> None:
        self.row = row
        text = slip_summary(row, self.kinds)
        if row.outing and row.back_time:
            text += "\n" + self.tr(
                "Approved to be back by {time}; a later return counts as off post for the overrun."
            ).format(time=row.back_time)
        self.intro.setText(text)

    def returned_at(self) -> dt.datetime:
        time = parse_clock(self.time.text())
        if time is None:
            raise ValidationError(
                self.tr("“{text}” is not a time. Type it as 1045 or 10:45.").format(text=self.time.text()),
                field="time",
            )
        return dt.datetime.combine(get_date(self.day), dt.time.fromisoformat(time))

    def save(self) -> None:
        leave.return_slip(self.session, self.row.id, self.returned_at(), self.row.version)
        self.result_row = leave.get_slip(self.row.id)

    def reload(self) -> None:
        self._show_row(leave.get_slip(self.row.id))


class CancelSlipDialog(FormDialog):
    """Withdraw a slip before it starts, with the reason."""

    can_reload = True

    def __init__(
        self,
        session: Session,
        row: SlipRow,
        parent: QWidget | None = None,
        *,
        kinds: dict[int, str] | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.kinds = kinds or {}
        self.clock = clock
        self.setWindowTitle(self.tr("Cancel leave slip"))
        self.setMinimumWidth(460)
        self.save_button.setText(self.tr("Cancel the &slip"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep it"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(leave.MAX_TEXT)
        self.reason.setPlaceholderText(self.tr("e.g. the trip was called off"))
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.reason.textEdited.connect(lambda: self.clear_field("reason"))
        self._show_row(row)
        self.reason.setFocus()

    def _show_row(self, row: SlipRow) -> None:
        self.row = row
        self.intro.setText(
            slip_summary(row, self.kinds)
            + "\n"
            + self.tr("The slip stays on record as cancelled; its days count again as workdays.")
        )

    def save(self) -> None:
        leave.cancel(self.session, self.row.id, self.reason.text(), self.row.version, now=self.clock())

    def reload(self) -> None:
        self._show_row(leave.get_slip(self.row.id))


class EntitlementDialog(FormDialog):
    """A person's annual-leave entitlement (days) for a year; ``app.leave_balance`` checks it."""

    def __init__(
        self,
        session: Session,
        staff_id: int,
        who: str,
        year: int,
        days: float | None,
        by_rule: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.staff_id = staff_id
        self.year = year
        self.setWindowTitle(self.tr("Annual leave entitlement"))
        self.setMinimumWidth(400)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        note = (
            self.tr("Now {days} days by the national rule (years of service in this hall).")
            if by_rule
            else self.tr("Now {days} days, as a manager entered them.")
        ).format(days=f"{days or 0:g}")
        self.intro.setText(self.tr("{who}, {year}.").format(who=who, year=year) + "\n" + note)
        self.form.addRow(self.intro)
        self.days = QDoubleSpinBox(self)
        self.days.setRange(0, 366)
        self.days.setDecimals(1)
        self.days.setSingleStep(0.5)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(days or 0)
        self.add_field("entitlement", self.tr("&Entitlement:"), self.days)
        self.days.valueChanged.connect(lambda: self.clear_field("entitlement"))
        self.days.setFocus()
        self.days.selectAll()

    def save(self) -> None:
        from app import leave_balance

        leave_balance.set_entitlement(self.session, self.staff_id, self.year, self.days.value())
