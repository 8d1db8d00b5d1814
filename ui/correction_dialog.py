"""Punch corrections (补卡) in the window: the request dialog, and the panel where they are decided.

Anyone who records attendance asks for a correction with ``CorrectionDialog``;
the panel under the Attendance grid lists the ones waiting, lets a leader or
manager approve or reject each with a remark, and lets the one who asked
withdraw it (``CorrectionsModel`` is its table). Who may do what is decided by
``app.corrections``; the buttons a role cannot use are simply not shown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.attendance import SESSIONS
from app.auth import Permission, Session
from app.corrections import CorrectionRow, decide, list_corrections, request_correction, withdraw
from app.errors import HallDeskError, ValidationError
from ui.attendance_model import ROW_ROLE, PersonDay, session_name, which_name
from ui.staff_dialog import ERROR_COLOUR, FormDialog
from ui.table_model import RowsTableModel

C_STAFF_NO, C_NAME, C_DAY, C_SESSION, C_WHICH, C_TIME, C_REASON, C_REQUESTED_BY = range(8)
CORRECTION_HEADERS = {
    C_STAFF_NO: QT_TRANSLATE_NOOP("CorrectionsModel", "Staff number"),
    C_NAME: QT_TRANSLATE_NOOP("CorrectionsModel", "Name"),
    C_DAY: QT_TRANSLATE_NOOP("CorrectionsModel", "Date"),
    C_SESSION: QT_TRANSLATE_NOOP("CorrectionsModel", "Session"),
    C_WHICH: QT_TRANSLATE_NOOP("CorrectionsModel", "Clock-in or out"),
    C_TIME: QT_TRANSLATE_NOOP("CorrectionsModel", "Corrected time"),
    C_REASON: QT_TRANSLATE_NOOP("CorrectionsModel", "Reason"),
    C_REQUESTED_BY: QT_TRANSLATE_NOOP("CorrectionsModel", "Asked by"),
}


class CorrectionsModel(RowsTableModel):
    """Punch corrections (补卡) waiting for a leader, as ``list_corrections`` returned them."""

    CONTEXT = "CorrectionsModel"
    HEADERS = CORRECTION_HEADERS

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                C_STAFF_NO: c.staff_no,
                C_NAME: c.name,
                C_DAY: c.day.isoformat(),
                C_SESSION: session_name(c.session),
                C_WHICH: which_name(c.which),
                C_TIME: c.time,
                C_REASON: " ".join(c.reason.split()),
                C_REQUESTED_BY: c.requested_by,
            }.get(col)
        if role == Qt.ItemDataRole.ToolTipRole and col == C_REASON:
            return c.reason
        if role == ROW_ROLE:
            return c
        return None


class CorrectionDialog(FormDialog):
    """Ask for one clock-in or clock-out of a person's day to be set to a time, with the reason."""

    def __init__(
        self,
        session: Session,
        person: PersonDay,
        day: dt.date,
        which_session: str = SESSIONS[0],
        which: str = "in",
        time_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.person = person
        self.day = day
        self.setWindowTitle(self.tr("Request a punch correction"))
        self.setMinimumWidth(440)
        self.save_button.setText(self.tr("Re&quest"))

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)

        self.session_box = QComboBox(self)
        for name in SESSIONS:
            self.session_box.addItem(session_name(name), name)
        self.which_box = QComboBox(self)
        for which_value in ("in", "out"):
            self.which_box.addItem(which_name(which_value), which_value)
        self.now_label = QLabel(self)
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(self.tr("e.g. 0801 or 08:01"))
        self.time.setMaxLength(8)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. signed the paper sign-in sheet; terminal out of order"))

        self.add_field("session", self.tr("&Session:"), self.session_box)
        self.add_field("which", self.tr("&Clock-in or out:"), self.which_box, extra=[self.now_label])
        self.add_field("time", self.tr("Corrected &time:"), self.time)
        self.add_field("reason", self.tr("&Reason:"), self.reason)

        self.session_box.setCurrentIndex(max(self.session_box.findData(which_session), 0))
        self.which_box.setCurrentIndex(max(self.which_box.findData(which), 0))
        self.time.setText(time_text)
        self.session_box.currentIndexChanged.connect(self._show_current)
        self.which_box.currentIndexChanged.connect(self._show_current)
        self.session_box.currentIndexChanged.connect(lambda: self.clear_field("session"))
        self.which_box.currentIndexChanged.connect(lambda: self.clear_field("which"))
        self.time.textEdited.connect(lambda: self.clear_field("time"))
        self.reason.textEdited.connect(lambda: self.clear_field("reason"))

        self.intro.setText(
            self.tr(
                "{name} ({staff_no}, {unit}), {date}. A leader approves the correction before it "
                "counts; the punches stay as they were."
            ).format(name=person.name, staff_no=person.staff_no, unit=person.unit, date=day.isoformat())
        )
        self._show_current()
        (self.reason if time_text else self.time).setFocus()

    def _show_current(self) -> None:
        current = self.person.time(self.session_box.currentData(), self.which_box.currentData())
        self.now_label.setText(self.tr("now {time}").format(time=current) if current else self.tr("now none"))

    def save(self) -> None:
        request_correction(
            self.session,
            self.person.staff_id,
            self.day,
            self.session_box.currentData(),
            self.which_box.currentData(),
            self.time.text(),
            self.reason.text(),
        )


