"""The hall's signing certificate, for the administrator: what it is, import one, create one.

Notices are signed with the certificate in force. It comes from a PKCS#12 file
(.p12/.pfx from a certificate authority) or is created here, self-signed, in
the issuing body's name. Either way the key stays encrypted with a passphrase
that whoever issues a notice types; HallDesk cannot recover it. A replaced
certificate is kept, so notices signed with it stay verifiable. Every check
lives in ``app.certificate`` and ``app.signing``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import certificate, settings, signing
from app.audit import local_time
from app.auth import Permission, Session
from app.certificate import KeyInfo
from app.errors import HallDeskError, ValidationError
from ui import common
from ui.login import FieldError, add_field, password_edit, quiet_label
from ui.worker import run_with_progress

WARN_DAYS = 60  # a certificate this close to its end is shown with a warning


# ---------------------------------------------------------------- prompts (tests replace these)


def choose_pkcs12_file(parent: QWidget | None) -> str:
    """Ask for a .p12/.pfx file; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CertificateDialog", "Import a certificate file"),
        "",
        QCoreApplication.translate("CertificateDialog", "Certificate files (*.p12 *.pfx);;All files (*)"),
    )
    return path


def ask_passphrase(parent: QWidget | None, file_name: str, error: str = "") -> str | None:
    """Ask the passphrase of a certificate file; None when cancelled. ``error`` says why again."""
    dialog = PassphraseDialog(file_name, error, parent)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(parent: QWidget | None) -> str | None:
    """Ask a new passphrase twice; None when cancelled."""
    dialog = NewPassphraseDialog(parent)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def fingerprint_text(fingerprint: str, per_line: int = 16) -> str:
    """A SHA-256 fingerprint in upper-case pairs, 16 to a line, as certificate viewers show it."""
    pairs = [fingerprint[i : i + 2].upper() for i in range(0, len(fingerprint), 2)]
    return "\n".join(" ".join(pairs[i : i + per_line]) for i in range(0, len(pairs), per_line))


def _messages(err: HallDeskError) -> str:
    """An error's messages without the field names (this dialog says which thing it is about)."""
    if isinstance(err, ValidationError):
        return "\n".join(p.message for p in err.problems)
    return str(err)


def fit_height(dialog: QDialog) -> None:
    """Make a dialog tall enough for its wrapped texts at its current width (Qt sizes top-level
    windows by their size hint, which does not follow the wrapping)."""
    layout = dialog.layout()
    layout.activate()
    width = dialog.width() if dialog.isVisible() else dialog.minimumWidth()
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    dialog.resize(width, max(height, layout.totalMinimumSize().height()))


