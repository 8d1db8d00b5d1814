"""The application shell: first start, login, the main window, the screen lock, users, settings."""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel

from app import auth, config, i18n, roster, settings
from app.errors import DatabaseError
from db.models import User
from tests.conftest import TEST_PASSWORD
from tests.gui import helpers
from tests.gui.helpers import click_menu_item, ime_commit
from ui import application, fonts, login, translation
from ui.idle_lock import LockCover
from ui.login import FirstRunDialog, LoginDialog
from ui.main_window import MainWindow

GOOD_PASSWORD = "window-counter-42"
ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- helpers


def add_some_staff(session: auth.Session) -> list[int]:
    unit = roster.add_unit(session, "社会保险服务中心")
    window = roster.add_window(session, unit.id, "A01", "养老保险")
    day = dt.date(2020, 3, 1)
    people = [("S001", "张三", window.id), ("S002", "李四", None), ("S003", "王五", None)]
    ids = []
    for number, name, window_id in people:
        staff = roster.add_staff(
            session,
            roster.StaffInput(
                staff_no=number,
                name=name,
                unit_id=unit.id,
                window_id=window_id,
                hire_date=day,
                trained_on=day,
                mobile="13800138000",
            ),
        )
        ids.append(staff.id)
    return ids


def type_and_enter(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def open_window(qtbot, session, store, idle_ms: int | None = 0) -> MainWindow:
    return helpers.open_window(qtbot, session, store, idle_ms=idle_ms, remember_geometry=True)


@pytest.fixture
def english():
    """Put the English translators back after a test that switches language."""
    yield
    translation.install("en")


# ---------------------------------------------------------------- fonts and language


def test_cjk_font_is_a_fallback_of_the_application_font(qapp):
    before = qapp.font().families() or [qapp.font().family()]
    family = fonts.install_fonts(qapp)
    assert family == fonts.CJK_FAMILY
    families = qapp.font().families()
    assert families[-1] == family
    assert families[0] == before[0]  # Latin text keeps the system font
    assert fonts.with_fallback(QFont("Arial"), family).families() == ["Arial", family]


def test_language_choice_order(monkeypatch):
    monkeypatch.delenv("HALLDESK_LANG", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert translation.choose_language(None) == "zh_CN"  # the system locale
    config.save({"language": "en"})
    assert translation.choose_language(None) == "en"  # this PC's setting
    assert translation.choose_language("zh") == "zh_CN"  # --lang wins


def test_chinese_translators_reach_qt_and_the_services(qapp, english):
    translation.install("zh_CN", qapp)
    assert i18n.language() == "zh_CN"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    translation.install("en", qapp)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n.language() == "en"


# ---------------------------------------------------------------- first start


def test_first_run_refuses_a_short_password_beside_the_field_then_creates_the_admin(qtbot, store):
    dialog = FirstRunDialog(store.description)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo.isChecked()  # offered, not imposed
    qtbot.keyClicks(dialog.username, "chief")
    ime_commit(dialog.display_name, "王主任")
    qtbot.keyClicks(dialog.password, "short")
    type_and_enter(qtbot, dialog.repeat, "short")

    error = dialog.errors["password"]
    assert error.isVisible()
    assert "at least 8" in error.text()
    assert dialog.session is None and dialog.isVisible()
    assert auth.needs_setup()

    dialog.password.clear()
    qtbot.keyClicks(dialog.password, GOOD_PASSWORD)
    type_and_enter(qtbot, dialog.repeat, GOOD_PASSWORD + "x")
    assert "differ" in dialog.errors["repeat"].text()
    assert auth.needs_setup()

    with qtbot.waitSignal(dialog.accepted):
        type_and_enter(qtbot, dialog.repeat, GOOD_PASSWORD)
    assert not error.isVisible()
    assert dialog.session.username == "chief" and dialog.session.role == "admin"
    assert not auth.needs_setup()
    assert User.get(User.username == "chief").display_name == "王主任"


def test_first_run_shows_the_database_and_no_default_password(qtbot, store):
    dialog = FirstRunDialog(store.description)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(store.description in t for t in texts)
    assert any("no default password" in t for t in texts)
    assert dialog.password.text() == "" and dialog.username.text() == ""


@pytest.mark.skipif(not login.demo_available(), reason="app.demo is not there")
def test_first_run_fills_a_demo_hall_and_shows_its_users(qtbot, store, monkeypatch):
    shown = []
    monkeypatch.setattr(login, "show_summary", lambda parent, title, intro, text: shown.append(text))
    dialog = FirstRunDialog(store.description)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "chief")
    qtbot.keyClicks(dialog.password, GOOD_PASSWORD)
    qtbot.keyClicks(dialog.repeat, GOOD_PASSWORD)
    qtbot.mouseClick(dialog.demo, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.demo.height() // 2))
    assert dialog.demo.isChecked()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert "zhiban" in shown[0] or "demo" in shown[0]
    assert roster.list_staff(None)  # the hall is there
    assert dialog.session.username == "chief"
    assert User.get(User.username == "chief").role == "admin"


def test_summary_dialog_copies_its_text(qtbot):
    dialog = login.SummaryDialog("t", "intro", "Users (password demo-abc123): zhiban")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Users (password demo-abc123): zhiban"


# ---------------------------------------------------------------- login


def test_login_wrong_then_right_password_and_the_name_is_remembered(qtbot, sessions, store):
    dialog = LoginDialog(store.description)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "officer1")
    type_and_enter(qtbot, dialog.password, "not-the-password")
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.password.text() == ""  # cleared for the next try
    assert dialog.session is None

    with qtbot.waitSignal(dialog.accepted):
        type_and_enter(qtbot, dialog.password, TEST_PASSWORD)
    assert dialog.session.username == "officer1"
    assert dialog.session.role == "officer"
    assert config.load()["last_user"] == "officer1"

    again = LoginDialog(store.description)
    qtbot.addWidget(again)
    assert again.username.text() == "officer1"


def test_login_says_until_when_after_five_wrong_passwords(qtbot, sessions, store):
    dialog = LoginDialog(store.description)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "leader1")
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        type_and_enter(qtbot, dialog.password, "wrong-password")
    assert "locked until" in dialog.error.text()
    # Even the right password waits for the lock to pass.
    type_and_enter(qtbot, dialog.password, TEST_PASSWORD)
    assert "locked until" in dialog.error.text()
    assert dialog.session is None