class CorrectionsPanel(QWidget):
    """The corrections waiting for a decision: on the chosen day, or every day.

    Signal ``decided(staff_id, day)`` after a correction was approved, rejected
    or withdrawn, so the grid can show the person's day again.
    """

    decided = Signal(int, object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.can_approve = session.can(Permission.APPROVE)
        self.can_record = session.can(Permission.RECORD)
        self.day: dt.date | None = None

        self.title = QLabel(self)
        self.title.setObjectName("correctionsTitle")
        self.every_day = QCheckBox(self.tr("Ever&y day"), self)
        self.every_day.setToolTip(
            self.tr("Show the corrections waiting on every day, not only the chosen one")
        )
        self.every_day.toggled.connect(lambda _on: self.refresh())

        self.model = CorrectionsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(C_REASON, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.remark = QLineEdit(self)
        self.remark.setPlaceholderText(self.tr("Remark (needed to reject)"))
        self.remark.textEdited.connect(lambda: self.error.clear())
        remark_label = QLabel(self.tr("Re&mark:"), self)
        remark_label.setBuddy(self.remark)
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setToolTip(
            self.tr("Approve the chosen correction: the day is derived again at once")
        )
        self.reject_button = QPushButton(self.tr("Re&ject"), self)
        self.reject_button.setToolTip(self.tr("Reject the chosen correction; say why in the remark"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.withdraw_button.setToolTip(self.tr("Take back a correction you asked for"))
        for button in (self.approve_button, self.reject_button, self.withdraw_button):
            button.setAutoDefault(False)
        self.error = QLabel(self)
        self.error.setObjectName("correctionsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"QLabel#correctionsError {{ color: {ERROR_COLOUR}; }}")

        for widget in (remark_label, self.remark, self.approve_button, self.reject_button):
            widget.setVisible(self.can_approve)
        self.withdraw_button.setVisible(self.can_record)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.every_day)
        actions = QHBoxLayout()
        actions.addWidget(remark_label)
        actions.addWidget(self.remark, 1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.reject_button)
        actions.addSpacing(12)
        if not self.can_approve:
            actions.addStretch(1)
        actions.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)

        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.withdraw_button.clicked.connect(self._withdraw)
        self.setTabOrder(self.every_day, self.view)
        self.setTabOrder(self.view, self.remark)
        self._update_buttons()

    # -- reading

    def set_day(self, day: dt.date, pending: list[CorrectionRow] | None = None) -> None:
        """Show the corrections waiting on ``day`` (``pending``: already read for it)."""
        self.day = day
        self.refresh(pending)

    def refresh(self, pending: list[CorrectionRow] | None = None) -> None:
        keep = self.selected()
        if self.every_day.isChecked():
            rows = list_corrections()
        else:
            rows = pending if pending is not None else list_corrections(day=self.day) if self.day else []
        self.model.set_rows(rows)
        if self.every_day.isChecked():
            text = self.tr("Punch corrections waiting for approval, every day: {count}")
        else:
            text = self.tr("Punch corrections waiting for approval on {date}: {count}")
        self.title.setText(text.format(count=len(rows), date=self.day.isoformat() if self.day else ""))
        row = self.model.row_of(keep.id) if keep is not None else -1
        if row >= 0 or self.model.rowCount():
            self.select_row(max(row, 0))  # the first waiting one is chosen, ready to decide
        self._update_buttons()

    def pending_rows(self) -> list[CorrectionRow]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def selected(self) -> CorrectionRow | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.row_at(index.row())

    def select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.approve_button.setEnabled(chosen is not None)
        self.reject_button.setEnabled(chosen is not None)
        self.withdraw_button.setEnabled(chosen is not None and chosen.requested_by == self.session.username)

    # -- deciding

    def _show_error(self, err: HallDeskError) -> None:
        if isinstance(err, ValidationError):
            self.error.setText("\n".join(p.message for p in err.problems))
            if err.for_field("remark"):
                self.remark.setFocus()
        else:
            self.error.setText(str(err))

    def _decide(self, approve: bool) -> None:
        chosen = self.selected()
        if chosen is None or not self.can_approve:
            return
        self.error.clear()
        try:
            decide(self.session, chosen.id, approve, self.remark.text(), chosen.version)
        except HallDeskError as err:
            self._show_error(err)
            self.refresh()
            return
        self.remark.clear()
        self._after(chosen)

    def _withdraw(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.requested_by != self.session.username:
            return
        self.error.clear()
        try:
            withdraw(self.session, chosen.id, chosen.version)
        except HallDeskError as err:
            self._show_error(err)
            self.refresh()
            return
        self._after(chosen)

    def _after(self, done: CorrectionRow) -> None:
        row = self.model.row_of(done.id)
        self.refresh()
        if self.model.rowCount():
            self.select_row(min(max(row, 0), self.model.rowCount() - 1))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.decided.emit(done.staff_id, done.day)
