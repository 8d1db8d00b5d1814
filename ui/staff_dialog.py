"""Dialogs that change one staff member: the editor (add and edit) and leaving (离职).

Every check lives in ``app.roster``; these dialogs only collect what was typed,
call the service, and show each problem it reports beside its field, keeping
the dialog open with everything typed still there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth import Permission, Session
from app.errors import ConflictError, HallDeskError, Problem, ValidationError
from app.roster import (
    StaffInput,
    StaffRow,
    add_staff,
    field_label,
    get_staff,
    list_units,
    list_windows,
    mask_mobile,
    record_leaving,
    update_staff,
)

ERROR_COLOUR = "#c62828"

FORM_STYLE = f"""
QFrame#fieldFrame[invalid="true"] {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; }}
QLabel#fieldError {{ color: {ERROR_COLOUR}; }}
QFrame#formBanner {{ background: #fdecea; border: 1px solid {ERROR_COLOUR}; border-radius: 3px; }}
QFrame#formBanner QLabel {{ color: #8e0000; }}
"""


class DateEdit(QDateEdit):
    """A QDateEdit that takes "2024-03-05" as well as "20240305" typed straight through.

    Qt moves to the next section by itself once a section is full; the
    separator the user types next would then skip a further section. It is
    swallowed instead.
    """

    SEPARATORS = frozenset("-/.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._advanced = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() in self.SEPARATORS and event.text() and self._advanced:
            self._advanced = False
            event.accept()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = event.text().isdigit() and self.currentSection() != before

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._advanced = False
        super().focusInEvent(event)


def date_edit(parent: QWidget | None = None, day: dt.date | None = None) -> QDateEdit:
    """A date field typed as yyyy-MM-dd, with a calendar popup."""
    edit = DateEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    set_date(edit, day or dt.date.today())
    return edit


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def get_date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


class _Field:
    """One form field: the frame that turns red, the widget to focus, the message row under it."""

    def __init__(self, form: QFormLayout, frame: QFrame, focus: QWidget, error: QLabel) -> None:
        self.form = form
        self.frame = frame
        self.focus = focus
        self.error = error

    def show(self, messages: list[str]) -> None:
        self.error.setText("\n".join(messages))
        self.form.setRowVisible(self.error, bool(messages))
        self.focus.setAccessibleDescription(self.error.text())
        self.frame.setProperty("invalid", bool(messages))
        self.frame.style().unpolish(self.frame)
        self.frame.style().polish(self.frame)


class FormDialog(QDialog):
    """A dialog whose Save runs ``save()`` and shows a ValidationError beside the fields.

    Subclasses add fields with ``add_field`` (named like the service's problem
    fields) and implement ``save()``; a problem with no field of this form, a
    conflict or another refusal shows in a banner above the form. ``reload()``,
    when a subclass provides it, is offered after a conflict.
    """

    can_reload = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self._fields: dict[str, _Field] = {}

        self.banner = QFrame(self)
        self.banner.setObjectName("formBanner")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("bannerText")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(QCoreApplication.translate("FormDialog", "R&eload"), self.banner)
        self.reload_button.setAutoDefault(False)
        self.reload_button.setToolTip(
            QCoreApplication.translate("FormDialog", "Read the record again as it is saved now")
        )
        self.reload_button.clicked.connect(self._reload_clicked)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # -- building

    def add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        extra: Iterable[QWidget] = (),
        focus: QWidget | None = None,
    ) -> QWidget:
        """Add a row ``label: widget [extra...]`` and, under it, a row for its messages."""
        frame = QFrame(self)
        frame.setObjectName("fieldFrame")
        row = QHBoxLayout(frame)
        row.setContentsMargins(2, 2, 2, 2)
        row.addWidget(widget, 1)
        for w in extra:
            row.addWidget(w)
        error = QLabel(self)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        caption = QLabel(label, self)
        caption.setBuddy(focus or widget)
        self.form.addRow(caption, frame)
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self._fields[name] = _Field(self.form, frame, focus or widget, error)
        return widget

    def field_error(self, name: str) -> str:
        """The message shown beside field ``name`` ("" when none)."""
        field = self._fields.get(name)
        return field.error.text() if field else ""

    def field_error_label(self, name: str) -> QLabel:
        return self._fields[name].error

    def field_invalid(self, name: str) -> bool:
        return bool(self._fields[name].frame.property("invalid"))

    def clear_field(self, name: str) -> None:
        if name in self._fields:
            self._fields[name].show([])

    # -- showing problems

    def clear_problems(self) -> None:
        for field in self._fields.values():
            field.show([])
        self.banner.hide()
        self.banner_label.clear()
        self._fit()

    def _fit(self) -> None:
        """Grow (never shrink) to show every message that just appeared, wrapped lines included."""
        layout = self.layout()
        layout.activate()
        width = self.width()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(height, layout.totalMinimumSize().height())
        if height > self.height():
            self.resize(width, height)

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for p in problems:
            if p.field in self._fields:
                by_field.setdefault(p.field, []).append(p.message)
            elif p.field:
                general.append(
                    QCoreApplication.translate("FormDialog", "{field}: {message}").format(
                        field=field_label(p.field), message=p.message
                    )
                )
            else:
                general.append(p.message)
        for name, field in self._fields.items():
            field.show(by_field.get(name, []))
        if general:
            self.show_banner("\n".join(general))
        self._fit()
        first = next((f for n, f in self._fields.items() if n in by_field), None)
        if first is not None:
            first.focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first.focus, QLineEdit):
                first.focus.selectAll()

    def show_banner(self, text: str, offer_reload: bool = False) -> None:
        self.banner_label.setText(text)
        self.reload_button.setVisible(offer_reload and self.can_reload)
        self.banner.show()
        self._fit()

    def banner_text(self) -> str:
        return self.banner_label.text() if self.banner.isVisible() else ""

    def show_conflict(self, err: ConflictError) -> None:
        lines = [str(err)]
        changed = self.describe_changes(err.changes)
        if changed:
            lines.append("")
            lines.extend(changed)
        self.show_banner("\n".join(lines), offer_reload=True)

    def describe_changes(self, changes: dict[str, tuple[object, object]]) -> list[str]:
        """One line per field: what this dialog wanted to save and what is stored now."""
        lines = []
        for name, (mine, theirs) in changes.items():
            if name in ("pinyin", "version"):
                continue
            lines.append(
                QCoreApplication.translate("FormDialog", "{field}: yours {mine}, saved now {theirs}").format(
                    field=field_label(name),
                    mine=self.describe_value(name, mine),
                    theirs=self.describe_value(name, theirs),
                )
            )
        return lines

    def describe_value(self, name: str, value: object) -> str:
        return QCoreApplication.translate("FormDialog", "(empty)") if value in (None, "") else str(value)

    # -- saving

    def submit(self) -> None:
        """Save; on success close, otherwise show why and keep everything typed."""
        self.clear_problems()
        try:
            self.save()
        except ValidationError as err:
            self.show_problems(err.problems)
        except ConflictError as err:
            self.show_conflict(err)
        except HallDeskError as err:
            self.show_banner(str(err))
        else:
            self.accept()

    def save(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _reload_clicked(self) -> None:
        try:
            self.reload()
        except HallDeskError as err:
            self.show_banner(str(err))
            return
        self.clear_problems()


class StaffDialog(FormDialog):
    """Add a staff member (``staff_id=None``) or edit one."""

    saved = Signal(int)
    can_reload = True

    def __init__(
        self,
        session: Session,
        staff_id: int | None = None,
        parent: QWidget | None = None,
        unit_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.staff_id = staff_id
        self._version = 0
        self._current: StaffRow | None = None
        self._units = {u.id: u for u in list_units(include_retired=True)}
        self._windows = {w.id: w for w in list_windows(include_retired=True)}
        self.setWindowTitle(self.tr("Add staff member") if staff_id is None else self.tr("Edit staff member"))
        self.setMinimumWidth(460)

        self.staff_no = QLineEdit(self)
        self.name = QLineEdit(self)
        self.unit = QComboBox(self)
        self.unit.setPlaceholderText(self.tr("Choose a unit"))
        self.window = QComboBox(self)
        self.position = QLineEdit(self)
        self.position.setPlaceholderText(self.tr("e.g. window clerk"))
        self.mobile = QLineEdit(self)
        self.mobile.setPlaceholderText(self.tr("11-digit mobile or landline"))
        self.hire_date = date_edit(self)
        self.trained = QCheckBox(self.tr("Passed pre-job training on"), self)
        self.trained_on = date_edit(self)
        self.trained_on.setEnabled(False)
        self.trained.toggled.connect(self.trained_on.setEnabled)
        self.note = QLineEdit(self)

        self.add_field("staff_no", self.tr("Staff &number:"), self.staff_no)
        self.add_field("name", self.tr("N&ame:"), self.name)
        self.add_field("unit", self.tr("&Unit:"), self.unit)
        self.add_field("window", self.tr("&Window:"), self.window)
        self.add_field("position", self.tr("&Position:"), self.position)
        self.add_field("mobile", self.tr("&Mobile:"), self.mobile)
        self.add_field("hire_date", self.tr("&Hire date:"), self.hire_date)
        self.add_field(
            "trained_on",
            self.tr("Pre-job &training:"),
            self.trained,
            extra=[self.trained_on],
            focus=self.trained,
        )
        self.add_field("note", self.tr("N&ote:"), self.note)

        # A problem goes away from view as soon as its field is changed.
        self.staff_no.textEdited.connect(lambda: self.clear_field("staff_no"))
        self.name.textEdited.connect(lambda: self.clear_field("name"))
        self.unit.currentIndexChanged.connect(lambda: self.clear_field("unit"))
        self.window.currentIndexChanged.connect(lambda: self.clear_field("window"))
        self.mobile.textEdited.connect(lambda: self.clear_field("mobile"))
        self.hire_date.dateChanged.connect(lambda: self.clear_field("hire_date"))
        self.trained.toggled.connect(lambda: (self.clear_field("trained_on"), self.clear_field("window")))
        self.trained_on.dateChanged.connect(lambda: self.clear_field("trained_on"))
        self.unit.currentIndexChanged.connect(self._fill_windows)

        self.setTabOrder(self.trained, self.trained_on)
        self.setTabOrder(self.trained_on, self.note)

        if staff_id is None:
            self._fill_units(unit_id)
            self._fill_windows()
        else:
            self.load(get_staff(session, staff_id))
        self.staff_no.setFocus()

    # -- filling the form

    def _fill_units(self, selected: int | None) -> None:
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in self._units.values():
            if unit.retired and unit.id != selected:
                continue
            text = unit.name if not unit.retired else self.tr("{unit} (retired)").format(unit=unit.name)
            self.unit.addItem(text, unit.id)
        self.unit.setCurrentIndex(self.unit.findData(selected) if selected is not None else -1)
        self.unit.blockSignals(False)

    def _fill_windows(self, *_args: object, selected: int | None = None) -> None:
        if selected is None:
            selected = self.window.currentData()
        unit_id = self.unit.currentData()
        self.window.blockSignals(True)
        self.window.clear()
        self.window.addItem(self.tr("— none —"), None)
        for w in sorted(self._windows.values(), key=lambda w: w.number):
            if w.unit_id != unit_id and w.id != selected:
                continue
            if w.retired and w.id != selected:
                continue
            if w.retired:
                text = self.tr("{window} (retired)").format(window=w.label)
            elif w.unit_id != unit_id:
                text = self.tr("{window} (belongs to {unit})").format(window=w.label, unit=w.unit_name)
            else:
                text = w.label
            self.window.addItem(text, w.id)
        index = self.window.findData(selected) if selected is not None else 0
        self.window.setCurrentIndex(max(index, 0))
        self.window.blockSignals(False)

    def load(self, row: StaffRow) -> None:
        """Show ``row`` in the form (used on open and on Reload)."""
        self._current = row
        self._version = row.version
        self.setWindowTitle(self.tr("Edit {name} ({staff_no})").format(name=row.name, staff_no=row.staff_no))
        self.staff_no.setText(row.staff_no)
        self.name.setText(row.name)
        self._fill_units(row.unit_id)
        self._fill_windows(selected=row.window_id)
        self.position.setText(row.position)
        self.mobile.setText(row.mobile)
        if not self.session.can(Permission.READ_CONTACT):
            self.mobile.setReadOnly(True)
            self.mobile.setToolTip(
                self.tr("Your role may not see contact data, so the number is shown masked.")
            )
        set_date(self.hire_date, row.hire_date)
        self.trained.setChecked(row.trained_on is not None)
        set_date(self.trained_on, row.trained_on or dt.date.today())
        self.note.setText(row.note)

    def data(self) -> StaffInput:
        """What the form holds, as the service takes it."""
        return StaffInput(
            staff_no=self.staff_no.text(),
            name=self.name.text(),
            unit_id=self.unit.currentData(),
            window_id=self.window.currentData(),
            position=self.position.text(),
            mobile=self.mobile.text(),
            hire_date=get_date(self.hire_date),
            trained_on=get_date(self.trained_on) if self.trained.isChecked() else None,
            note=self.note.text(),
        )

    # -- FormDialog

    def save(self) -> None:
        if self.staff_id is None:
            staff = add_staff(self.session, self.data())
            self.staff_id = staff.id
        else:
            update_staff(self.session, self.staff_id, self.data(), self._version)
        self.saved.emit(self.staff_id)

    def reload(self) -> None:
        if self.staff_id is None:
            return
        self._units = {u.id: u for u in list_units(include_retired=True)}
        self._windows = {w.id: w for w in list_windows(include_retired=True)}
        self.load(get_staff(self.session, self.staff_id))

    def describe_value(self, name: str, value: object) -> str:
        if value in (None, ""):
            return super().describe_value(name, value)
        if name == "unit" and value in self._units:
            return self._units[value].name
        if name == "window" and value in self._windows:
            return self._windows[value].number
        if name == "mobile" and not self.session.can(Permission.READ_CONTACT):
            return mask_mobile(str(value))
        return str(value)


class LeaveDialog(FormDialog):
    """Record that a staff member leaves (离职) on a date, with a reason. Nobody is deleted."""

    can_reload = True

    def __init__(self, session: Session, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.setWindowTitle(self.tr("Record leaving"))
        self.setMinimumWidth(420)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.left_on = date_edit(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. transferred to another post"))
        self.add_field("left_on", self.tr("&Leaving date:"), self.left_on)
        self.add_field("left_reason", self.tr("&Reason:"), self.reason)
        self.left_on.dateChanged.connect(lambda: self.clear_field("left_on"))
        self.reason.textEdited.connect(lambda: self.clear_field("left_reason"))
        self._show_row(row)
        self.reason.setFocus()

    def _show_row(self, row: StaffRow) -> None:
        self.row = row
        self.intro.setText(
            self.tr(
                "{name} ({staff_no}, {unit}) leaves the active roster from this date. Their records are kept."
            ).format(name=row.name, staff_no=row.staff_no, unit=row.unit_name)
        )

    def save(self) -> None:
        record_leaving(
            self.session, self.row.id, get_date(self.left_on), self.reason.text(), self.row.version
        )

    def reload(self) -> None:
        self._show_row(get_staff(self.session, self.row.id))