def test_login_asks_for_a_user_name(qtbot, sessions, store):
    dialog = LoginDialog(store.description)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Enter your user name."
    type_and_enter(qtbot, dialog.username, "officer1")  # Enter after the name ...
    assert dialog.error.text() == "Enter your password."
    assert dialog.password.hasFocus() or dialog.focusWidget() is dialog.password
    assert User.get(User.username == "officer1").failed_attempts == 0  # ... is no wrong attempt


# ---------------------------------------------------------------- main window


def test_officer_sees_no_administration_and_cannot_import(qtbot, officer, store):
    window = open_window(qtbot, officer, store)
    assert window.admin_menu is None
    assert "Ad&ministration" not in window.menu_titles()
    assert not window.import_action.isEnabled()
    assert window.export_action.isEnabled()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Staff roster",
        "Attendance",
        "Leave slips",
        "Duty log",
        "Sanctions ledger",
    ]
    assert "Officer1 (officer1)" in window.user_label.text()
    assert "duty officer" in window.role_label.text()
    assert window.database_label.text() == store.description


def test_admin_sees_administration_and_the_hall_name_in_the_title(qtbot, admin, store):
    settings.put(admin, "hall_name", "新县服务大厅")
    window = open_window(qtbot, admin, store)
    assert window.menu_titles() == ["&File", "&View", "A&ccount", "Ad&ministration", "&Help"]
    assert window.windowTitle() == "HallDesk — 新县服务大厅"
    assert window.import_action.isEnabled()


def test_roster_tab_lists_the_staff_and_the_menu_reaches_its_import(qtbot, manager, store, monkeypatch):
    add_some_staff(manager)
    window = open_window(qtbot, manager, store)
    assert window.roster_rows() == 3
    asked = []
    monkeypatch.setattr("ui.roster_tab.choose_import_file", lambda parent: asked.append(parent) or "")
    click_menu_item(qtbot, window, window.file_menu, window.import_action)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == [window.roster_tab]


def test_window_geometry_is_remembered_on_this_pc(qtbot, officer, store):
    window = open_window(qtbot, officer, store)
    window.resize(700, 500)  # the offscreen screen is 800 × 600
    window.close()
    assert config.load().get("window_geometry")
    again = open_window(qtbot, officer, store)
    assert (again.size().width(), again.size().height()) == (700, 500)


