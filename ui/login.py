"""Getting in: the first-start dialog, the login dialog and changing one's own password.

Every dialog here checks its input through ``app.auth`` and shows what is
wrong beside the field it concerns. None of them blocks in ``exec()`` by
itself, so tests drive them with ``show()`` and real keys.
"""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import auth, config, settings
from app.errors import AuthError, HallDeskError, ValidationError
from ui.common import show_error


class FieldError(QLabel):
    """A red message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def set_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def add_field(form: QFormLayout, label: str, widget: QWidget) -> FieldError:
    """Add ``widget`` to ``form`` with a FieldError under it; return the error label."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    error = FieldError(box)
    column.addWidget(error)
    form.addRow(label, box)
    row_label = form.labelForField(box)
    if isinstance(row_label, QLabel):
        # A row of widgets (a field and its Browse… button) names its field as focus proxy:
        # the label's mnemonic must reach that field, which a plain container cannot take.
        row_label.setBuddy(widget.focusProxy() or widget)
    return error


def place_problems(
    err: ValidationError, fields: dict[str, FieldError], general: FieldError
) -> QWidget | None:
    """Show each problem beside its field (or in ``general``); return the first field's label."""
    for label in (*fields.values(), general):
        label.set_error("")
    first: QWidget | None = None
    leftovers = []
    for problem in err.problems:
        label = fields.get(problem.field or "")
        if label is None:
            leftovers.append(str(problem))
            continue
        label.set_error("\n".join(filter(None, [label.text(), problem.message])))
        first = first or label
    general.set_error("\n".join(leftovers))
    return first


