"""Hall settings, for the administrator: hall name, idle lock, the language of the
printed registers, the letterhead of notices, the permission matrix, and this
PC's database location.

Hall-wide values live in the database (``app.settings``, ``app.auth``) and are
saved together or not at all; the database location is a per-PC setting
(``app.config``) that applies the next time HallDesk starts.
"""

from __future__ import annotations

import base64
import datetime as dt

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPixmap
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

from app import auth, backup, config, notices, settings
from app.auth import Permission, Role, Session
from app.errors import HallDeskError, ValidationError
from app.store import OpenedStore
from db.connection import database, is_sqlite
from ui.common import show_error
from ui.login import FieldError, add_field, place_problems, quiet_label

MAX_IDLE_MINUTES = 240
# The printed registers' languages, each named in itself.
REGISTER_LANGUAGES = (("zh_CN", "中文"), ("en", "English"))
# The letterhead of notices (发文): text settings, then the two images (PNG, base64).
NOTICE_TEXT_KEYS = (
    "notice_prefix",
    "notice_issuer",
    "notice_header",
    "notice_addressee",
    "notice_printed_by",
    "notice_regulation",
)
NOTICE_IMAGE_KEYS = ("seal_image", "signature_image")
IMAGE_PREVIEW = 56  # pixels, the height of an image's preview


