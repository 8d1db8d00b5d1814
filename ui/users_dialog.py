"""User accounts, for the administrator: add, change role, reset password, disable, enable.

Every change goes through ``app.auth``, which checks the administrator's
permission, validates and audits it; problems show beside the field they
concern, anything else in a message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.auth import Session
from app.errors import HallDeskError, ValidationError
from db.models import User, utcnow
from ui.common import show_error
from ui.login import FieldError, add_field, password_edit, place_problems
from ui.table_model import RowsTableModel

COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("UsersModel", "User name"),
    QT_TRANSLATE_NOOP("UsersModel", "Full name"),
    QT_TRANSLATE_NOOP("UsersModel", "Role"),
    QT_TRANSLATE_NOOP("UsersModel", "State"),
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    disabled: bool
    disabled_reason: str
    locked_until: dt.datetime | None

    @classmethod
    def of(cls, user: User) -> UserRow:
        return cls(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            role=user.role,
            disabled=user.disabled_at is not None,
            disabled_reason=user.disabled_reason or "",
            locked_until=user.locked_until,
        )

    def state(self, now: dt.datetime | None = None) -> str:
        if self.disabled:
            if self.disabled_reason:
                return QCoreApplication.translate("UsersModel", "disabled: {reason}").format(
                    reason=self.disabled_reason
                )
            return QCoreApplication.translate("UsersModel", "disabled")
        if self.locked_until is not None and self.locked_until > (now or utcnow()):
            local = self.locked_until.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")
            return QCoreApplication.translate("UsersModel", "locked until {time}").format(time=local)
        return QCoreApplication.translate("UsersModel", "active")


class UsersModel(RowsTableModel):
    """The accounts, one row each; ``ROW_ROLE`` returns the UserRow."""

    CONTEXT = "UsersModel"
    HEADERS = HEADERS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == COL_USERNAME:
                return row.username
            if col == COL_NAME:
                return row.display_name
            if col == COL_ROLE:
                return auth.role_label(row.role)
            if col == COL_STATE:
                return row.state()
        if role == Qt.ItemDataRole.ForegroundRole and row.disabled:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


def role_combo(current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for role in auth.Role:
        combo.addItem(auth.role_label(role), str(role))
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class _AccountForm(QDialog):
    """A small form about one account: fields with their errors, OK and Cancel."""

    def __init__(self, session: Session, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.errors: dict[str, FieldError] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def field(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.errors[key] = add_field(self.form, label, widget)
        return widget

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.set_error("")

    def save(self) -> None:
        """Do the change; raise a HallDeskError to refuse it."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.save()
        except ValidationError as err:
            place_problems(err, self.errors, self.general)
            return
        except HallDeskError as err:
            show_error(self, err)
            return
        super().accept()

    def check_repeat(self, first: QLineEdit, second: QLineEdit) -> None:
        if first.text() != second.text():
            raise ValidationError(
                QCoreApplication.translate("UsersDialog", "The two passwords differ."), field="repeat"
            )


class AddUserDialog(_AccountForm):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Add user"), self.tr("&Add user"), parent)
        self.username = self.field("username", self.tr("&User name:"), QLineEdit())
        self.username.setMaxLength(50)
        self.display_name = self.field("display_name", self.tr("&Full name:"), QLineEdit())
        self.display_name.setMaxLength(50)
        self.role = self.field("role", self.tr("&Role:"), role_combo(auth.Role.OFFICER))
        self.password = self.field("password", self.tr("&Password:"), password_edit())
        self.repeat = self.field("repeat", self.tr("R&epeat the password:"), password_edit())
        self.user: User | None = None
        self.username.setFocus()

    def save(self) -> None:
        self.check_repeat(self.password, self.repeat)
        self.user = auth.add_user(
            self.session,
            self.username.text(),
            self.role.currentData(),
            self.password.text(),
            self.display_name.text(),
        )