def quiet_label(text: str) -> QLabel:
    """A secondary line of information (which database, for instance), selectable for copying."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading_label(text: str, scale: float) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


def remember_user(username: str) -> None:
    """The login dialog offers this name next time (per-PC setting ``last_user``)."""
    try:
        config.save({"last_user": username})
    except OSError:
        pass  # remembering the name is a convenience; logging in matters


def demo_available() -> bool:
    return importlib.util.find_spec("app.demo") is not None


class SummaryDialog(QDialog):
    """Text the user may want to keep (the demo users and their password), with a Copy button."""

    def __init__(self, title: str, intro: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = QLabel(intro)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(560, 200)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def show_summary(parent: QWidget | None, title: str, intro: str, text: str) -> None:
    """Show ``text`` in a dialog the user can copy from (tests replace this function)."""
    SummaryDialog(title, intro, text, parent).exec()


class FirstRunDialog(QDialog):
    """First start on a new database: create the administrator, optionally fill a demo hall.

    ``session`` holds the administrator's session once the dialog is accepted.
    """

    def __init__(self, database_description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: auth.Session | None = None
        self._job = None
        self.setWindowTitle(self.tr("Welcome to HallDesk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        layout.addWidget(heading_label(self.tr("Welcome to HallDesk"), 1.4))
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the administrator's account first: "
                "the administrator adds the other users and keeps the hall's settings.\n\n"
                "HallDesk has no default password. Choose one of at least {n} characters "
                "and keep it somewhere safe."
            ).format(n=auth.MIN_PASSWORD_LENGTH)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setMaxLength(50)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(50)
        self.password = password_edit()
        self.repeat = password_edit()
        self.errors = {
            "username": add_field(form, self.tr("Administrator's &user name:"), self.username),
            "display_name": add_field(form, self.tr("&Full name:"), self.display_name),
            "password": add_field(form, self.tr("&Password:"), self.password),
            "repeat": add_field(form, self.tr("&Repeat the password:"), self.repeat),
        }
        layout.addLayout(form)

        self.demo = QCheckBox(self.tr("Fill the database with a &demo hall to try HallDesk out"))
        self.demo.setVisible(demo_available())
        layout.addWidget(self.demo)
        if database_description:
            layout.addWidget(quiet_label(self.tr("Database: {where}").format(where=database_description)))
        self.general = FieldError()
        layout.addWidget(self.general)

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("&Create account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def accept(self) -> None:  # Enter or "Create account"
        if self.session is not None or self._job is not None:
            return
        for label in (*self.errors.values(), self.general):
            label.set_error("")
        if self.password.text() != self.repeat.text():
            self.errors["repeat"].set_error(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            self.repeat.selectAll()
            return
        try:
            session = auth.create_first_admin(
                self.username.text(), self.password.text(), self.display_name.text()
            )
        except ValidationError as err:
            place_problems(err, self.errors, self.general)
            field = next((p.field for p in err.problems if p.field in self.errors), "username")
            (self.password if field == "password" else self.username).setFocus()
            return
        except HallDeskError as err:
            self.general.set_error(str(err))
            return
        self.session = session
        remember_user(session.username)
        if self.demo.isVisible() and self.demo.isChecked():
            self._fill_demo()
        else:
            super().accept()

    def _fill_demo(self) -> None:
        from app import demo
        from ui.worker import run_with_progress

        self.buttons.setEnabled(False)
        self._job = run_with_progress(
            self,
            self.tr("Filling the database with a demo hall…"),
            lambda progress: demo.fill_demo(progress=progress),
            on_done=self._demo_done,
        )
        # After the result (or the error) was shown: the administrator exists either way.
        self._job.done.connect(lambda _result, _error: QDialog.accept(self))

    def _demo_done(self, report) -> None:
        show_summary(
            self,
            self.tr("Demo hall created"),
            self.tr(
                "The demo hall is ready. Keep the user names and the demo password below "
                "to try the other roles; you stay logged in as the administrator."
            ),
            report.summary(),
        )


class LoginDialog(QDialog):
    """User name and password; ``session`` holds the result once accepted.

    The last user name is remembered on this PC (settings key ``last_user``).
    """

    def __init__(self, database_description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: auth.Session | None = None
        self.setWindowTitle(self.tr("Log in to HallDesk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(40, 40))
        top.addWidget(icon)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(heading_label(self.tr("Log in to HallDesk"), 1.3))
        hall = str(settings.get("hall_name") or "")
        if hall:
            titles.addWidget(QLabel(hall))
        top.addLayout(titles, 1)
        layout.addLayout(top)

        form = QFormLayout()
        self.username = QLineEdit(str(config.load().get("last_user", "")))
        self.username.setMaxLength(50)
        self.password = password_edit()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        for field in (self.username, self.password):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        layout.addLayout(form)

        self.error = FieldError()
        layout.addWidget(self.error)
        if database_description:
            layout.addWidget(quiet_label(self.tr("Database: {where}").format(where=database_description)))

        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def accept(self) -> None:  # Enter or "Log in"
        name = self.username.text().strip()
        if not name:
            self.error.set_error(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        if not self.password.text():  # Enter after the name: no attempt is counted
            self.error.set_error(self.tr("Enter your password."))
            self.password.setFocus()
            return
        try:
            session = auth.login(name, self.password.text())
        except AuthError as err:
            self.error.set_error(str(err))
            self.password.clear()
            self.password.setFocus()
            return
        self.error.set_error("")
        self.session = session
        remember_user(session.username)
        super().accept()


class ChangePasswordDialog(QDialog):
    """The logged-in user changes their own password."""

    def __init__(self, session: auth.Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = password_edit()
        self.new = password_edit()
        self.repeat = password_edit()
        self.errors = {
            "old_password": add_field(form, self.tr("C&urrent password:"), self.old),
            "new_password": add_field(form, self.tr("&New password:"), self.new),
            "repeat": add_field(form, self.tr("&Repeat the new password:"), self.repeat),
        }
        layout.addLayout(form)
        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change password"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.old.setFocus()

    def accept(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.set_error("")
        if self.new.text() != self.repeat.text():
            self.errors["repeat"].set_error(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        try:
            auth.change_own_password(self.session, self.old.text(), self.new.text())
        except ValidationError as err:
            place_problems(err, self.errors, self.general)
            return
        except HallDeskError as err:
            show_error(self, err)
            return
        super().accept()