def test_about_box_names_version_database_and_font_licence(qtbot, officer, store):
    window = open_window(qtbot, officer, store)
    click_menu_item(qtbot, window, window.help_menu, window.about_action)
    qtbot.waitUntil(lambda: window.findChild(application.QMessageBox) is not None)
    box = window.findChild(application.QMessageBox)
    qtbot.waitUntil(box.isVisible)
    text = box.informativeText()
    assert store.description in text and "WenQuanYi" in text and "Apache" in text
    box.close()


def test_language_switch_rebuilds_the_window_in_chinese(qtbot, admin, store, english):
    window = open_window(qtbot, admin, store)
    old_tab, old_bar = window.roster_tab, window.menuBar()
    view = window.view_menu
    click_menu_item(qtbot, window, view, window.language_menu.menuAction())
    qtbot.waitUntil(window.language_menu.isVisible)
    menu = window.language_menu
    qtbot.mouseClick(
        menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(window.language_actions["zh_CN"]).center()
    )
    qtbot.waitUntil(lambda: window.roster_tab is not old_tab)

    assert config.load()["language"] == "zh_CN"
    assert i18n.language() == "zh_CN"
    assert window.menuBar() is not old_bar
    assert window.session is admin  # still logged in
    assert window.language_actions["zh_CN"].isChecked()
    # The menus follow the installed translation (Chinese as soon as the .qm has it) ...
    assert window.menu_titles()[0] == QCoreApplication.translate("MainWindow", "&File")
    if translation.qm_path("zh_CN").exists() and QCoreApplication.translate("MainWindow", "&File") != "&File":
        assert window.menu_titles()[0] != "&File"
    # ... and Qt's own buttons are Chinese in any case.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert window.role_label.text().endswith(auth.role_label("admin"))

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: i18n.language() == "en")
    qtbot.waitUntil(lambda: window.menu_titles()[0] == "&File")
    assert config.load()["language"] == "en"


# ---------------------------------------------------------------- screen lock


def test_idle_lock_hides_the_content_and_unlock_keeps_what_was_on_screen(qtbot, manager, store):
    add_some_staff(manager)
    window = open_window(qtbot, manager, store, idle_ms=300)
    tab = window.roster_tab
    qtbot.keyClicks(tab.search, "zs")
    assert tab.shown_count() == 1
    tab.view.selectRow(0)
    chosen = tab.selected_row()
    assert chosen.name == "张三"

    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)

    covers = [c for c in window.findChildren(LockCover) if c.isVisible()]
    assert len(covers) == 1
    cover = covers[0]
    assert cover.geometry() == window.centralWidget().geometry()
    assert cover.autoFillBackground()
    # What is under the search box and the list is now the cover, not the roster.
    for widget in (tab.search, tab.view):
        centre = widget.mapTo(window, widget.rect().center())
        top = window.childAt(centre)
        assert top is cover or cover.isAncestorOf(top)
    assert not window.centralWidget().isEnabled()
    assert not window.menuBar().isEnabled()
    assert not window.lock_action.isEnabled() and not window.quit_action.isEnabled()
    form = window.screen_lock.form
    assert form.isVisible() and form.who.text().startswith("Manager1 (manager1) is logged in.")

    type_and_enter(qtbot, form.password, "wrong-password")
    assert window.is_locked
    assert form.message.isVisible() and form.message.text() == "Wrong password."

    form.password.clear()
    qtbot.keyClicks(form.password, TEST_PASSWORD)
    qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked
    assert not [c for c in window.findChildren(LockCover) if c.isVisible()]
    assert window.centralWidget().isEnabled() and window.menuBar().isEnabled()
    assert window.lock_action.isEnabled()
    assert tab.search.text() == "zs"
    assert tab.selected_row().id == chosen.id
    assert window.tabs.currentWidget() is tab
    window.screen_lock.set_idle_ms(0)