@contextlib.contextmanager
def _wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class PassphraseDialog(QDialog):
    """The passphrase of a certificate file being imported."""

    def __init__(self, file_name: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of the certificate file"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            self.tr(
                "Type the passphrase that protects {file}. Notices will be signed with this "
                "certificate; whoever issues notices types this passphrase to unlock it."
            ).format(file=file_name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        form = QFormLayout()
        self.edit = password_edit()
        self.error = add_field(form, self.tr("&Passphrase:"), self.edit)
        self.error.set_error(error)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.textEdited.connect(lambda _t: self.error.set_error(""))
        self.edit.setFocus()
        fit_height(self)

    def passphrase(self) -> str:
        return self.edit.text()


class NewPassphraseDialog(QDialog):
    """The passphrase of a certificate about to be created: typed twice, at least 8 characters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a self-signed certificate"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        issuer = str(settings.get("notice_issuer") or "")
        if issuer:
            who = self.tr(
                "HallDesk creates a key and a certificate in the name of {name}, valid for 10 years."
            ).format(name=issuer)
        else:
            who = self.tr(
                "HallDesk creates a key and a certificate in the name of the hall, {name}, valid for 10 "
                "years. To name the issuing body instead, set it under Hall settings → Notices first."
            ).format(name=settings.get("hall_name") or "")
        self.intro = intro = QLabel(
            who
            + "\n\n"
            + self.tr(
                "The key is kept encrypted with the passphrase you choose here; whoever issues notices "
                "needs it to unlock the certificate. Keep it safe: HallDesk cannot recover a forgotten "
                "passphrase, and a new certificate would have to be created."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        form = QFormLayout()
        self.first = password_edit()
        self.second = password_edit()
        self.errors = {
            "passphrase": add_field(form, self.tr("&Passphrase:"), self.first),
            "repeat": add_field(form, self.tr("&Repeat it:"), self.second),
        }
        layout.addLayout(form)
        layout.addWidget(
            quiet_label(
                self.tr("At least {count} characters; a few words are easier to remember.").format(
                    count=signing.MIN_PASSPHRASE
                )
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create certificate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for edit, name in ((self.first, "passphrase"), (self.second, "repeat")):
            edit.textEdited.connect(lambda _t, n=name: self.errors[n].set_error(""))
        self.first.setFocus()
        fit_height(self)

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        for label in self.errors.values():
            label.set_error("")
        if len(self.first.text()) < signing.MIN_PASSPHRASE:
            self.errors["passphrase"].set_error(
                self.tr("The passphrase must be at least {count} characters long.").format(
                    count=signing.MIN_PASSPHRASE
                )
            )
            self.first.setFocus()
            self.first.selectAll()
            fit_height(self)
            return
        if self.first.text() != self.second.text():
            self.errors["repeat"].set_error(self.tr("The two passphrases differ."))
            self.second.setFocus()
            self.second.selectAll()
            fit_height(self)
            return
        super().accept()


# ---------------------------------------------------------------- the dialog


class CertificateDialog(QDialog):
    """The certificate notices are signed with, and the administrator's two ways to set one.

    ``changed`` is emitted after a certificate was imported or created.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.can_edit = session.can(Permission.ADMIN)
        self._job = None
        self.setWindowTitle(self.tr("Signing certificate"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        self.none_label = QLabel(
            self.tr(
                "The hall has no signing certificate yet, so notices cannot be issued. Import the "
                "certificate file the hall received from a certificate authority, or create a "
                "self-signed one here."
            ),
            self,
        )
        self.none_label.setWordWrap(True)
        layout.addWidget(self.none_label)

        self.details = QGroupBox(self.tr("Certificate notices are signed with"), self)
        form = QFormLayout(self.details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.subject = self._value()
        self.fingerprint = self._value()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.fingerprint.setFont(mono)
        self.valid_from = self._value()
        self.valid_to = self._value()
        self.kind = self._value()
        self.added = self._value()
        form.addRow(self.tr("Name:"), self.subject)
        form.addRow(self.tr("Fingerprint (SHA-256):"), self.fingerprint)
        form.addRow(self.tr("Valid from:"), self.valid_from)
        form.addRow(self.tr("Valid until:"), self.valid_to)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Added:"), self.added)
        layout.addWidget(self.details)

        self.warning = FieldError(self)
        layout.addWidget(self.warning)
        self.self_signed_note = quiet_label(
            self.tr(
                "A self-signed certificate: HallDesk recognises the notices signed with it; other PDF "
                "readers show the signature but cannot vouch for who made it. A certificate from a "
                "certificate authority can replace it at any time."
            )
        )
        layout.addWidget(self.self_signed_note)
        self.note = quiet_label(
            self.tr(
                "The key is kept encrypted with its passphrase; whoever issues notices types it to "
                "unlock the certificate. HallDesk recognises the notices the hall signed by the "
                "fingerprint above. A replaced certificate is kept, so notices signed earlier stay "
                "verifiable."
            )
        )
        layout.addWidget(self.note)

        self.import_button = QPushButton(self.tr("&Import PKCS#12 file…"), self)
        self.import_button.setToolTip(self.tr("A .p12 or .pfx file from a certificate authority"))
        self.import_button.clicked.connect(self.import_file)
        self.create_button = QPushButton(self.tr("C&reate self-signed certificate…"), self)
        self.create_button.clicked.connect(self.create_certificate)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.import_button, self.create_button):
            button.setAutoDefault(False)
            button.setVisible(self.can_edit)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addStretch(1)
        layout.addSpacing(10)
        layout.addLayout(row)
        self.refresh()

    def _value(self) -> QLabel:
        label = QLabel(self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- showing

    def refresh(self) -> KeyInfo | None:
        info = certificate.current()
        self.none_label.setVisible(info is None)
        self.details.setVisible(info is not None)
        self.note.setVisible(info is not None)
        self.self_signed_note.setVisible(False)
        self.warning.set_error("")
        if info is None:
            fit_height(self)
            return None
        self.subject.setText(info.subject)
        self.fingerprint.setText(fingerprint_text(info.fingerprint))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint (SHA-256)"))
        self.valid_from.setText(local_time(info.not_before))
        self.valid_to.setText(local_time(info.not_after))
        if info.self_signed:
            self.kind.setText(self.tr("self-signed, created in HallDesk"))
        else:
            self.kind.setText(self.tr("imported from a certificate file"))
        self.self_signed_note.setVisible(info.self_signed)
        self.added.setText(
            self.tr("{time} by {user}").format(time=local_time(info.added_at), user=info.added_by)
        )
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        if info.not_after <= now:
            self.warning.set_error(
                self.tr("This certificate has expired: notices cannot be signed until another is set.")
            )
        elif info.not_after - now < dt.timedelta(days=WARN_DAYS):
            self.warning.set_error(
                self.tr(
                    "This certificate expires in {days} days: import or create its successor soon."
                ).format(days=(info.not_after - now).days)
            )
        fit_height(self)
        return info

    def shown_fingerprint(self) -> str:
        """The fingerprint as shown, without its spaces and line breaks ("" when none)."""
        if self.details.isHidden():
            return ""
        return "".join(self.fingerprint.text().split()).lower()

    # -- changing

    def _may_replace(self) -> bool:
        if certificate.current() is None:
            return True
        return common.confirm(
            self,
            self.tr("Replace the signing certificate"),
            self.tr(
                "Replace the hall's signing certificate? New notices will be signed with the new one. "
                "Notices signed earlier stay verifiable: HallDesk keeps the old certificate to check them."
            ),
        )

    def import_file(self) -> KeyInfo | None:
        """Choose a .p12/.pfx file, type its passphrase (again while it is wrong), make it the hall's."""
        if not self.can_edit or not self._may_replace():
            return None
        path = choose_pkcs12_file(self)
        if not path:
            return None
        error = ""
        while True:
            passphrase = ask_passphrase(self, Path(path).name, error)
            if passphrase is None:
                return None
            try:
                with _wait_cursor():
                    info = certificate.import_pkcs12(self.session, path, passphrase)
            except ValidationError as err:
                if any(p.field == "passphrase" for p in err.problems):
                    error = _messages(err)
                    continue
                common.show_error(self, HallDeskError(_messages(err)), self.tr("Import a certificate file"))
                return None
            except HallDeskError as err:
                common.show_error(self, err, self.tr("Import a certificate file"))
                return None
            break
        self._set(self.tr("The certificate of {name} was imported.").format(name=info.subject))
        return info

    def create_certificate(self) -> None:
        """Ask a new passphrase twice, then create the key and certificate in the background."""
        if not self.can_edit or not self._may_replace():
            return
        passphrase = ask_new_passphrase(self)
        if passphrase is None:
            return
        if len(passphrase) < signing.MIN_PASSPHRASE:
            common.show_error(
                self,
                HallDeskError(
                    self.tr("The passphrase must be at least {count} characters long.").format(
                        count=signing.MIN_PASSPHRASE
                    )
                ),
                self.tr("Create a self-signed certificate"),
            )
            return
        session = self.session
        self._job = run_with_progress(
            self,
            self.tr("Creating the key and the certificate…"),
            lambda progress: certificate.create_self_signed(session, passphrase),
            self._created,
        )
        self._job.done.connect(self._finished)

    def _finished(self, _result: object, _error: object) -> None:
        self._job = None

    def busy(self) -> bool:
        return self._job is not None

    def _created(self, info: KeyInfo) -> None:
        self._set(self.tr("A self-signed certificate for {name} was created.").format(name=info.subject))

    def _set(self, message: str) -> None:
        self._job = None
        self.refresh()
        self.changed.emit()
        common.inform(self, self.tr("Signing certificate"), message)
