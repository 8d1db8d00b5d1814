"""The main window: the tabs, the menus, the status bar and the screen lock.

Only real tabs are shown: the Staff roster, Attendance, Leave slips, the
Duty log and the Sanctions ledger. Switching the
language rebuilds the window's content in place with the new translators:
the same logged-in session, the same window, the same tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QSizePolicy,
    QStatusBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import auth, config, i18n, settings
from app.auth import Permission, Session
from app.errors import HallDeskError
from app.store import OpenedStore
from resources import resource_path
from ui import translation
from ui.common import show_error
from ui.idle_lock import ScreenLock, minutes_to_ms
from ui.live_refresh import LiveRefresh
from ui.roster_tab import RosterTab

GEOMETRY_KEY = "window_geometry"
STATUS_MESSAGE_MS = 10_000


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("halldesk")
    except PackageNotFoundError:
        return "0.0.0"


class LazyPage(QWidget):
    """A tab page whose content is built the first time it is shown or asked for."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    @property
    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._build(self)
            self.layout().addWidget(self._content)
            self._content.show()  # now, not on the next event-loop turn
        return self._content


class MainWindow(QMainWindow):
    """HallDesk's window for one logged-in ``session`` on the opened ``store``.

    ``idle_ms`` overrides the hall's idle-lock minutes (0: never lock); it
    exists for tests and the smoke run. Signals: ``switch_user_requested``
    when the user logs out, ``closed`` when the window was closed.
    """

    switch_user_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        session: Session,
        store: OpenedStore,
        idle_ms: int | None = None,
        remember_geometry: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self._remember_geometry = remember_geometry
        self._idle_override = idle_ms
        self._actions: list[QAction] = []
        self._chrome_state: dict[int, bool] = {}
        self._dialog: QDialog | None = None
        self.roster_tab: RosterTab | None = None
        self.tabs: QTabWidget | None = None
        self.toolbar: QToolBar | None = None
        self.weekly_dialog: QDialog | None = None
        self.screen_lock = ScreenLock(self, session, self._idle_ms(), chrome=self._set_chrome_enabled)
        self.screen_lock.switch_user_requested.connect(self.switch_user)
        self._build()
        self._restore_geometry()

    # ------------------------------------------------------------ building

    def _idle_ms(self) -> int:
        if self._idle_override is not None:
            return self._idle_override
        try:
            return minutes_to_ms(int(settings.get("idle_lock_minutes") or 0))
        except (TypeError, ValueError):
            return minutes_to_ms(15)

    def _build(self) -> None:
        """(Re)build menus, tabs and status bar in the current language."""
        self._actions = []
        self.setMenuBar(QMenuBar(self))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.roster_tab = RosterTab(self.session, self.tabs)
        self.tabs.addTab(self.roster_tab, self.tr("Staff roster"))
        # The other tabs are built when first shown (or asked for): start-up
        # pays only for the page the user sees.
        self._attendance_page = LazyPage(self._make_attendance_tab, self.tabs)
        self.tabs.addTab(self._attendance_page, self.tr("Attendance"))
        self._leave_page = LazyPage(self._make_leave_tab, self.tabs)
        self.tabs.addTab(self._leave_page, self.tr("Leave slips"))
        self._duty_page = LazyPage(self._make_duty_tab, self.tabs)
        self.tabs.addTab(self._duty_page, self.tr("Duty log"))
        self._sanctions_page = LazyPage(self._make_sanctions_tab, self.tabs)
        self.tabs.addTab(self._sanctions_page, self.tr("Sanctions ledger"))
        self._attendance_stale = False
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self._with_calendar_warning(self.tabs))
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.update_title()
        # What other PCs change shows here too (see ui/live_refresh.py).
        self.live_refresh = LiveRefresh(
            self.tabs, self._tab_content, lambda: self.is_locked, also=self._changed_elsewhere
        )

    def _tab_content(self, page: QWidget) -> QWidget | None:
        """The tab behind a tab page; None for a page not built yet."""
        if isinstance(page, LazyPage):
            return page.content if page.built else None
        return page

    def _changed_elsewhere(self) -> None:
        self.duty_warning.refresh()
        self.calendar_warning.refresh()

    def _action(self, menu, text: str, slot, shortcut=None, enabled: bool = True) -> QAction:
        action = QAction(text, menu)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        menu.addAction(action)
        self._actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        can_roster = self.session.can(Permission.ROSTER)

        self.file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.file_menu, self.tr("&Import roster…"), self._import_roster, enabled=can_roster
        )
        if not can_roster:
            self.import_action.setStatusTip(self.tr("Only a manager or an administrator imports the roster."))
        self.export_action = self._action(self.file_menu, self.tr("&Export roster…"), self._export_roster)
        self.import_punches_action = self._action(
            self.file_menu,
            self.tr("Import &punches…"),
            lambda: self.attendance_tab.import_punches(),
            enabled=self.session.can(Permission.RECORD),
        )
        self.verify_action = self._action(self.file_menu, self.tr("&Verify a notice…"), self.verify_notice)
        self.backup_action = self._action(self.file_menu, self.tr("&Back up now…"), self.back_up_now)
        self.file_menu.addSeparator()
        self.quit_action = self._action(
            self.file_menu, self.tr("&Quit"), self.close, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.view_menu = bar.addMenu(self.tr("&View"))
        # Ctrl+W closes things elsewhere; M for the Monday meeting.
        self.weekly_action = self._action(
            self.view_menu,
            self.tr("&Weekly summary…"),
            self.open_weekly_summary,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M),
        )
        self.weekly_action.setStatusTip(
            self.tr("How each unit did, who broke the rules and what to decide: the Monday meeting's figures")
        )
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self.language_menu)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in translation.LANGUAGE_NAMES.items():
            action = self._action(
                self.language_menu, name, lambda _checked=False, c=code: self.set_language(c)
            )
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
            group.addAction(action)
            self.language_actions[code] = action

        self.account_menu = bar.addMenu(self.tr("A&ccount"))
        self.lock_action = self._action(
            self.account_menu,
            self.tr("&Lock now"),
            self.lock_now,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L),
        )
        self.password_action = self._action(
            self.account_menu, self.tr("&Change password…"), self.change_password
        )
        self.password_action.setEnabled(self.session.user_id is not None)
        self.account_menu.addSeparator()
        self.switch_action = self._action(self.account_menu, self.tr("&Switch user…"), self.switch_user)

        self.admin_menu = None
        if self.session.can(Permission.ADMIN):
            self.admin_menu = bar.addMenu(self.tr("Ad&ministration"))
            self._action(self.admin_menu, self.tr("&Users…"), self.open_users)
            self._action(self.admin_menu, self.tr("Hall &settings…"), self.open_settings)
            self.admin_menu.addSeparator()
            self.calendar_action = self._action(self.admin_menu, self.tr("&Calendar…"), self.open_calendar)
            self.schedule_action = self._action(
                self.admin_menu, self.tr("Work sc&hedule…"), self.open_schedule
            )
            self.leave_kinds_action = self._action(
                self.admin_menu, self.tr("Leave &kinds…"), self.open_leave_kinds
            )
            self.inspection_categories_action = self._action(
                self.admin_menu, self.tr("&Inspection categories…"), self.open_inspection_categories
            )
            self.sanction_rules_action = self._action(
                self.admin_menu, self.tr("Sanction &rules…"), self.open_sanction_rules
            )
            # "Si&gning": C already chooses the calendar in this menu.
            self.certificate_action = self._action(
                self.admin_menu, self.tr("Si&gning certificate…"), self.open_certificate
            )
            self.admin_menu.addSeparator()
            self.restore_action = self._action(
                self.admin_menu, self.tr("Restore from a &backup…"), self.restore_backup
            )

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.help_menu, self.tr("&About HallDesk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_toolbar(self) -> None:
        """A small toolbar with the Weekly summary (rebuilt with the menus in a new language)."""
        if self.toolbar is not None:
            self.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        self.toolbar = QToolBar(self.tr("Toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # A picture of our own: the style's standard icons would build QStyle's enums at start-up.
        icon = QIcon()
        for name in ("weekly.png", "weekly@2x.png"):
            icon.addFile(str(resource_path("icons", name)))
        self.weekly_action.setIcon(icon)
        self.weekly_action.setToolTip(
            self.tr("Weekly summary for the Monday meeting ({keys})").format(
                keys=self.weekly_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.toolbar.addAction(self.weekly_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        bar = QStatusBar(self)
        self.setStatusBar(bar)
        self.database_label = QLabel(self.store.description)
        self.database_label.setToolTip(
            self.tr("The database HallDesk reads and writes") + "\n" + self.store.description
        )
        # A long path (a network share) is cut at the window's edge rather than widening the window.
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if self.session.display_name:
            who = self.tr("User: {name} ({user})").format(
                name=self.session.display_name, user=self.session.username
            )
        else:
            who = self.tr("User: {user}").format(user=self.session.username)
        self.user_label = QLabel(who)
        self.role_label = QLabel(self.tr("Role: {role}").format(role=auth.role_label(self.session.role)))
        # A normal (not permanent) widget, so that status messages can show in its place.
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.role_label)

    def _attendance_changed(self) -> None:
        """A slip changed the sessions attendance derives: read them again when Attendance is next shown."""
        self._attendance_stale = True

    def _make_attendance_tab(self, parent: QWidget) -> QWidget:
        from ui.attendance_tab import AttendanceTab

        return AttendanceTab(self.session, parent)

    def _make_leave_tab(self, parent: QWidget) -> QWidget:
        from ui.leave_tab import LeaveTab

        tab = LeaveTab(self.session, parent)
        tab.changed.connect(self._attendance_changed)
        return tab

    def _make_duty_tab(self, parent: QWidget) -> QWidget:
        from ui.duty_tab import DutyTab

        tab = DutyTab(self.session, parent)
        # An off-post finding changes the sessions; a signed or reopened day changes the warning.
        tab.changed.connect(self._attendance_changed)
        tab.changed.connect(lambda: self.duty_warning.refresh())
        return tab

    @property
    def attendance_tab(self):
        return self._attendance_page.content

    @property
    def leave_tab(self):
        return self._leave_page.content

    @property
    def duty_tab(self):
        return self._duty_page.content

    def _make_sanctions_tab(self, parent: QWidget) -> QWidget:
        from ui.sanctions_tab import SanctionsTab

        tab = SanctionsTab(self.session, parent)
        # An evidence line opens its day where it was recorded.
        tab.show_attendance_day.connect(self.show_attendance_day)
        tab.show_duty_day.connect(self.show_duty_day)
        return tab

    @property
    def sanctions_tab(self):
        return self._sanctions_page.content

    def show_attendance_day(self, day) -> None:
        self.tabs.setCurrentWidget(self._attendance_page)
        self.attendance_tab.show_day(day)

    def show_duty_day(self, day) -> None:
        self.tabs.setCurrentWidget(self._duty_page)
        self.duty_tab.show_day(day)

    def open_weekly_summary(self) -> QDialog:
        """View → Weekly summary…: a window of its own beside this one (one at a time), so that a day or
        an entry it opens here can come in front of it. It closes with this window."""
        import shiboken6

        from ui.weekly_dialog import WeeklyDialog

        dialog = self.weekly_dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = WeeklyDialog(self.session)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowIcon(self.windowIcon())
        dialog.show_attendance_day.connect(lambda day: self._from_summary(self.show_attendance_day, day))
        dialog.show_duty_day.connect(lambda day: self._from_summary(self.show_duty_day, day))
        dialog.open_ledger_entry.connect(
            lambda entry_id: self._from_summary(self.show_ledger_entry, entry_id)
        )
        dialog.open_eligibility.connect(lambda year: self._from_summary(self.show_eligibility, year))
        # A decision there changes the ledger: read it again if the tab is built.
        dialog.changed.connect(lambda: self._sanctions_page.built and self.sanctions_tab.refresh())
        self.closed.connect(dialog.close)
        self.switch_user_requested.connect(dialog.close)  # the next user does not inherit it
        self.weekly_dialog = dialog
        frame = dialog.frameGeometry()
        frame.moveCenter(self.frameGeometry().center())
        dialog.move(frame.topLeft())
        dialog.show()
        return dialog

    def _from_summary(self, show: Callable[[object], None], what: object) -> None:
        """The Weekly summary asked for a day or an entry: show it here, in front."""
        show(what)
        self.raise_()
        self.activateWindow()

    def show_ledger_entry(self, entry_id: int) -> None:
        """The Sanctions ledger with entry ``entry_id`` chosen, only its person's record listed."""
        self.tabs.setCurrentWidget(self._sanctions_page)
        self.sanctions_tab.select_entry(entry_id)

    def show_eligibility(self, year: int) -> None:
        """The Sanctions ledger's year-end eligibility list of ``year``."""
        self.tabs.setCurrentWidget(self._sanctions_page)
        tab = self.sanctions_tab
        tab.eligibility.year.setValue(year)
        tab.pages.setCurrentWidget(tab.eligibility)

    def verify_notice(self):
        """File → Verify a notice…: the verdict on a PDF someone brings."""
        from ui.notice_verify import verify_notice

        return verify_notice(self)

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index) if self.tabs is not None else None
        if not isinstance(page, LazyPage):
            return
        fresh = not page.built
        content = page.content
        if page is self._attendance_page and self._attendance_stale and not fresh:
            self._attendance_stale = False
            content.refresh()

    def update_title(self) -> None:
        hall = str(settings.get("hall_name") or "")
        self.setWindowTitle(self.tr("HallDesk — {hall}").format(hall=hall) if hall else self.tr("HallDesk"))

    def menu_titles(self) -> list[str]:
        return [a.text() for a in self.menuBar().actions()]

    def roster_rows(self) -> int:
        """How many staff the roster tab lists now."""
        return self.roster_tab.shown_count() if self.roster_tab is not None else 0

    # ------------------------------------------------------------ geometry

    def _restore_geometry(self) -> None:
        saved = config.load().get(GEOMETRY_KEY) if self._remember_geometry else None
        if saved and self.restoreGeometry(QByteArray.fromBase64(str(saved).encode("ascii"))):
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1200, 780
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        if screen is not None:
            frame = self.frameGeometry()
            frame.moveCenter(screen.center())
            self.move(frame.topLeft())

    def save_geometry(self) -> None:
        if not self._remember_geometry:
            return
        try:
            config.save({GEOMETRY_KEY: bytes(self.saveGeometry().toBase64()).decode("ascii")})
        except OSError:
            pass  # the window's size is a convenience, never a reason to fail

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.screen_lock.stop()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    # ------------------------------------------------------------ locking

    def _set_chrome_enabled(self, enabled: bool) -> None:
        """Menus and their shortcuts off while locked, and back as they were afterwards."""
        if not enabled:
            self._chrome_state = {id(a): a.isEnabled() for a in self._actions}
            for action in self._actions:
                action.setEnabled(False)
        else:
            for action in self._actions:
                action.setEnabled(self._chrome_state.get(id(action), True))
            self._chrome_state = {}
        self.menuBar().setEnabled(enabled)

    def lock_now(self) -> None:
        self.screen_lock.lock()

    @property
    def is_locked(self) -> bool:
        return self.screen_lock.is_locked

    # ------------------------------------------------------------ actions

    def _import_roster(self) -> None:
        if self.roster_tab is not None:
            self.roster_tab.import_roster()

    def _export_roster(self) -> None:
        if self.roster_tab is not None:
            self.roster_tab.export_roster()

    def set_language(self, lang: str) -> None:
        """Switch the language: save it for this PC and rebuild the window in place."""
        lang = i18n.normalise(lang)
        if lang == i18n.language():
            self.language_actions[lang].setChecked(True)
            return
        # Rebuild after the menu that triggered this has closed.
        QTimer.singleShot(0, lambda: self._switch_language(lang))

    def _switch_language(self, lang: str) -> None:
        translation.install(lang)
        try:
            config.save({"language": lang})
        except OSError as err:
            show_error(self, HallDeskError(str(err)))
        tab = self.tabs.currentIndex() if self.tabs is not None else 0
        self._build()
        if self.tabs is not None and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self.statusBar().showMessage(
            self.tr(
                "HallDesk now speaks {language}. You are still logged in; nothing else has changed."
            ).format(language=translation.LANGUAGE_NAMES.get(lang, lang)),
            STATUS_MESSAGE_MS,
        )

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_dialog", None))
        dialog.open()
        return dialog

    def change_password(self) -> QDialog:
        from ui.login import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.session, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), STATUS_MESSAGE_MS)
        )
        return self._open_dialog(dialog)

    def back_up_now(self) -> None:
        from ui import backup_actions

        backup_actions.back_up_now(self, succeeded=self.backup_warning.clear)

    def show_backup_problem(self, text: str) -> None:
        """The day's backup failed: say so at the top of the window, to whoever works here."""
        self.backup_warning.say("⚠ " + text)

    def restore_backup(self) -> None:
        from ui import backup_actions

        # The restored database may hold other accounts: everyone logs in again.
        backup_actions.restore_from_backup(self, self.session, self.switch_user)

    def switch_user(self) -> None:
        """Log out: the application shows the login dialog again."""
        self.screen_lock.stop()
        self.switch_user_requested.emit()

    def open_users(self) -> QDialog | None:
        if not self.session.can(Permission.ADMIN):
            return None
        from ui.users_dialog import UsersDialog

        return self._open_dialog(UsersDialog(self.session, self))

    def open_settings(self) -> QDialog | None:
        if not self.session.can(Permission.ADMIN):
            return None
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self.store, self)
        dialog.accepted.connect(self._settings_saved)
        return self._open_dialog(dialog)

    def _with_calendar_warning(self, content: QWidget) -> QWidget:
        """``content`` under a warning, shown to everyone, while a year of the next 60 days has no
        official holiday schedule (it is then counted as plain Monday to Friday)."""
        from PySide6.QtWidgets import QVBoxLayout

        from ui.warning_bars import BackupFailedBar, MissingYearBar, UnclosedDaysBar

        self.backup_warning = BackupFailedBar(self.back_up_now)  # shown by show_backup_problem
        self.calendar_warning = MissingYearBar(self.session, self.open_calendar)
        self.duty_warning = UnclosedDaysBar()  # past workdays whose duty log is not closed
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.backup_warning)
        column.addWidget(self.calendar_warning)
        column.addWidget(self.duty_warning)
        column.addWidget(content, 1)
        return box

    def open_calendar(self) -> QDialog | None:
        if not self.session.can(Permission.ADMIN):
            return None
        from ui.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(self.session, self)
        dialog.changed.connect(lambda: self.calendar_warning.refresh())
        return self._open_dialog(dialog)

    def open_schedule(self) -> QDialog | None:
        if not self.session.can(Permission.ADMIN):
            return None
        from ui.schedule_dialog import ScheduleDialog

        return self._open_dialog(ScheduleDialog(self.session, self))

    def open_leave_kinds(self) -> QDialog | None:
        if not self.session.can(Permission.ADMIN):
            return None
        from ui.leave_kinds_dialog import LeaveKindsDialog

        return self._open_dialog(LeaveKindsDialog(self.session, self))

    def open_inspection_categories(self) -> QDialog | None:
        if not self.session.can(Permission.ADMIN):
            return None
        from ui.inspection_categories_dialog import InspectionCategoriesDialog

        dialog = InspectionCategoriesDialog(self.session, self)
        # The entry of findings offers the categories by key: read them again if it is built.
        dialog.changed.connect(lambda: self._duty_page.built and self.duty_tab.log_page.bar.load_categories())
        return self._open_dialog(dialog)

    def open_sanction_rules(self) -> QDialog | None:
        if not self.session.can(Permission.ADMIN):
            return None
        from ui.sanction_rules_dialog import SanctionRulesDialog

        return self._open_dialog(SanctionRulesDialog(self.session, self))

    def open_certificate(self) -> QDialog | None:
        if not self.session.can(Permission.ADMIN):
            return None
        from ui.certificate_dialog import CertificateDialog

        return self._open_dialog(CertificateDialog(self.session, self))

    def _settings_saved(self) -> None:
        self.update_title()
        self.screen_lock.set_idle_ms(self._idle_ms())
        self.statusBar().showMessage(self.tr("The hall settings were saved."), STATUS_MESSAGE_MS)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About HallDesk"))
        box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
        box.setText(self.tr("<b>HallDesk</b> {version}").format(version=app_version()))
        box.setInformativeText(
            self.tr(
                "The front-office desk of a service hall: staff roster, attendance, duty log, "
                "leave slips and the sanctions ledger.\n\n"
                "Database: {database}\n\n"
                "Chinese text is shown in WenQuanYi Micro Hei (文泉驿微米黑), which ships with "
                "HallDesk under the Apache License 2.0; see LICENSE-wqy-microhei.txt in the fonts folder."
            ).format(database=self.store.description)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box