def test_lock_now_with_ctrl_l_and_five_wrong_passwords_lock_the_account(qtbot, officer, store):
    window = open_window(qtbot, officer, store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    form = window.screen_lock.form
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        type_and_enter(qtbot, form.password, "wrong-password")
    assert "locked until" in form.message.text()
    type_and_enter(qtbot, form.password, TEST_PASSWORD)
    assert window.is_locked  # the account is locked for five minutes, even with the right password
    assert "locked until" in form.message.text()


def test_import_stays_disabled_for_an_officer_after_unlocking(qtbot, officer, store):
    window = open_window(qtbot, officer, store)
    window.lock_now()
    assert not window.export_action.isEnabled()
    type_and_enter(qtbot, window.screen_lock.form.password, TEST_PASSWORD)
    assert not window.is_locked
    assert window.export_action.isEnabled()
    assert not window.import_action.isEnabled()


def test_lock_covers_an_open_dialog_and_keeps_its_input(qtbot, admin, store):
    window = open_window(qtbot, admin, store)
    dialog = window.change_password()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.old, "half-typed")
    window.lock_now()

    form = window.screen_lock.form
    assert form.window() is dialog  # the modal dialog is where the user can type
    assert not dialog.old.isEnabled() and not dialog.ok_button.isEnabled()
    qtbot.keyClick(form.password, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape does not close the covered dialog
    type_and_enter(qtbot, form.password, TEST_PASSWORD)

    assert not window.is_locked
    assert dialog.isVisible() and dialog.old.isEnabled() and dialog.ok_button.isEnabled()
    assert dialog.old.text() == "half-typed"
    dialog.reject()


def test_idle_timer_restarts_on_input(qtbot, officer, store):
    window = open_window(qtbot, officer, store, idle_ms=400)
    for _ in range(6):
        qtbot.wait(150)
        qtbot.keyClick(window.roster_tab.search, Qt.Key.Key_A)
    assert not window.is_locked  # 900 ms of typing, never 400 ms idle
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    window.close()


# ---------------------------------------------------------------- the whole flow


def test_shell_logs_in_switches_user_and_quits(qtbot, sessions, store):
    quits = []
    shell = application.Shell(store, quit=lambda: quits.append(True), idle_ms=0)
    shell.start()
    dialog = shell.dialog  # the shell's dialogs and windows delete themselves when closed
    assert isinstance(dialog, LoginDialog)
    qtbot.keyClicks(dialog.username, "manager1")
    type_and_enter(qtbot, dialog.password, TEST_PASSWORD)
    window = shell.window
    assert isinstance(window, MainWindow) and window.session.username == "manager1"
    qtbot.waitExposed(window)

    window.lock_now()
    qtbot.mouseClick(window.screen_lock.form.switch_button, Qt.MouseButton.LeftButton)
    assert shell.window is None and not window.isVisible()
    again = shell.dialog
    assert isinstance(again, LoginDialog) and again.isVisible()
    qtbot.mouseClick(again.quit_button, Qt.MouseButton.LeftButton)
    assert quits == [True]


@pytest.mark.sqlite_only  # the daily copy is of a SQLite file
def test_the_days_first_backup_is_taken_beside_the_login_dialog(
    qtbot, sessions, store, monkeypatch, tmp_path
):
    from app import backup

    monkeypatch.setattr(backup, "folder", lambda: tmp_path / "backups")
    gate = threading.Event()
    daily = backup.daily

    def slow_daily(now=None):  # as for years of history: seconds
        gate.wait(10)
        return daily(now)

    monkeypatch.setattr(backup, "daily", slow_daily)
    shell = application.Shell(store, quit=lambda: None, idle_ms=0)
    shell.begin()
    assert isinstance(shell.dialog, LoginDialog) and shell.dialog.isVisible()  # the dialog did not wait
    assert shell.daily_backup.isRunning()
    type_and_enter(qtbot, shell.dialog.username, "officer1")
    type_and_enter(qtbot, shell.dialog.password, TEST_PASSWORD)
    assert shell.window is not None  # logging in did not wait either
    gate.set()
    assert shell.daily_backup.wait(10_000)
    (taken,) = backup.backups()
    assert taken.taken.date() == dt.date.today() and backup.check_file(taken.path) is None
    shell.window.close()


@pytest.mark.sqlite_only
def test_a_failed_daily_backup_is_shown_to_whoever_logs_in_until_one_works(
    qtbot, sessions, store, monkeypatch, tmp_path, messages
):
    from app import backup
    from app.errors import ValidationError

    monkeypatch.setattr(backup, "folder", lambda: tmp_path / "backups")

    def unplugged(now=None):
        raise ValidationError("Cannot write the backup to E:\\: the device is not ready")

    monkeypatch.setattr(backup, "daily", unplugged)
    shell = application.Shell(store, quit=lambda: None, idle_ms=0)
    shell.begin()
    assert shell.daily_backup.wait(10_000)
    qtbot.waitUntil(lambda: bool(shell.backup_problem))
    type_and_enter(qtbot, shell.dialog.username, "officer1")
    type_and_enter(qtbot, shell.dialog.password, TEST_PASSWORD)
    window = shell.window
    bar = window.backup_warning
    qtbot.waitExposed(window)
    assert (
        bar.isVisible() and "device is not ready" in bar.text() and "no backup to fall back on" in bar.text()
    )
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)  # the stick is back in: try again
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=10_000)
    assert len(backup.backups()) == 1 and messages.infos
    window.close()


