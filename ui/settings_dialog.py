"""Hall settings, for the administrator: hall name, idle lock, the language of the
printed registers, the permission matrix, and this PC's database location.

Hall-wide values live in the database (``app.settings``, ``app.auth``) and are
saved together or not at all; the database location is a per-PC setting
(``app.config``) that applies the next time HallDesk starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import auth, config, settings
from app.auth import Permission, Role, Session
from app.errors import HallDeskError, ValidationError
from app.store import OpenedStore
from db.connection import database
from ui.common import show_error
from ui.login import FieldError, add_field, place_problems

MAX_IDLE_MINUTES = 240
# The printed registers' languages, each named in itself.
REGISTER_LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


def choose_database_file(parent: QWidget, current: str) -> str:
    """Ask for a database file (an existing one or a new name); "" when cancelled.

    Tests replace this function.
    """
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SettingsDialog", "Choose the database file"),
        current,
        QCoreApplication.translate("SettingsDialog", "HallDesk database (*.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return path


class SettingsDialog(QDialog):
    """What the administrator sets for the whole hall, and where this PC finds the database."""

    def __init__(self, session: Session, store: OpenedStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.setWindowTitle(self.tr("Hall settings"))
        layout = QVBoxLayout(self)

        # -- the hall
        hall_box = QGroupBox(self.tr("Service hall"))
        hall_form = QFormLayout(hall_box)
        self._hall_name = str(settings.get("hall_name") or "")
        self._idle_minutes = int(settings.get("idle_lock_minutes") or 0)
        self.hall_name = QLineEdit(self._hall_name)
        self.hall_name.setMaxLength(100)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(self._idle_minutes)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setToolTip(self.tr("0 means HallDesk never locks by itself."))
        self._register_language = str(settings.get("register_language") or "zh_CN")
        self.register_language = QComboBox()
        for code, name in REGISTER_LANGUAGES:
            self.register_language.addItem(name, code)
        self.register_language.setCurrentIndex(
            max(0, self.register_language.findData(self._register_language))
        )
        self.register_language.setToolTip(
            self.tr("The daily duty register and the Friday report print in this language.")
        )
        self.errors = {
            "hall_name": add_field(hall_form, self.tr("Hall &name:"), self.hall_name),
            "idle_lock_minutes": add_field(
                hall_form, self.tr("&Lock HallDesk after idle:"), self.idle_minutes
            ),
            "register_language": add_field(
                hall_form, self.tr("Language of printed &registers:"), self.register_language
            ),
        }
        layout.addWidget(hall_box)

        # -- who may do what
        matrix_box = QGroupBox(self.tr("Who may do what"))
        matrix_layout = QVBoxLayout(matrix_box)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self._matrix = auth.permission_matrix()
        self.checks: dict[tuple[Permission, Role], QCheckBox] = {}
        for col, role in enumerate(Role, start=1):
            header = QLabel(auth.role_label(role))
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, col)
        for row, permission in enumerate(Permission, start=1):
            text = QCoreApplication.translate("Permissions", auth.PERMISSION_LABELS[permission])
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            for col, role in enumerate(Role, start=1):
                check = QCheckBox()
                check.setChecked(role in self._matrix.get(permission, frozenset()))
                check.setAccessibleName(f"{auth.role_label(role)}: {text}")
                if permission == Permission.ADMIN and role == Role.ADMIN:
                    check.setChecked(True)
                    check.setEnabled(False)
                    check.setToolTip(self.tr("The administrator always keeps administration."))
                grid.addWidget(check, row, col, Qt.AlignmentFlag.AlignCenter)
                self.checks[(permission, role)] = check
        grid.setColumnStretch(0, 1)
        matrix_layout.addLayout(grid)
        note = QLabel(self.tr("Changes to who may do what apply at each user's next login."))
        note.setWordWrap(True)
        matrix_layout.addWidget(note)
        layout.addWidget(matrix_box)

        # -- this PC
        pc_box = QGroupBox(self.tr("This PC"))
        pc_form = QFormLayout(pc_box)
        self._database = str(config.load().get("database") or store.url)
        self.database = QLineEdit(self._database)
        self.database.setToolTip(
            self.tr("A database file, or postgresql://user@server/dbname for a hall with several PCs.")
        )
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.database, 1)
        row_layout.addWidget(self.browse_button)
        row.setFocusProxy(self.database)  # the label's mnemonic goes to the text field
        self.errors["database"] = add_field(pc_form, self.tr("&Database:"), row)
        pc_note = QLabel(
            self.tr(
                "Only this PC uses this setting. A new database location applies "
                "the next time HallDesk starts."
            )
        )
        pc_note.setWordWrap(True)
        pc_form.addRow(pc_note)
        layout.addWidget(pc_box)

        self.general = FieldError()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.hall_name.setFocus()

    def browse(self) -> None:
        path = choose_database_file(self, self.database.text())
        if path:
            self.database.setText(path)

    def chosen_matrix(self) -> dict[Permission, set[Role]]:
        return {
            permission: {role for role in Role if self.checks[(permission, role)].isChecked()}
            for permission in Permission
        }

    def accept(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.set_error("")
        database_text = self.database.text().strip()
        if not database_text:
            self.errors["database"].set_error(self.tr("Enter a database file or a postgresql:// address."))
            self.database.setFocus()
            return
        matrix = self.chosen_matrix()
        try:
            with database.atomic():  # the hall's settings: all of them or none
                if self.hall_name.text() != self._hall_name:
                    settings.put(self.session, "hall_name", self.hall_name.text())
                if self.idle_minutes.value() != self._idle_minutes:
                    settings.put(self.session, "idle_lock_minutes", self.idle_minutes.value())
                if self.register_language.currentData() != self._register_language:
                    settings.put(self.session, "register_language", self.register_language.currentData())
                if matrix != {p: set(r) for p, r in self._matrix.items()}:
                    auth.set_permission_matrix(self.session, matrix)
        except ValidationError as err:
            first = place_problems(err, self.errors, self.general)
            if first is self.errors["hall_name"]:
                self.hall_name.setFocus()
            return
        except HallDeskError as err:
            show_error(self, err)
            return
        if database_text != self._database:
            try:
                config.save({"database": database_text})
            except OSError as err:
                self.errors["database"].set_error(str(err))
                return
        super().accept()
