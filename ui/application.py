"""Starting the window: Qt application, fonts, language, database, first start or login.

``run_gui(args)`` is what ``halldesk`` without a command runs. With
``--smoke`` it starts everything without asking anything, shows the main
window with its data and exits 0 (or 2 when the database cannot be opened or
the given user cannot log in): a self-test for CI and for the start-up
benchmark.
"""

from __future__ import annotations

import argparse
import enum
import logging
import logging.handlers
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import auth, config, integrity
from app.backup import BackupFile
from app.errors import AuthError, DatabaseError, HallDeskError, engine_error, known_problem
from app.store import OpenedStore, open_store
from db.connection import abandon_transaction, database, database_file, refuse_writes
from resources import resource_path
from ui import common, fonts, translation
from ui.common import show_error

log = logging.getLogger("halldesk")

EXIT_ERROR = 2
SMOKE_TIMEOUT_S = 15.0
PRELOAD_AFTER_MS = 150  # nobody types a name and a password sooner


# ---------------------------------------------------------------- set-up


def log_file() -> Path:
    return config.data_dir() / "logs" / "halldesk.log"


def setup_logging() -> Path | None:
    """Log warnings and unexpected errors to a file in the data folder; return its path."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == handler.baseFilename for h in root.handlers):
        root.addHandler(handler)
    else:
        handler.close()
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("halldesk.svg", "halldesk.png"):
        path = resource_path("icons", name)
        if path.exists():
            icon.addFile(str(path))
    return icon


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("HallDesk")
    app.setOrganizationName("HallDesk")
    app.setOrganizationDomain("halldesk.local")
    app.setDesktopFileName("halldesk")
    app.setWindowIcon(app_icon())
    return app


def show_unexpected(parent: QWidget | None, err: BaseException, log_path: Path | None) -> None:
    """Tell the user something unexpected happened (tests replace this function)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Application", "HallDesk"))
    box.setText(
        QCoreApplication.translate(
            "Application",
            "Something unexpected went wrong. HallDesk keeps running, and what was saved "
            "before is safe; the last action may not have been completed.",
        )
    )
    details = QCoreApplication.translate("Application", "The error was: {error}").format(
        error=f"{type(err).__name__}: {err}"
    )
    if log_path is not None:
        details += "\n" + QCoreApplication.translate(
            "Application", "The details were written to {file}."
        ).format(file=log_path)
    box.setInformativeText(details)
    box.exec()


def install_excepthook(log_path: Path | None, smoke: bool = False) -> None:
    """Unexpected errors are logged and shown as a message, never a silent crash.

    A store problem met while working (disk full, a lock held by another
    program, a read-only or vanished file, a damaged page) is no bug: it is
    shown with its own message, what it left half-done is rolled back, and the
    window carries on.
    """
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        problem = None if isinstance(exc, HallDeskError) else engine_error(exc)
        if problem is not None:
            abandon_transaction()
            log.warning("database problem: %s", exc, exc_info=(exc_type, exc, tb))
            if problem.kind == "damaged" and integrity.damage() is None and database_file() is not None:
                try:  # met while reading: write nothing more to it
                    integrity.found_damage(str(exc))
                except Exception:  # noqa: BLE001 - the hook itself must never raise
                    log.exception("could not switch the damaged database to read-only")
        else:
            log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if smoke:
            if problem is not None:
                print(f"smoke: {problem}", file=sys.stderr)
                QCoreApplication.exit(EXIT_ERROR)
            else:
                traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
                QCoreApplication.exit(1)
            return
        if showing:
            return
        showing = True
        try:
            parent = QApplication.activeWindow()
            if problem is not None:
                show_error(parent, problem)
            elif isinstance(exc, HallDeskError):
                show_error(parent, exc)
            else:
                show_unexpected(parent, exc, log_path)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            log.exception("could not show the error")
        finally:
            showing = False

    sys.excepthook = hook