class RoleDialog(_AccountForm):
    def __init__(self, session: Session, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Change role"), self.tr("&Change role"), parent)
        self.user = user
        self.set_intro(
            self.tr("The new role of {name} ({user}) applies from their next login.").format(
                name=user.display_name or user.username, user=user.username
            )
        )
        self.role = self.field("role", self.tr("&Role:"), role_combo(user.role))
        self.role.setFocus()

    def save(self) -> None:
        auth.set_role(self.session, self.user.id, self.role.currentData())


class ResetPasswordDialog(_AccountForm):
    def __init__(self, session: Session, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Reset password"), self.tr("&Reset password"), parent)
        self.user = user
        self.set_intro(
            self.tr(
                "Choose a new password for {name} ({user}) and give it to them in person. "
                "This also lifts a lock after wrong passwords."
            ).format(name=user.display_name or user.username, user=user.username)
        )
        self.password = self.field("password", self.tr("&New password:"), password_edit())
        self.repeat = self.field("repeat", self.tr("R&epeat the password:"), password_edit())
        self.password.setFocus()

    def save(self) -> None:
        self.check_repeat(self.password, self.repeat)
        auth.reset_password(self.session, self.user.id, self.password.text())


class DisableDialog(_AccountForm):
    def __init__(self, session: Session, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Disable user"), self.tr("&Disable"), parent)
        self.user = user
        self.set_intro(
            self.tr(
                "{name} ({user}) will not be able to log in until an administrator enables the "
                "account again. Nothing they recorded is removed."
            ).format(name=user.display_name or user.username, user=user.username)
        )
        self.reason = self.field("reason", self.tr("&Reason:"), QLineEdit())
        self.reason.setMaxLength(200)
        self.reason.setFocus()

    def save(self) -> None:
        auth.disable_user(self.session, self.user.id, self.reason.text())


class UsersDialog(QDialog):
    """The list of accounts with the administrator's actions."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editor: QDialog | None = None
        self.setWindowTitle(self.tr("Users"))
        self.resize(760, 420)

        self.model = UsersModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = self._button(self.tr("&Add user…"), self.add_user)
        self.role_button = self._button(self.tr("Change &role…"), self.change_role)
        self.password_button = self._button(self.tr("Reset &password…"), self.reset_password)
        self.disable_button = self._button(self.tr("&Disable…"), self.disable_or_enable)
        self.close_button = self._button(self.tr("Close"), self.reject)

        side = QVBoxLayout()
        for b in (self.add_button, self.role_button, self.password_button, self.disable_button):
            side.addWidget(b)
        side.addStretch(1)
        side.addWidget(self.close_button)
        row = QHBoxLayout(self)
        row.addWidget(self.view, 1)
        row.addLayout(side)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.change_role())
        self.refresh()
        self.view.setFocus()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows([UserRow.of(u) for u in auth.list_users()])
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_user(self, username: str) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).username == username:
                self.view.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        user = self.selected()
        for b in (self.role_button, self.password_button, self.disable_button):
            b.setEnabled(user is not None)
        if user is not None and user.disabled:
            self.disable_button.setText(self.tr("&Enable"))
        else:
            self.disable_button.setText(self.tr("&Disable…"))
        # Nobody disables their own account (the service refuses it too).
        if user is not None and not user.disabled and user.id == self.session.user_id:
            self.disable_button.setEnabled(False)

    def _edit(self, dialog: QDialog, select_id: int | None = None) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog

        def done() -> None:
            user = getattr(dialog, "user", None)
            self.refresh(select_id if select_id is not None else getattr(user, "id", None))

        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: setattr(self, "editor", None))
        dialog.open()
        return dialog

    def add_user(self) -> QDialog:
        return self._edit(AddUserDialog(self.session, self))

    def change_role(self) -> QDialog | None:
        user = self.selected()
        return self._edit(RoleDialog(self.session, user, self), user.id) if user else None

    def reset_password(self) -> QDialog | None:
        user = self.selected()
        return self._edit(ResetPasswordDialog(self.session, user, self), user.id) if user else None

    def disable_or_enable(self) -> QDialog | None:
        user = self.selected()
        if user is None:
            return None
        if not user.disabled:
            return self._edit(DisableDialog(self.session, user, self), user.id)
        try:
            auth.enable_user(self.session, user.id)
        except HallDeskError as err:
            show_error(self, err)
        self.refresh(user.id)
        return None
