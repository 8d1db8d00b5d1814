"""Start-up with a damaged database file, and store trouble met while the window is open."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app import backup, integrity
from app.errors import DatabaseError
from app.store import open_store
from db.connection import close_database, database, writes_refused
from db.models import Unit
from tests.conftest import TEST_PASSWORD, make_user
from tests.gui.helpers import ime_commit
from tests.unit.test_integrity import damage_middle, hall_file
from ui import application, common
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.units_dialog import UnitNameDialog, UnitsDialog

pytestmark = pytest.mark.sqlite_only  # damaged files, pragmas

NOW = dt.datetime(2026, 11, 27, 7, 55)


@pytest.fixture
def told(monkeypatch):
    """The damage dialog and the message boxes replaced by recorders; ``answer`` is what the user picks."""
    seen = type("Seen", (), {})()
    seen.asked, seen.infos, seen.errors = [], [], []
    seen.answer = application.Choice.READ

    def ask_damaged(parent, found, can_restore):
        seen.asked.append((found, can_restore))
        return seen.answer

    monkeypatch.setattr(application, "ask_damaged", ask_damaged)
    monkeypatch.setattr(common, "inform", lambda parent, title, text: seen.infos.append(text))
    monkeypatch.setattr(common, "show_error", lambda parent, err, title=None: seen.errors.append(err))
    monkeypatch.setattr(application, "show_error", lambda parent, err, title=None: seen.errors.append(err))
    yield seen
    close_database()


def damaged_store(tmp_path, with_backup: bool = True):
    """A hall with an administrator and an officer, a daily backup, then pages overwritten in the middle."""
    path = hall_file(tmp_path / "hall.db")
    open_store(str(path))
    make_user("admin")
    make_user("officer")
    if with_backup:
        backup.backup_now(why="daily", now=NOW)
    close_database()
    damage_middle(path)
    return open_store(str(path))


def log_in(qtbot, shell, name: str) -> MainWindow:
    dialog = shell.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.username.setText(name)
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None)
    return shell.window


def test_a_small_damaged_file_is_found_before_login_and_quit_ends_there(qtbot, tmp_path, told):
    store = damaged_store(tmp_path)
    told.answer = application.Choice.QUIT
    quits = []
    shell = application.Shell(store, quit=lambda: quits.append(True), idle_ms=0)
    shell.begin()
    ((found, can_restore),) = told.asked
    assert not can_restore  # nobody is logged in: nobody to restore
    assert found.newest is not None and "Page" in found.detail
    assert quits == [True] and shell.dialog is None  # no login after Quit
    assert writes_refused()


@pytest.fixture
def big_file(monkeypatch):
    """Checks run on a thread, as for a 160 MB hall, and wait for ``gate`` (the user logs in first)."""
    import threading

    gate = threading.Event()
    run = integrity.Check.run

    def slow(self):
        gate.wait(10)
        return run(self)

    monkeypatch.setattr(integrity, "SYNC_CHECK_BYTES", 0)
    monkeypatch.setattr(integrity.Check, "run", slow)
    yield gate
    gate.set()


def test_a_big_file_is_checked_beside_the_window_and_an_officer_reads_on(
    qtbot, tmp_path, told, big_file, monkeypatch
):
    import threading

    store = damaged_store(tmp_path)
    searched_on = []
    newest_good = backup.newest_good

    def recorded():
        searched_on.append(threading.current_thread() is threading.main_thread())
        return newest_good()

    monkeypatch.setattr(backup, "newest_good", recorded)
    shell = application.Shell(store, quit=lambda: None, idle_ms=0)
    shell.begin()
    assert isinstance(shell.dialog, LoginDialog) and not told.asked  # the window did not wait
    window = log_in(qtbot, shell, "officer1")
    big_file.set()  # the check ends while the officer works
    qtbot.waitUntil(lambda: bool(told.asked), timeout=10_000)
    shell.checker.wait()
    ((found, can_restore),) = told.asked
    assert not can_restore and found.newest is not None  # an officer is told to call the administrator
    assert searched_on == [False]  # the backups were checked on the check's thread, not the window's
    assert writes_refused() and window.isVisible()
    assert [u.name for u in Unit.select()] == ["社会保险服务中心"]  # reading goes on
    window.close()


def test_an_administrator_restores_the_newest_good_backup_and_everyone_logs_in_again(
    qtbot, tmp_path, told, big_file
):
    store = damaged_store(tmp_path)
    told.answer = application.Choice.RESTORE
    shell = application.Shell(store, quit=lambda: None, idle_ms=0)
    shell.begin()
    window = log_in(qtbot, shell, "admin1")
    big_file.set()
    qtbot.waitUntil(lambda: bool(told.asked), timeout=10_000)
    assert told.asked[0][1] is True  # an administrator may restore
    qtbot.waitUntil(lambda: isinstance(shell.dialog, LoginDialog))  # everyone logs in again
    assert shell.window is None and not (shiboken6.isValid(window) and window.isVisible())  # closed (or gone)
    kept = next(tmp_path.glob("hall.damaged-*.db"))
    assert str(kept) in told.infos[0]
    assert backup.quick_check(kept) is not None and backup.quick_check(tmp_path / "hall.db") is None
    assert not writes_refused() and integrity.damage() is None
    Unit.create(name="就业服务中心")  # writable again
    shell.dialog.reject()
    shell.stop_check()


def test_a_file_that_cannot_be_opened_offers_the_newest_good_backup(tmp_path, told, monkeypatch):
    path = hall_file(tmp_path / "hall.db")
    open_store(str(path))
    good = backup.backup_now(why="daily", now=NOW)
    close_database()
    with path.open("r+b") as f:
        f.write(b"\xff" * 8192)  # the header and the schema
    offered = []

    def ask(err, url, newest=None):
        offered.append((err, newest))
        return application.Choice.RESTORE

    monkeypatch.setattr(application, "ask_database_problem", ask)
    store = application.open_store_interactively(str(path))
    assert store is not None and offered[0][0].kind == "damaged" and offered[0][1].path == good
    kept = next(tmp_path.glob("hall.damaged-*.db"))
    assert kept.read_bytes()[:8192] == b"\xff" * 8192 and str(kept) in told.infos[0]
    assert [u.name for u in Unit.select()] == ["社会保险服务中心"]


def test_without_a_backup_only_another_file_or_quit_is_offered(tmp_path, told, monkeypatch):
    path = tmp_path / "hall.db"
    path.write_bytes(b"not a database" * 500)
    offered = []
    monkeypatch.setattr(
        application, "ask_database_problem", lambda err, url, newest=None: offered.append(newest)
    )
    assert application.open_store_interactively(str(path)) is None
    assert offered == [None]


def test_the_damage_dialog_speaks_to_the_officer_and_to_the_administrator(qtbot, tmp_path, monkeypatch):
    store = damaged_store(tmp_path)  # noqa: F841 - the database the dialog is about
    found = integrity.found_damage("Page 205: btreeInitPage() returns error code 11")
    seen = []

    def look(box_type):
        def exec_(box):
            seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
            return 0

        return exec_

    monkeypatch.setattr(application.QMessageBox, "exec", look(None))
    assert application.ask_damaged(None, found, can_restore=False) is application.Choice.READ
    assert application.ask_damaged(None, found, can_restore=True) is application.Choice.READ
    officer, admin = seen
    assert officer[0] == "The database file is damaged."
    assert "Call the administrator" in officer[1] and "look things up" in officer[1]
    assert "&Restore the newest good backup" not in officer[2]
    assert "&Restore the newest good backup" in admin[2] and "everyone logs in again" in admin[1]
    close_database()


@pytest.mark.parametrize("trouble", ["locked", "gone"])
def test_store_trouble_during_work_shows_the_database_message_and_the_window_goes_on(
    qtbot, store, manager, monkeypatch, capsys, tmp_path, trouble
):
    """A lock held by another program, or the folder gone (a share unmounted), met by a Save.

    (A full disk is the same path; it is tested with a roster import in tests/unit/test_store.py,
    since one small row still fits in the pages a file has.)
    """
    import sqlite3

    from app import i18n

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown, unexpected = [], []
    monkeypatch.setattr(application, "show_error", lambda parent, err, title=None: shown.append(err))
    monkeypatch.setattr(application, "show_unexpected", lambda *a: unexpected.append(a))
    application.install_excepthook(None)
    dialog = UnitsDialog(manager)
    qtbot.addWidget(dialog)
    dialog.show()
    path = tmp_path / "hall.db"
    other = None
    if trouble == "locked":
        database.execute_sql("PRAGMA busy_timeout = 100")  # not the 5 s a user waits
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
    else:
        path.rename(tmp_path / "moved.db")

    qtbot.mouseClick(dialog.add_unit_button, Qt.MouseButton.LeftButton)
    form = dialog.findChild(UnitNameDialog)
    qtbot.waitExposed(form)
    ime_commit(form.name, "就业服务中心")
    if trouble == "locked":
        i18n.set_language("zh_CN")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    i18n.set_language("en")

    err = shown[0]
    assert isinstance(err, DatabaseError) and not unexpected
    if trouble == "locked":  # said in the user's language
        assert err.kind == "locked" and "被其他程序锁定" in str(err)
    else:
        assert err.kind == "io" and str(path) in str(err) and "network share" in str(err)
    assert "Traceback" not in capsys.readouterr().err
    assert not database.connection().in_transaction
    assert Unit.select().count() == 0  # nothing half-written, and reading goes on
    assert form.isVisible() and form.name.text() == "就业服务中心"  # what was typed is kept
    if other is not None:  # the other program lets go: the same Save lands
        other.execute("ROLLBACK")
        other.close()
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: Unit.select().count() == 1)
    else:
        (tmp_path / "moved.db").rename(path)  # the share is back
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: Unit.select().count() == 1)


def test_damage_met_while_reading_stops_writes_and_says_so(qtbot, tmp_path, told, monkeypatch, capsys):
    """No check ran (or it missed it): a read that hits a damaged page switches the file to read-only."""
    from db.models import AuditEntry

    damaged_store(tmp_path)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    application.install_excepthook(None)
    try:
        list(AuditEntry.select())  # through the overwritten pages
    except Exception:  # noqa: BLE001 - what a slot would let escape
        sys.excepthook(*sys.exc_info())
    (err,) = told.errors
    assert isinstance(err, DatabaseError) and err.kind == "damaged" and "Restore" in str(err)
    assert writes_refused() and integrity.damage() is not None
    assert "Traceback" not in capsys.readouterr().err
    assert [u.name for u in Unit.select()] == ["社会保险服务中心"]  # the sound pages still read


def test_found_before_login_an_officer_still_logs_in_to_read(qtbot, tmp_path, told):
    store = damaged_store(tmp_path)
    shell = application.Shell(store, quit=lambda: None, idle_ms=0)
    shell.begin()
    assert told.asked[0][1] is False and writes_refused()
    window = log_in(qtbot, shell, "officer1")
    qtbot.waitUntil(lambda: len(told.asked) == 2)
    assert told.asked[1][1] is False and window.isVisible()
    assert [u.name for u in Unit.select()] == ["社会保险服务中心"]
    window.lock_now()
    qtbot.keyClicks(window.screen_lock.form.password, TEST_PASSWORD)
    qtbot.keyClick(window.screen_lock.form.password, Qt.Key.Key_Return)
    assert not window.is_locked  # the idle lock opens too, recording nothing
    window.close()


def test_found_before_login_the_administrator_restores(qtbot, tmp_path, told):
    store = damaged_store(tmp_path)
    shell = application.Shell(store, quit=lambda: None, idle_ms=0)
    shell.begin()
    told.answer = application.Choice.RESTORE
    log_in(qtbot, shell, "admin1")
    qtbot.waitUntil(lambda: isinstance(shell.dialog, LoginDialog))
    assert told.asked[1][1] is True and not writes_refused()
    shell.dialog.reject()