def field_with_button(field: QWidget, text: str, action) -> tuple[QWidget, QPushButton]:
    """``field`` with a button after it (Browse…): one form row; the label's mnemonic reaches the field."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(action)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    row.setFocusProxy(field)
    return row, button


def choose_backup_folder(parent: QWidget, start: str) -> str:
    """Ask for the folder backups go to; "" when cancelled. Tests replace this function."""
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("SettingsDialog", "Choose the backups folder"), start
    )


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


def choose_image_file(parent: QWidget, title: str) -> str:
    """Ask for a PNG image; "" when cancelled. Tests replace this function."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate("SettingsDialog", "PNG images (*.png);;All files (*)"),
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
        # Two columns: the hall and its notices; who may do what and this PC.
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

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
        left.addWidget(hall_box)

        # -- notices: the letterhead of the issuing body
        self._build_notices(left)
        left.addStretch(1)

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
        right.addWidget(matrix_box)

        # -- this PC
        pc_box = QGroupBox(self.tr("This PC"))
        pc_form = QFormLayout(pc_box)
        self._database = str(config.load().get("database") or store.url)
        self.database = QLineEdit(self._database)
        self.database.setToolTip(
            self.tr("A database file, or postgresql://user@server/dbname for a hall with several PCs.")
        )
        row, self.browse_button = field_with_button(self.database, self.tr("&Browse…"), self.browse)
        self.errors["database"] = add_field(pc_form, self.tr("&Database:"), row)
        # Backups of the SQLite file: where, and for how long.
        place = config.load()
        self._backup_folder = str(place.get("backup_folder") or "")
        self._keep_days = backup.keep_days()
        self.backup_folder = QLineEdit(self._backup_folder)
        self.backup_folder.setPlaceholderText(str(config.data_dir() / "backups"))
        self.backup_folder.setToolTip(
            self.tr(
                "Where the daily copies and the copies before each upgrade go: empty for the data "
                "folder, or a USB stick or a network share."
            )
        )
        backup_row, self.backup_browse_button = field_with_button(
            self.backup_folder, self.tr("Bro&wse…"), self.browse_backup_folder
        )
        self.errors["backup_folder"] = add_field(pc_form, self.tr("Bac&kups folder:"), backup_row)
        self.keep_days = QSpinBox()
        self.keep_days.setRange(backup.MIN_KEEP_DAYS, backup.MAX_KEEP_DAYS)
        self.keep_days.setValue(self._keep_days)
        self.keep_days.setSuffix(self.tr(" days"))
        self.errors["backup_keep_days"] = add_field(pc_form, self.tr("Kee&p backups for:"), self.keep_days)
        if not is_sqlite():
            for widget in (self.backup_folder, self.backup_browse_button, self.keep_days):
                widget.setEnabled(False)
                widget.setToolTip(
                    self.tr(
                        "This hall's database is on a PostgreSQL server: it is backed up there with pg_dump."
                    )
                )
        pc_note = QLabel(
            self.tr(
                "Only this PC uses these settings. A new database location applies "
                "the next time HallDesk starts."
            )
        )
        pc_note.setWordWrap(True)
        pc_form.addRow(pc_note)
        right.addWidget(pc_box)
        right.addStretch(1)

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
        # Wide enough that the permissions read on one or two lines beside the notices.
        self.resize(max(self.sizeHint().width(), 1100), self.sizeHint().height())

    def _build_notices(self, layout: QVBoxLayout) -> None:
        notices_box = QGroupBox(self.tr("Notices"))
        form = QFormLayout(notices_box)
        self._notice_texts = {key: str(settings.get(key) or "") for key in NOTICE_TEXT_KEYS}
        self.notice_edits: dict[str, QLineEdit] = {}
        for key in NOTICE_TEXT_KEYS:
            edit = QLineEdit(self._notice_texts[key])
            edit.setMaxLength(settings.TEXT_LIMITS[key])
            self.notice_edits[key] = edit
        self.notice_prefix = self.notice_edits["notice_prefix"]
        self.notice_issuer = self.notice_edits["notice_issuer"]
        self.notice_header = self.notice_edits["notice_header"]
        self.notice_prefix.setPlaceholderText(self.tr("e.g. 新人社窗"))
        self.notice_issuer.setPlaceholderText(self.tr("e.g. 新县人力资源和社会保障局"))
        self.notice_edits["notice_addressee"].setPlaceholderText(self.tr("e.g. 局属各单位、各窗口："))
        self.notice_edits["notice_regulation"].setPlaceholderText(self.tr("e.g. 窗口工作人员管理制度"))
        self.notice_example = quiet_label("")
        prefix_box = QWidget()
        prefix_column = QVBoxLayout(prefix_box)
        prefix_column.setContentsMargins(0, 0, 0, 0)
        prefix_column.setSpacing(2)
        prefix_column.addWidget(self.notice_prefix)
        prefix_column.addWidget(self.notice_example)
        prefix_box.setFocusProxy(self.notice_prefix)
        labels = {
            "notice_issuer": self.tr("&Issuing body (发文机关署名):"),
            "notice_header": self.tr("&Header (发文机关标志):"),
            "notice_addressee": self.tr("&Addressed to (主送机关):"),
            "notice_printed_by": self.tr("Printed b&y (印发机关):"),
            "notice_regulation": self.tr("Re&gulation title:"),
        }
        self.errors["notice_prefix"] = add_field(form, self.tr("Notice number pre&fix:"), prefix_box)
        for key, label in labels.items():
            self.errors[key] = add_field(form, label, self.notice_edits[key])
        self.notice_edits["notice_regulation"].setToolTip(
            self.tr("The regulation decisions rely on, quoted as 《…》 in notices")
        )

        self._images = {key: str(settings.get(key) or "") for key in NOTICE_IMAGE_KEYS}
        self._saved_images = dict(self._images)
        self.image_previews: dict[str, QLabel] = {}
        self.image_choose_buttons: dict[str, QPushButton] = {}
        self.image_remove_buttons: dict[str, QPushButton] = {}
        image_labels = {
            "seal_image": self.tr("S&eal image:"),
            "signature_image": self.tr("Signa&ture image:"),
        }
        for key, label in image_labels.items():
            preview = QLabel()
            preview.setFixedSize(IMAGE_PREVIEW * 2, IMAGE_PREVIEW)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview.setStyleSheet("QLabel { border: 1px solid palette(mid); background: white; }")
            choose = QPushButton(self.tr("Choose PNG…"))
            choose.setAutoDefault(False)
            choose.clicked.connect(lambda _c=False, k=key: self.choose_image(k))
            remove = QPushButton(self.tr("Remove"))
            remove.setAutoDefault(False)
            remove.clicked.connect(lambda _c=False, k=key: self.remove_image(k))
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(preview)
            row_layout.addWidget(choose)
            row_layout.addWidget(remove)
            row_layout.addStretch(1)
            row.setFocusProxy(choose)
            self.image_previews[key] = preview
            self.image_choose_buttons[key] = choose
            self.image_remove_buttons[key] = remove
            self.errors[key] = add_field(form, label, row)
            self._show_image(key)
        note = quiet_label(
            self.tr(
                "Every notice carries the header, its number, the issuing body and the seal. A PNG with a "
                "transparent background prints best."
            )
        )
        form.addRow(note)

        self._notice_focus = {self.errors[key]: edit for key, edit in self.notice_edits.items()}
        self._notice_focus.update({self.errors[key]: b for key, b in self.image_choose_buttons.items()})
        self.notice_prefix.textChanged.connect(self._show_notice_example)
        self.notice_issuer.textChanged.connect(self._show_issuer_defaults)
        for key, edit in self.notice_edits.items():
            edit.textEdited.connect(lambda _t, k=key: self.errors[k].set_error(""))
        self._show_notice_example()
        self._show_issuer_defaults()
        layout.addWidget(notices_box)

    def _show_notice_example(self) -> None:
        prefix = " ".join(self.notice_prefix.text().split())
        year = dt.date.today().year
        if prefix:
            self.notice_example.setText(
                self.tr("Numbers read: {example}").format(example=notices.number_text(prefix, year, 1))
            )
        else:
            self.notice_example.setText(
                self.tr("Numbers read like {example}; notices cannot be issued without a prefix.").format(
                    example=notices.number_text("新人社窗", year, 1)
                )
            )

    def _show_issuer_defaults(self) -> None:
        """The header and the printed-by line default to the issuing body's name."""
        issuer = " ".join(self.notice_issuer.text().split())
        if issuer:
            self.notice_header.setPlaceholderText(f"{issuer}文件")
            self.notice_edits["notice_printed_by"].setPlaceholderText(f"{issuer}办公室")
        else:
            self.notice_header.setPlaceholderText(self.tr("<issuing body>文件"))
            self.notice_edits["notice_printed_by"].setPlaceholderText(self.tr("<issuing body>办公室"))

    def _show_image(self, key: str) -> None:
        preview = self.image_previews[key]
        pixmap = QPixmap()
        if self._images[key] and pixmap.loadFromData(base64.b64decode(self._images[key])):
            preview.setPixmap(
                pixmap.scaled(
                    preview.size().shrunkBy(QMargins(2, 2, 2, 2)),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            preview.setToolTip(
                self.tr("{width} × {height} pixels").format(width=pixmap.width(), height=pixmap.height())
            )
        else:
            preview.clear()
            preview.setText(self.tr("none"))
            preview.setToolTip("")
        self.image_remove_buttons[key].setEnabled(bool(self._images[key]))

    def choose_image(self, key: str) -> None:
        """Ask for a PNG; it replaces the image when the dialog is saved."""
        title = (
            self.tr("Choose the seal image") if key == "seal_image" else self.tr("Choose the signature image")
        )
        path = choose_image_file(self, title)
        if not path:
            return
        self.errors[key].set_error("")
        try:
            self._images[key] = notices.read_image(path, key)
        except ValidationError as err:
            self.errors[key].set_error("\n".join(p.message for p in err.problems))
            return
        self._show_image(key)

    def remove_image(self, key: str) -> None:
        self.errors[key].set_error("")
        self._images[key] = ""
        self._show_image(key)

    def browse(self) -> None:
        path = choose_database_file(self, self.database.text())
        if path:
            self.database.setText(path)

    def browse_backup_folder(self) -> None:
        start = self.backup_folder.text().strip() or str(config.data_dir())
        path = choose_backup_folder(self, start)
        if path:
            self.backup_folder.setText(path)

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
        pc_values: dict[str, object] = {}
        if database_text != self._database:
            pc_values["database"] = database_text
        folder_changed = self.backup_folder.text().strip() != self._backup_folder
        if is_sqlite() and (folder_changed or self.keep_days.value() != self._keep_days):
            try:  # checked before anything is saved, here or in the database
                pc_values.update(backup.check_place(self.backup_folder.text(), self.keep_days.value()))
            except ValidationError as err:
                place_problems(err, self.errors, self.general)
                self.backup_folder.setFocus()
                return
        try:
            with database.atomic():  # the hall's settings: all of them or none
                if self.hall_name.text() != self._hall_name:
                    settings.put(self.session, "hall_name", self.hall_name.text())
                if self.idle_minutes.value() != self._idle_minutes:
                    settings.put(self.session, "idle_lock_minutes", self.idle_minutes.value())
                if self.register_language.currentData() != self._register_language:
                    settings.put(self.session, "register_language", self.register_language.currentData())
                for key, edit in self.notice_edits.items():
                    if edit.text() != self._notice_texts[key]:
                        settings.put(self.session, key, edit.text())
                for key, value in self._images.items():
                    if value != self._saved_images[key]:
                        settings.put(self.session, key, value)
                if matrix != {p: set(r) for p, r in self._matrix.items()}:
                    auth.set_permission_matrix(self.session, matrix)
        except ValidationError as err:
            first = place_problems(err, self.errors, self.general)
            if first is self.errors["hall_name"]:
                self.hall_name.setFocus()
            elif first in self._notice_focus:
                self._notice_focus[first].setFocus()
            return
        except HallDeskError as err:
            show_error(self, err)
            return
        if pc_values:
            try:
                config.save(pc_values)
            except OSError as err:
                reason = err.strerror or str(err)
                text = self.tr("This PC's settings could not be saved: {error}")
                self.general.set_error(text.format(error=reason))
                return
        super().accept()
