"""The administrator's signing certificate: none yet, created here, imported from a PKCS#12 file,
replaced with a confirmation; short and wrong passphrases refused with a message."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from app import certificate, signing
from tests.gui.helpers import click_menu_item, type_text
from ui import certificate_dialog, common, worker
from ui.certificate_dialog import CertificateDialog, NewPassphraseDialog, PassphraseDialog, fingerprint_text
from ui.main_window import MainWindow

PASSPHRASE = "correct horse battery"
ISSUER = "新县人力资源和社会保障局"


@pytest.fixture(autouse=True)
def messages(messages, monkeypatch):
    # The background worker shows its errors with the name it imported.
    monkeypatch.setattr(worker, "show_error", common.show_error)
    return messages


@pytest.fixture
def prompts(monkeypatch) -> SimpleNamespace:
    """The file dialog and the passphrase prompts, answered from lists; what they were told is kept."""
    seen = SimpleNamespace(file="", passphrases=[], new_passphrases=[], errors=[], files=[])

    def choose(parent):
        return seen.file

    def ask(parent, file_name, error=""):
        seen.files.append(file_name)
        seen.errors.append(error)
        return seen.passphrases.pop(0) if seen.passphrases else None

    def ask_new(parent):
        return seen.new_passphrases.pop(0) if seen.new_passphrases else None

    monkeypatch.setattr(certificate_dialog, "choose_pkcs12_file", choose)
    monkeypatch.setattr(certificate_dialog, "ask_passphrase", ask)
    monkeypatch.setattr(certificate_dialog, "ask_new_passphrase", ask_new)
    return seen


def open_dialog(qtbot, session) -> CertificateDialog:
    dialog = CertificateDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def p12_file(tmp_path, passphrase: str = "pass-phrase-1", name: str = "hall.p12"):
    path = tmp_path / name
    path.write_bytes(signing.create_self_signed(ISSUER, ISSUER, passphrase, years=3))
    return path, signing.load_pkcs12(path.read_bytes(), passphrase)


def test_the_fingerprint_is_shown_in_pairs():
    fingerprint = "ab" * 16 + "cd" * 16
    assert fingerprint_text(fingerprint) == ("AB " * 16).strip() + "\n" + ("CD " * 16).strip()


def test_create_a_self_signed_certificate(qtbot, admin, sessions, prompts, messages):
    dialog = open_dialog(qtbot, admin)
    assert dialog.none_label.isVisible() and not dialog.details.isVisible()
    assert dialog.shown_fingerprint() == ""
    changed = []
    dialog.changed.connect(lambda: changed.append(True))

    prompts.new_passphrases = [PASSPHRASE]
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20000)

    info = certificate.current()
    assert info is not None and info.self_signed and changed == [True]
    assert not messages.questions  # nothing to replace
    assert not messages.errors
    assert messages.infos == [("Signing certificate", "A self-signed certificate for 服务大厅 was created.")]
    assert not dialog.none_label.isVisible() and dialog.details.isVisible()
    assert dialog.shown_fingerprint() == info.fingerprint
    lines = dialog.fingerprint.text().split("\n")
    assert len(lines) == 2 and all(len(line.split()) == 16 for line in lines)
    assert dialog.subject.text() == "服务大厅"
    assert dialog.kind.text() == "self-signed, created in HallDesk" and dialog.self_signed_note.isVisible()
    assert "by admin1" in dialog.added.text()
    assert int(dialog.valid_to.text()[:4]) - int(dialog.valid_from.text()[:4]) == 10
    assert certificate.unlock(sessions["manager"], PASSPHRASE).fingerprint == info.fingerprint


def test_a_too_short_passphrase_is_refused(qtbot, admin, prompts, messages):
    dialog = open_dialog(qtbot, admin)
    prompts.new_passphrases = ["short"]
    click(qtbot, dialog.create_button)
    assert len(messages.errors) == 1
    assert str(messages.errors[0]) == "The passphrase must be at least 8 characters long."
    assert not dialog.busy() and certificate.current() is None


def test_the_passphrase_prompt_wants_8_characters_twice(qtbot, admin):
    prompt = NewPassphraseDialog()
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    assert "HallDesk cannot recover a forgotten passphrase" in prompt.intro.text()
    assert "in the name of the hall, 服务大厅" in prompt.intro.text()
    type_text(qtbot, prompt.first, "short")
    type_text(qtbot, prompt.second, "short")
    click(qtbot, prompt.ok_button)
    assert prompt.isVisible()
    assert prompt.errors["passphrase"].text() == "The passphrase must be at least 8 characters long."

    assert prompt.focusWidget() is prompt.first and prompt.first.hasSelectedText()  # to type again
    type_text(qtbot, prompt.first, "short-and-long")
    assert not prompt.errors["passphrase"].isVisible()  # gone as soon as typed
    click(qtbot, prompt.ok_button)
    assert prompt.isVisible() and prompt.errors["repeat"].text() == "The two passphrases differ."

    assert prompt.focusWidget() is prompt.second
    type_text(qtbot, prompt.second, "short-and-long")
    click(qtbot, prompt.ok_button)
    assert not prompt.isVisible() and prompt.result() == prompt.DialogCode.Accepted
    assert prompt.passphrase() == "short-and-long"


def test_import_a_pkcs12_file_after_a_wrong_passphrase(qtbot, admin, prompts, messages, tmp_path):
    path, identity = p12_file(tmp_path)
    dialog = open_dialog(qtbot, admin)
    prompts.file = str(path)
    prompts.passphrases = ["wrong passphrase", "pass-phrase-1"]
    click(qtbot, dialog.import_button)

    # Asked again, told why; then imported.
    assert prompts.files == ["hall.p12", "hall.p12"]
    assert prompts.errors == ["", "The passphrase does not open this certificate file."]
    assert not messages.errors
    info = certificate.current()
    assert info is not None and not info.self_signed and info.fingerprint == identity.fingerprint
    assert dialog.shown_fingerprint() == identity.fingerprint
    assert (
        dialog.kind.text() == "imported from a certificate file" and not dialog.self_signed_note.isVisible()
    )
    assert dialog.subject.text() == ISSUER
    assert messages.infos == [("Signing certificate", f"The certificate of {ISSUER} was imported.")]


def test_a_wrong_passphrase_then_cancel_imports_nothing(qtbot, admin, prompts, messages, tmp_path):
    path, _ = p12_file(tmp_path)
    dialog = open_dialog(qtbot, admin)
    prompts.file = str(path)
    prompts.passphrases = ["wrong passphrase"]  # then cancelled
    click(qtbot, dialog.import_button)
    assert prompts.errors == ["", "The passphrase does not open this certificate file."]
    assert certificate.current() is None and dialog.none_label.isVisible() and not messages.infos


def test_the_passphrase_prompt_shows_why_it_asks_again(qtbot):
    prompt = PassphraseDialog("hall.p12", "The passphrase does not open this certificate file.")
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    assert (
        prompt.error.isVisible()
        and prompt.error.text() == "The passphrase does not open this certificate file."
    )
    type_text(qtbot, prompt.edit, "x")
    assert not prompt.error.isVisible()


def test_a_file_that_is_no_certificate_is_refused_clearly(qtbot, admin, prompts, messages, tmp_path):
    path = tmp_path / "notes.p12"
    path.write_text("not a certificate at all, just some text", encoding="utf-8")
    dialog = open_dialog(qtbot, admin)
    prompts.file = str(path)
    prompts.passphrases = ["whatever-it-is"]
    click(qtbot, dialog.import_button)
    assert len(messages.errors) == 1
    assert str(messages.errors[0]) == (
        "The file is not a certificate file (PKCS#12, .p12 or .pfx) with a private key."
    )
    assert certificate.current() is None


def test_replacing_asks_first_and_keeps_the_old_one_trusted(qtbot, admin, prompts, messages, tmp_path):
    first = certificate.create_self_signed(admin, PASSPHRASE)
    path, identity = p12_file(tmp_path)
    dialog = open_dialog(qtbot, admin)
    assert dialog.shown_fingerprint() == first.fingerprint
    prompts.file = str(path)
    prompts.passphrases = ["pass-phrase-1"]

    messages.answer = False
    click(qtbot, dialog.import_button)
    assert len(messages.questions) == 1 and "stay verifiable" in messages.questions[0]
    assert prompts.files == [] and certificate.current().fingerprint == first.fingerprint

    messages.answer = True
    click(qtbot, dialog.import_button)
    assert certificate.current().fingerprint == identity.fingerprint
    assert dialog.shown_fingerprint() == identity.fingerprint
    assert certificate.trusted_fingerprints() == {first.fingerprint, identity.fingerprint}

    prompts.passphrases = ["pass-phrase-1"]  # the same file again
    click(qtbot, dialog.import_button)
    assert str(messages.errors[-1]) == "This certificate is already the hall's."


def test_the_administration_menu_opens_the_certificate(qtbot, sessions, store):
    officer = MainWindow(sessions["officer"], store, idle_ms=0, remember_geometry=False)
    qtbot.addWidget(officer)
    assert officer.open_certificate() is None

    window = MainWindow(sessions["admin"], store, idle_ms=0, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    actions = window.admin_menu.actions()
    assert actions.index(window.certificate_action) == actions.index(window.sanction_rules_action) + 1
    click_menu_item(qtbot, window, window.admin_menu, window.certificate_action)
    qtbot.waitUntil(lambda: isinstance(window._dialog, CertificateDialog))
    assert window._dialog.none_label.isVisible()
    window._dialog.close()
