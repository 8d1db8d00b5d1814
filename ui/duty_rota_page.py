"""The rota calendar (值日安排): a month of workdays with the unit on duty, the leader and the officers.

Leaders and managers generate a month by rotation and change one day at a
time (a swap), giving the reason; everyone else reads it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import auth, duty_rota, roster
from app.auth import Permission, Session
from app.duty_rota import LEADER_ROLES, OFFICER_ROLES, RotaDay
from app.errors import HallDeskError, ValidationError
from ui.duty_models import R_DAY, RotaModel, RotaProxy, weekday_text
from ui.leave_balances import action_button, size_columns, table_view


def _users(roles: tuple[str, ...]) -> list[tuple[int, str]]:
    return [
        (u.id, u.display_name or u.username)
        for u in auth.list_users()
        if u.disabled_at is None and u.role in roles
    ]


class RotaDayDialog(QDialog):
    """Change (swap) one day: unit, leader, officers, and why."""

    def __init__(self, session: Session, row: RotaDay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.setWindowTitle(
            self.tr("Duty on {day} ({weekday})").format(
                day=row.day.isoformat(), weekday=weekday_text(row.day)
            )
        )
        self.unit = QComboBox(self)
        for unit in roster.list_units():
            self.unit.addItem(unit.name, unit.id)
        self.leader = QComboBox(self)
        for user_id, name in _users(LEADER_ROLES):
            self.leader.addItem(name, user_id)
        self.officer = QComboBox(self)
        self.officer2 = QComboBox(self)
        self.officer2.addItem(self.tr("— none —"), None)
        for user_id, name in _users(OFFICER_ROLES):
            self.officer.addItem(name, user_id)
            self.officer2.addItem(name, user_id)
        for combo, value in (
            (self.unit, row.unit_id),
            (self.leader, row.leader_id),
            (self.officer, row.officer_id),
            (self.officer2, row.officer2_id),
        ):
            found = combo.findData(value)
            if found >= 0:
                combo.setCurrentIndex(found)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(duty_rota.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. swapped with 12-09: the unit's training day"))
        self.error = QLabel(self)
        self.error.setObjectName("rotaError")
        self.error.setStyleSheet("QLabel#rotaError { color: #c62828; }")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Unit on duty:"), self.unit)
        form.addRow(self.tr("Duty &leader:"), self.leader)
        form.addRow(self.tr("Duty &officer:"), self.officer)
        form.addRow(self.tr("&Second officer:"), self.officer2)
        form.addRow(self.tr("&Why:"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def save(self) -> None:
        try:
            duty_rota.set_day(
                self.session,
                self.row.day,
                self.unit.currentData(),
                self.officer.currentData(),
                self.officer2.currentData(),
                self.leader.currentData(),
                self.reason.text(),
                version=self.row.version,
            )
        except HallDeskError as err:
            problems = err.problems if isinstance(err, ValidationError) else []
            self.error.setText("\n".join(p.message for p in problems) if problems else str(err))
            if any(p.field == "reason" for p in problems):
                self.reason.setFocus()
            return
        self.accept()


class RotaPage(QWidget):
    """A month's rota with Generate month and Change day… for leaders and managers.

    Signal ``changed`` after the rota was written (the log's rota line reads it again).
    """

    changed = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, clock: Callable[[], dt.datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock or dt.datetime.now
        self.can_edit = session.can(Permission.APPROVE)
        self._dialog: QDialog | None = None
        today = self.clock().date()

        self.month = QDateEdit(self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month.setToolTip(self.tr("The month shown (PgUp / PgDn: a month back or on)"))
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        self.generate_button = action_button(
            self, self.tr("&Generate month"), self.tr("Fill the month's unassigned workdays by rotation")
        )
        self.change_button = action_button(
            self, self.tr("&Change day…"), self.tr("Change or swap the chosen day's duty, with the reason")
        )
        self.generate_button.setVisible(self.can_edit)
        self.change_button.setVisible(self.can_edit)
        self.summary = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("rotaMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = RotaModel(self)
        self.proxy = RotaProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Duty rota"))

        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addSpacing(12)
        top.addWidget(self.generate_button)
        top.addWidget(self.change_button)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

        self.month.installEventFilter(self)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.generate_button.clicked.connect(self.generate)
        self.change_button.clicked.connect(self.change_chosen)
        self.view.doubleClicked.connect(lambda _i: self.change_chosen())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh(select=today)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.month and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.month.setDate(self.month.date().addMonths(-1 if event.key() == Qt.Key.Key_PageUp else 1))
                return True
        return super().eventFilter(watched, event)

    def first_day(self) -> dt.date:
        q = self.month.date()
        return dt.date(q.year(), q.month(), 1)

    def refresh(self, select: dt.date | None = None) -> None:
        first = self.first_day()
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        self.model.today = self.clock().date()
        self.model.set_rows(duty_rota.rota(first, last))
        size_columns(self.view, self.model)
        unassigned = sum(1 for r in self.model._rows if not r.assigned)
        total = self.model.rowCount()
        self.summary.setText(
            self.tr("{n} workdays, {open} without duty assigned").format(n=total, open=unassigned)
            if unassigned
            else self.tr("{n} workdays, all assigned").format(n=total)
        )
        if select is not None:
            self.select_day(select)
        self._update_buttons()

    def select_day(self, day: dt.date) -> bool:
        row = self.model.row_of_day(day)
        if row < 0:
            return False
        proxy_row = self.proxy.mapFromSource(self.model.index(row, R_DAY)).row()
        self.view.selectRow(proxy_row)
        self.view.setCurrentIndex(self.proxy.index(proxy_row, R_DAY))
        return True

    def chosen(self) -> RotaDay | None:
        index = self.view.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def rows_shown(self) -> list[RotaDay]:
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    def _update_buttons(self) -> None:
        self.change_button.setEnabled(self.can_edit and self.chosen() is not None)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("QLabel#rotaMessage { color: #c62828; }" if error else "")

    def generate(self) -> None:
        first = self.first_day()
        try:
            filled = duty_rota.generate_month(self.session, first.year, first.month)
        except HallDeskError as err:
            self._say(str(err), error=True)
            return
        self.refresh()
        self._say(
            self.tr("{n} workdays of {month} filled by rotation.").format(
                n=filled, month=first.strftime("%Y-%m")
            )
            if filled
            else self.tr("Every workday of {month} already had its duty.").format(
                month=first.strftime("%Y-%m")
            )
        )
        self.changed.emit()

    def change_chosen(self) -> None:
        row = self.chosen()
        if row is None or not self.can_edit:
            return
        dialog = RotaDayDialog(self.session, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._changed(row.day))
        self._dialog = dialog
        dialog.open()

    def _changed(self, day: dt.date) -> None:
        self.refresh(select=day)
        self._say(self.tr("The duty of {day} was changed.").format(day=day.isoformat()))
        self.changed.emit()
