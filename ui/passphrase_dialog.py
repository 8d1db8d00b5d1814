"""Unlocking the hall's signing certificate with its passphrase, to sign a notice.

``ask_identity(parent, session)`` asks once and returns the unlocked identity
(or None when the user cancels). A wrong passphrase is said under the field
and the user tries again; a hall without a certificate is told who sets one
up and where.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import certificate
from app.auth import Session
from app.errors import HallDeskError, NotFound, ValidationError
from ui import common
from ui.staff_dialog import ERROR_COLOUR


def no_certificate_text() -> str:
    return QCoreApplication.translate(
        "UnlockKeyDialog",
        "The hall has no signing certificate yet, so notices cannot be signed.\n\n"
        "The administrator creates one or imports one (a .p12 or .pfx file) under "
        "Administration → Signing certificate. Then issue the notice again.",
    )


class UnlockKeyDialog(QDialog):
    """Asks for the signing certificate's passphrase; Unlock keeps the dialog open until it opens the key."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.identity = None
        self.setWindowTitle(self.tr("Unlock the signing certificate"))
        key = certificate.current()
        who = key.subject if key is not None else ""
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "A notice is signed with the hall's certificate ({subject}). Enter its passphrase; "
                "HallDesk keeps the certificate open until you log out."
            ).format(subject=who)
        )
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet(f"QLabel#passphraseError {{ color: {ERROR_COLOUR}; }}")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setEnabled(False)
        self.passphrase.textChanged.connect(lambda t: self.unlock_button.setEnabled(bool(t)))
        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.passphrase.setFocus()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if height > self.height():  # grow (never shrink) so the message shows whole
            self.resize(self.width(), height)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def unlock(self) -> None:
        try:
            self.identity = certificate.unlock(self.session, self.passphrase.text())
        except NotFound:
            self._refuse(no_certificate_text())
            return
        except ValidationError as err:
            self._refuse("\n".join(p.message for p in err.problems))
            return
        except HallDeskError as err:
            self._refuse(str(err))
            return
        self.passphrase.clear()
        self.accept()


def ask_identity(parent: QWidget | None, session: Session):
    """The hall's signing identity, unlocked with the passphrase the user types; None when cancelled."""
    if certificate.current() is None:
        common.show_error(
            parent,
            HallDeskError(no_certificate_text()),
            QCoreApplication.translate("UnlockKeyDialog", "No signing certificate"),
        )
        return None
    dialog = UnlockKeyDialog(session, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.identity
    finally:
        dialog.deleteLater()
