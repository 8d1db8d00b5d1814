"""Starting the window: Qt application, fonts, language, database, first start or login.

``run_gui(args)`` is what ``halldesk`` without a command runs. With
``--smoke`` it starts everything without asking anything, shows the main
window with its data and exits 0 (or 2 when the database cannot be opened or
the given user cannot log in): a self-test for CI and for the start-up
benchmark.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app import auth, config
from app.errors import AuthError, DatabaseError, HallDeskError
from app.store import OpenedStore, open_store
from resources import resource_path
from ui import fonts, translation
from ui.common import show_error

log = logging.getLogger("halldesk")

EXIT_ERROR = 2
SMOKE_TIMEOUT_S = 15.0


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
    """Unexpected errors are logged and shown as a message, never a silent crash."""
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if smoke:
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
            QCoreApplication.exit(1)
            return
        if showing:
            return
        showing = True
        try:
            parent = QApplication.activeWindow()
            if isinstance(exc, HallDeskError):
                show_error(parent, exc)
            else:
                show_unexpected(parent, exc, log_path)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            log.exception("could not show the error")
        finally:
            showing = False

    sys.excepthook = hook


# ---------------------------------------------------------------- the database


def ask_database_problem(err: DatabaseError, url: str) -> str | None:
    """Explain why the database cannot be opened; return another file to try, or None to quit.

    Tests replace this function.
    """
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Application", "HallDesk"))
    box.setText(QCoreApplication.translate("Application", "HallDesk cannot open its database."))
    box.setInformativeText(str(err))
    choose = box.addButton(
        QCoreApplication.translate("Application", "&Choose another database file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("Application", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(choose)
    box.setEscapeButton(quit_button)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    start = str(config.data_dir())
    path, _ = QFileDialog.getSaveFileName(
        None,
        QCoreApplication.translate("Application", "Choose the database file"),
        start,
        QCoreApplication.translate("Application", "HallDesk database (*.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return path or None


def _daily_backup() -> None:
    """The first start of the day copies the SQLite file; a failure is logged, never in the way."""
    from app import backup
    from app.errors import HallDeskError

    try:
        backup.daily()
    except HallDeskError as err:
        logging.getLogger(__name__).warning("daily backup not taken: %s", err)


def open_store_interactively(url: str | None) -> OpenedStore | None:
    """Open the database; on failure let the user pick another file or quit (None)."""
    chosen: str | None = None
    while True:
        try:
            store = open_store(chosen or url)
        except DatabaseError as err:
            log.warning("cannot open the database: %s", err)
            chosen = ask_database_problem(err, chosen or config.database_url(url))
            if chosen is None:
                return None
            continue
        if chosen:
            try:  # the file the user picked is the one to use from now on, on this PC
                config.save({"database": chosen})
            except OSError:
                log.warning("could not remember the database location")
        return store


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

    def start(self) -> None:
        if auth.needs_setup():
            self.show_first_run()
        else:
            self.show_login()

    def _show(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.logged_in(dialog.session))
        dialog.rejected.connect(self._quit)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

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
            self._quit()
            return
        window = MainWindow(session, self.store, idle_ms=self._idle_ms)
        window.switch_user_requested.connect(self.switch_user)
        window.closed.connect(lambda w=window: self._window_closed(w))
        self.window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _window_closed(self, window) -> None:
        if window is self.window:  # not a window replaced by Switch user
            self._quit()

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
    _daily_backup()
    shell = Shell(store)
    shell.start()
    return app.exec()