def test_shell_starts_with_the_first_run_dialog_on_a_new_database(qtbot, store):
    shell = application.Shell(store, quit=lambda: None, idle_ms=0)
    shell.start()
    assert isinstance(shell.dialog, FirstRunDialog)
    qtbot.keyClicks(shell.dialog.username, "chief")
    qtbot.keyClicks(shell.dialog.password, GOOD_PASSWORD)
    type_and_enter(qtbot, shell.dialog.repeat, GOOD_PASSWORD)
    assert shell.window is not None and shell.window.session.role == "admin"
    assert shell.window.admin_menu is not None
    shell.window.close()


def test_a_database_that_cannot_be_opened_offers_another_file(tmp_path, monkeypatch):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    good = tmp_path / "good.db"
    asked = []

    def ask(err, url, newest=None):
        asked.append((err, url, newest))
        return str(good)

    monkeypatch.setattr(application, "ask_database_problem", ask)
    store = application.open_store_interactively(str(broken))
    assert store is not None and store.url == str(good)
    assert isinstance(asked[0][0], DatabaseError) and "damaged" in str(asked[0][0])
    assert asked[0][2] is None  # no backup to offer
    assert config.load()["database"] == str(good)

    monkeypatch.setattr(application, "ask_database_problem", lambda err, url, newest=None: None)
    assert application.open_store_interactively(str(broken)) is None


def test_unexpected_errors_are_logged_and_shown(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []
    monkeypatch.setattr(application, "show_unexpected", lambda parent, err, path: shown.append((err, path)))
    path = application.setup_logging()
    application.install_excepthook(path)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert str(shown[0][0]) == "boom" and shown[0][1] == path
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)]
    for handler in ours:
        handler.flush()
        root.removeHandler(handler)
        handler.close()
    assert "RuntimeError: boom" in path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- administration