# ---------------------------------------------------------------- the database


class Choice(enum.Enum):
    """What the user chose in a dialog about the database file."""

    RESTORE = "restore"  # put the newest good backup in place of the damaged file
    READ = "read"  # go on with a damaged file that takes no more writes
    QUIT = "quit"


def _taken(newest: BackupFile) -> str:
    return newest.taken.strftime("%Y-%m-%d %H:%M")


def ask_database_problem(
    err: DatabaseError, url: str, newest: BackupFile | None = None
) -> str | Choice | None:
    """Explain why the database cannot be opened; return another file to try, Choice.RESTORE, or None to quit.

    ``newest`` is the good backup to offer when the file is damaged. Tests replace this function.
    """
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Application", "HallDesk"))
    box.setText(QCoreApplication.translate("Application", "HallDesk cannot open its database."))
    text = str(err)
    restore = None
    if newest is not None:
        text += "\n\n" + QCoreApplication.translate(
            "Application",
            "The newest good backup was taken on {time}. Restoring it puts it in place of the "
            "damaged file, which is kept beside it under a dated name; what was recorded after "
            "the backup is not in it.",
        ).format(time=_taken(newest))
        restore = box.addButton(
            QCoreApplication.translate("Application", "&Restore the newest good backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.setInformativeText(text)
    choose = box.addButton(
        QCoreApplication.translate("Application", "&Choose another database file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("Application", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or choose)
    box.setEscapeButton(quit_button)
    box.exec()
    if restore is not None and box.clickedButton() is restore:
        return Choice.RESTORE
    if box.clickedButton() is not choose:
        return None
    from PySide6.QtWidgets import QFileDialog  # built on first use: each Qt class costs start-up time

    start = str(config.data_dir())
    path, _ = QFileDialog.getSaveFileName(
        None,
        QCoreApplication.translate("Application", "Choose the database file"),
        start,
        QCoreApplication.translate("Application", "HallDesk database (*.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return path or None


def ask_damaged(parent: QWidget | None, found: integrity.Damage, can_restore: bool) -> Choice:
    """Tell that the open database file is damaged and takes no more writes; offer what can be done.

    ``can_restore``: the logged-in user is an administrator and a good backup
    exists. Tests replace this function.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Application", "HallDesk"))
    box.setText(QCoreApplication.translate("Application", "The database file is damaged."))
    lines = [
        QCoreApplication.translate(
            "Application",
            "SQLite found damage in {file}. HallDesk writes nothing more to it: you can still "
            "look things up, but nothing can be saved.",
        ).format(file=found.path)
    ]
    restore = None
    if can_restore and found.newest is not None:
        lines.append(
            QCoreApplication.translate(
                "Application",
                "Restore the newest good backup, taken on {time}? What was recorded after it is "
                "not in it. The damaged file is kept beside it under a dated name, and everyone "
                "logs in again.",
            ).format(time=_taken(found.newest))
        )
        restore = box.addButton(
            QCoreApplication.translate("Application", "&Restore the newest good backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    elif found.newest is not None:
        lines.append(
            QCoreApplication.translate(
                "Application",
                "Call the administrator: they can restore the newest good backup, taken on {time}.",
            ).format(time=_taken(found.newest))
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "Application", "There is no good backup to restore. Call the administrator."
            )
        )
    box.setInformativeText("\n\n".join(lines))
    box.setDetailedText(found.detail)
    read = box.addButton(
        QCoreApplication.translate("Application", "&Keep reading"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button = box.addButton(
        QCoreApplication.translate("Application", "&Quit"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(restore or read)
    box.setEscapeButton(read)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return Choice.RESTORE
    return Choice.QUIT if clicked is quit_button else Choice.READ


def _daily_backup() -> str:
    """The first start of the day copies the SQLite file; "" when that went well (or was done
    already), else what everyone should be told. A failure never stops the hall's work."""
    from app import backup

    try:
        backup.daily()
        return ""
    except Exception as err:  # noqa: BLE001 - a backup not taken must never stop the hall's work
        known = known_problem(err)
        if known is not None or isinstance(err, OSError):
            log.warning("daily backup not taken: %s", err)
            problem = str(known or err)
        else:
            log.exception("daily backup not taken")
            problem = QCoreApplication.translate("Application", "an unexpected error (see the log file)")
        return backup.daily_failed(problem)


def open_store_interactively(url: str | None) -> OpenedStore | None:
    """Open the database; on failure let the user pick another file, restore a backup, or quit (None)."""
    chosen: str | None = None
    while True:
        try:
            store = open_store(chosen or url)
        except DatabaseError as err:
            log.warning("cannot open the database: %s", err)
            target = chosen or config.database_url(url)
            newest = integrity.backup_for_unopenable(err, target)
            answer = ask_database_problem(err, target, newest)
            if answer is Choice.RESTORE and newest is not None:
                _restore_unopenable(target, newest)
                continue  # open it again: restored, or as it was when the restore failed
            if not isinstance(answer, str):
                return None
            chosen = answer
            continue
        if chosen:
            try:  # the file the user picked is the one to use from now on, on this PC
                config.save({"database": chosen})
            except OSError:
                log.warning("could not remember the database location")
        return store


def _restore_unopenable(url: str, newest: BackupFile) -> None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        kept = integrity.restore_unopenable(url, newest.path)
    except HallDeskError as err:
        QApplication.restoreOverrideCursor()
        show_error(None, err)
        return
    QApplication.restoreOverrideCursor()
    log.warning("restored %s over the damaged database, kept as %s", newest.path, kept)
    common.inform(
        None,
        QCoreApplication.translate("Application", "HallDesk"),
        QCoreApplication.translate(
            "Application", "The backup taken on {time} was restored. The damaged file is kept as:\n{file}"
        ).format(time=_taken(newest), file=kept),
    )


class DailyBackupThread(QThread):
    """The first start of the day copies the database beside the login dialog, not before it:
    copying and checking years of history takes seconds. Kept referenced until it ends, so that
    nothing deletes it while it runs."""

    failed = Signal(str)  # what to tell everyone
    running: set[DailyBackupThread] = set()

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(lambda: DailyBackupThread.running.discard(self))

    def start(self) -> None:  # type: ignore[override]
        DailyBackupThread.running.add(self)
        super().start()

    def run(self) -> None:
        try:
            if integrity.damage() is None:  # a file known to be damaged gives no good copy
                problem = _daily_backup()
                if problem:
                    self.failed.emit(problem)
        finally:  # the copy read through this thread's own connection
            if database.obj is not None and not database.obj.is_closed():
                database.obj.close()


class IntegrityThread(QThread):
    """Runs one integrity.Check off the UI thread. When the file is damaged, ``damaged`` says so at
    once (the window stops writing), then ``found`` brings what is wrong and the newest good backup
    (None: none), which this thread looked for: checking backups takes seconds at full scale."""

    damaged = Signal()
    found = Signal(str, object)

    def __init__(self, check: integrity.Check) -> None:
        super().__init__()
        self.check = check

    def run(self) -> None:
        from app import backup

        problem = self.check.run()
        if not problem or self.check.cancelled:
            return
        self.damaged.emit()
        newest = backup.newest_good()
        if not self.check.cancelled:
            self.found.emit(problem, newest)


# ---------------------------------------------------------------- the flow


class Shell(QObject):
    """First start or login, then the main window; Switch user goes round again.

    Dialogs are shown without blocking, so the flow can be driven by tests.
    ``quit`` is called when the user quits from a dialog or closes the window.
    """

    def __init__(self, store: OpenedStore, quit=None, idle_ms: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.window = None
        self.dialog = None
        self._quit = quit or QCoreApplication.quit
        self._idle_ms = idle_ms
        self.checker: IntegrityThread | None = None
        self.daily_backup: DailyBackupThread | None = None
        self.backup_problem = ""  # the day's backup failed: every window of this run says so
        self._checked: Path | None = None
        self.ended = False

    def begin(self) -> None:
        """Check the database file, then first start or login (run from the event loop); the day's
        first backup is taken meanwhile."""
        self.check_integrity()
        if not self.ended:
            self.start()
        if not self.ended:
            self.daily_backup = DailyBackupThread()
            self.daily_backup.failed.connect(self.backup_failed)
            self.daily_backup.start()

    def quit(self) -> None:
        self.ended = True
        self._quit()

    # -------------------------------------------------------- integrity

    def check_integrity(self) -> None:
        """quick_check the database file: now when it is small, on a thread when it is big.

        A big file is not checked before the window opens (seconds for years of
        history): the result comes while the user logs in or works, and a damaged
        file is switched to refusing writes at that moment.
        """
        check = integrity.start_check()
        if check is None:
            return
        self._checked = check.path
        if not integrity.in_background(check):
            problem = check.run()
            if problem:
                self.database_damaged(problem)
            return
        self.checker = IntegrityThread(check)
        self.checker.damaged.connect(self.stop_writing)
        self.checker.found.connect(self.database_damaged)
        self.checker.start()

    def stop_check(self) -> None:
        """Quitting: stop a check that is still running and wait for its thread, and let the day's
        backup finish (a copy cut short would only leave its temporary file)."""
        if self.checker is not None:
            self.checker.check.cancel()
            self.checker.wait(5000)
        if self.daily_backup is not None:
            self.daily_backup.wait(60_000)

    @Slot(str)
    def backup_failed(self, text: str) -> None:
        self.backup_problem = text
        if self.window is not None:
            self.window.show_backup_problem(text)

    def _still_checked(self) -> bool:
        """Whether the open database is the file the check looked at (not one restored since)."""
        return database_file() is not None and database_file() == self._checked

    @Slot()
    def stop_writing(self) -> None:
        """The check on its thread found damage: not one more write while it looks for a backup."""
        if integrity.damage() is None and self._still_checked():
            refuse_writes()

    @Slot(str, object)
    def database_damaged(self, problem: str, newest: object = integrity.LOOK_FOR_BACKUP) -> None:
        """The check found damage: no more writes to the file, then tell the user."""
        if integrity.damage() is None:
            if not self._still_checked():
                return  # another database is open by now (restored): this result is about the old one
            integrity.found_damage(problem, newest)
        self.tell_damage()

    def tell_damage(self) -> None:
        """Explain the damage; an administrator may restore the newest good backup from here."""
        found = integrity.damage()
        if found is None or self.ended:
            return
        session = self.window.session if self.window is not None else None
        parent = self.window if self.window is not None else self.dialog
        answer = ask_damaged(parent, found, integrity.can_restore(session, found))
        if answer is Choice.QUIT:
            self.quit()
        elif answer is Choice.RESTORE and session is not None and found.newest is not None:
            from ui import backup_actions

            backup_actions.restore_damaged(self.window, session, found.newest.path, self.switch_user)

    # -------------------------------------------------------- the flow

    def start(self) -> None:
        if auth.needs_setup():
            self.show_first_run()
        else:
            self.show_login()

    def _show(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.logged_in(dialog.session))
        dialog.rejected.connect(self.quit)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        QTimer.singleShot(PRELOAD_AFTER_MS, preload_window)  # after the dialog's first paint

    def show_first_run(self) -> None:
        from ui.login import FirstRunDialog

        self._show(FirstRunDialog(self.store.description))

    def show_login(self) -> None:
        from ui.login import LoginDialog

        self._show(LoginDialog(self.store.description))

    def logged_in(self, session: auth.Session | None) -> None:
        from ui.main_window import MainWindow

        self.dialog = None
        if session is None:
            self.quit()
            return
        window = MainWindow(session, self.store, idle_ms=self._idle_ms)
        window.switch_user_requested.connect(self.switch_user)
        window.closed.connect(lambda w=window: self._window_closed(w))
        self.window = window
        if self.backup_problem:
            window.show_backup_problem(self.backup_problem)
        window.show()
        window.raise_()
        window.activateWindow()
        if integrity.damage() is not None:  # found before this login: say it to whoever logged in
            QTimer.singleShot(0, self.tell_damage)

    def _window_closed(self, window) -> None:
        if window is self.window:  # not a window replaced by Switch user
            self.quit()

    def switch_user(self) -> None:
        """Log out: close what the user had open and ask who is next."""
        old, self.window = self.window, None
        if old is not None:
            for widget in QApplication.topLevelWidgets():
                if widget is not old and widget.isVisible() and widget.isWindow():
                    widget.close()  # dialogs of the old session end here (an exec() returns)
            old.save_geometry()
            old.hide()
            old.deleteLater()
        self.show_login()


def preload_window() -> None:
    """Load the main window's modules while the login dialog waits for the user (once; a few tens of
    milliseconds), so that the window follows the password at once."""
    import ui.main_window  # noqa: F401  (and what it loads: the roster tab, app's rules)
    import ui.warning_bars  # noqa: F401  (the calendar and the duty log, read as the window opens)


# ---------------------------------------------------------------- smoke run


def _smoke_session() -> auth.Session:
    name = os.environ.get("HALLDESK_USER")
    if name:
        return auth.login(name, os.environ.get("HALLDESK_PASSWORD", ""))
    # Nobody named: look, touch nothing.
    return auth.Session(
        username="smoke", role=auth.Role.OFFICER, permissions=frozenset({auth.Permission.READ})
    )


def run_smoke(app: QApplication, args: argparse.Namespace) -> int:
    """Open the database, build and show the main window with its data, report, exit."""
    from app import roster
    from ui.main_window import MainWindow

    try:
        store = open_store(args.db)
        session = _smoke_session()
    except (DatabaseError, AuthError) as err:
        print(f"smoke: {err}", file=sys.stderr)
        return EXIT_ERROR
    window = MainWindow(session, store, idle_ms=0, remember_geometry=False)
    window.show()
    expected = roster.count_staff("active")  # what the tab lists first
    total = roster.count_staff("all")
    deadline = time.monotonic() + SMOKE_TIMEOUT_S
    app.processEvents()
    while expected and window.roster_rows() == 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    shown = window.roster_rows()
    ready_at = time.time()  # wall clock, so a caller can time start-up without teardown
    window.close()
    app.processEvents()
    if expected and not shown:
        print(f"smoke: the roster tab shows no staff, the database has {expected}", file=sys.stderr)
        return 1
    # A self-test line for scripts: kept in English on purpose.
    print(f"smoke: ok, {shown} of {total} staff listed, {store.description}, ready at {ready_at:.6f}")
    return 0


# ---------------------------------------------------------------- entry


def run_gui(args: argparse.Namespace) -> int:
    """Run the window (or the smoke test); return the process exit status."""
    log_path = setup_logging()
    app = make_application()
    fonts.install_fonts(app)
    translation.install(translation.choose_language(getattr(args, "lang", None)), app)
    smoke = bool(getattr(args, "smoke", False))
    install_excepthook(log_path, smoke=smoke)
    if smoke:
        return run_smoke(app, args)
    app.setQuitOnLastWindowClosed(False)  # the Shell decides when HallDesk ends
    store = open_store_interactively(getattr(args, "db", None))
    if store is None:
        return EXIT_ERROR
    shell = Shell(store)
    app.aboutToQuit.connect(shell.stop_check)
    # From inside the event loop, so that Quit in a first dialog ends it.
    QTimer.singleShot(0, shell.begin)
    return app.exec()