def test_users_dialog_adds_changes_resets_disables_and_enables(qtbot, qtmodeltester, admin, store):
    from ui.users_dialog import UsersDialog

    dialog = UsersDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 4

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    qtbot.keyClicks(editor.username, "zhaoliu")
    ime_commit(editor.display_name, "赵六")
    editor.role.setCurrentIndex(editor.role.findData("leader"))
    qtbot.keyClicks(editor.password, "short")
    type_and_enter(qtbot, editor.repeat, "short")
    assert "at least 8" in editor.errors["password"].text()
    editor.password.clear()
    qtbot.keyClicks(editor.password, GOOD_PASSWORD)
    type_and_enter(qtbot, editor.repeat, GOOD_PASSWORD)
    assert dialog.editor is None
    assert dialog.model.rowCount() == 5
    assert dialog.selected().username == "zhaoliu"
    assert auth.login("zhaoliu", GOOD_PASSWORD).role == "leader"

    qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    editor.role.setCurrentIndex(editor.role.findData("manager"))
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert User.get(User.username == "zhaoliu").role == "manager"
    assert dialog.model.data(dialog.model.index(dialog.view.currentIndex().row(), 2)) == "manager"

    qtbot.mouseClick(dialog.password_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    qtbot.keyClicks(editor.password, "another-pass-9")
    type_and_enter(qtbot, editor.repeat, "another-pass-9")
    assert auth.login("zhaoliu", "another-pass-9").username == "zhaoliu"

    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.errors["reason"].text() == "Give a reason."
    ime_commit(editor.reason, "调岗")
    qtbot.keyClick(editor.reason, Qt.Key.Key_Return)
    assert User.get(User.username == "zhaoliu").disabled_at is not None
    assert "调岗" in dialog.model.data(dialog.model.index(dialog.view.currentIndex().row(), 3))
    assert dialog.disable_button.text() == "&Enable"

    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    assert User.get(User.username == "zhaoliu").disabled_at is None
    assert dialog.disable_button.text() == "&Disable…"


def test_users_dialog_does_not_offer_disabling_oneself(qtbot, admin, store):
    from ui.users_dialog import UsersDialog

    dialog = UsersDialog(admin)
    qtbot.addWidget(dialog)
    assert dialog.select_user("admin1")
    assert not dialog.disable_button.isEnabled()
    assert dialog.select_user("officer1")
    assert dialog.disable_button.isEnabled()


def test_settings_dialog_saves_hall_idle_lock_permissions_and_this_pc(
    qtbot, admin, store, tmp_path, monkeypatch
):
    window = open_window(qtbot, admin, store, idle_ms=None)  # the hall's setting, 15 minutes
    assert window.screen_lock.watcher.interval == 15 * 60_000
    click_menu_item(qtbot, window, window.admin_menu, window.admin_menu.actions()[1])
    qtbot.waitUntil(lambda: window._dialog is not None)
    dialog = window._dialog

    dialog.hall_name.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "1 to 100" in dialog.errors["hall_name"].text()
    assert dialog.isVisible()

    ime_commit(dialog.hall_name, "新县政务服务大厅")
    dialog.idle_minutes.selectAll()
    qtbot.keyClicks(dialog.idle_minutes, "5")
    box = dialog.checks[(auth.Permission.APPROVE, auth.Role.LEADER)]
    assert box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2, box.height() // 2))
    assert not box.isChecked()
    assert not dialog.checks[(auth.Permission.ADMIN, auth.Role.ADMIN)].isEnabled()
    other = tmp_path / "other.db"
    monkeypatch.setattr("ui.settings_dialog.choose_database_file", lambda parent, current: str(other))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.database.text() == str(other)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert settings.get("hall_name") == "新县政务服务大厅"
    assert settings.get("idle_lock_minutes") == 5
    assert auth.Role.LEADER not in auth.permission_matrix()[auth.Permission.APPROVE]
    assert config.load()["database"] == str(other)
    assert window.windowTitle() == "HallDesk — 新县政务服务大厅"
    assert window.screen_lock.watcher.interval == 5 * 60_000


def test_settings_dialog_sets_the_language_of_printed_registers(qtbot, admin, store):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(admin, store)
    qtbot.addWidget(dialog)
    assert dialog.register_language.currentData() == "zh_CN"
    assert [dialog.register_language.itemText(i) for i in range(2)] == ["中文", "English"]
    dialog.register_language.setCurrentIndex(dialog.register_language.findData("en"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert settings.get("register_language") == "en"
    again = SettingsDialog(admin, store)
    qtbot.addWidget(again)
    assert again.register_language.currentText() == "English"


# ---------------------------------------------------------------- smoke


def _env(tmp_path: Path) -> dict:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HALLDESK_CONFIG_DIR=str(tmp_path / "config"),
        HALLDESK_DATA_DIR=str(tmp_path / "data"),
        HALLDESK_LANG="en",
    )
    for name in ("HALLDESK_USER", "HALLDESK_PASSWORD", "HALLDESK_DB"):
        env.pop(name, None)
    return env


def _launch(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ui.launch", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_starts_the_window_with_a_demo_hall_and_exits_0(tmp_path):
    env = _env(tmp_path)
    db = str(tmp_path / "hall.db")
    env["HALLDESK_DEMO_PASSWORD"] = GOOD_PASSWORD
    made = _launch(["demo", "--staff", "40", "--db", db], env)
    assert made.returncode == 0, made.stderr

    result = _launch(["--smoke", "--db", db], env)
    assert result.returncode == 0, result.stderr
    assert "smoke: ok" in result.stdout and "of 40 staff" in result.stdout

    env.update(HALLDESK_USER="bangong", HALLDESK_PASSWORD=GOOD_PASSWORD)
    as_manager = _launch(["--smoke", "--db", db], env)
    assert as_manager.returncode == 0, as_manager.stderr

    env["HALLDESK_PASSWORD"] = "wrong-password"
    refused = _launch(["--smoke", "--db", db], env)
    assert refused.returncode == 2
    assert "Wrong user name or password" in refused.stderr


def test_smoke_on_a_file_that_is_not_a_database_exits_2_with_a_message(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"not a database at all" * 200)
    result = _launch(["--smoke", "--db", str(bad)], _env(tmp_path))
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
