"""Locking the screen after idle minutes, and unlocking with the same user's password.

``IdleWatcher`` is an application-wide event filter: every key press, click,
mouse move or wheel turn restarts a single-shot timer; when it runs out the
watcher says so. ``ScreenLock`` then covers the main window's content (and any
dialog that is open) with an opaque panel, disables the menus and keeps the
widgets underneath exactly as they were: a half-typed search, a selected row,
an open tab or an open dialog are all still there after unlocking.

The password form sits on the window the user can reach: the main window, or
the dialog that is open on top of it (a modal dialog blocks the main window).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import auth
from app.errors import HallDeskError

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


# How long after the window is made the idle watcher starts (see IdleWatcher).
WATCH_AFTER_MS = 1000


def minutes_to_ms(minutes: int) -> int:
    return max(0, int(minutes)) * 60_000


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input (0: never).

    It starts counting ``WATCH_AFTER_MS`` after it is made, once the window is on
    screen: from then on every event of the application passes through its filter
    (Python), and the first one addressed to a class of Qt's own makes PySide6
    build all the Python classes it has not built yet, tens of milliseconds that
    would otherwise delay the window's first paint. It never locks sooner than
    ``interval_ms`` after the last input all the same.
    """

    idle = Signal()

    def __init__(self, interval_ms: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval = 0
        self._started = False  # WATCH_AFTER_MS have passed
        self._paused = False
        self._watching = False  # the input filter is installed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.setInterval(WATCH_AFTER_MS)
        self._start.timeout.connect(self._begin)
        self._start.start()
        self.set_interval(interval_ms)

    @property
    def interval(self) -> int:
        return self._interval

    def set_interval(self, interval_ms: int) -> None:
        self._interval = max(0, int(interval_ms))
        self._update()

    def pause(self) -> None:
        self._paused = True
        self._update()

    def resume(self) -> None:
        self._paused = False
        self._update()

    def stop(self) -> None:
        self._start.stop()
        self._started = False
        self._update()

    def _begin(self) -> None:
        self._started = True
        self._update()

    def _update(self) -> None:
        # No lock wanted (0 minutes): no filter either, so events do not pass through Python for nothing.
        counting = self._started and self._interval > 0
        self._watch(counting)
        if counting and not self._paused:
            self._timer.setInterval(self._interval)
            self._timer.start()
        else:
            self._timer.stop()

    def _watch(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if on == self._watching or app is None:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class UnlockForm(QFrame):
    """Who is logged in, a password field, Unlock and Switch user."""

    unlock_requested = Signal(str)
    switch_user_requested = Signal()

    def __init__(self, session: auth.Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMaximumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("HallDesk is locked"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        if session.display_name:
            text = self.tr("{name} ({user}) is logged in. Enter the password to go on where you left off.")
        else:
            text = self.tr("{user} is logged in. Enter the password to go on where you left off.")
        self.who = QLabel(text.format(name=session.display_name, user=session.username))
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        row = QHBoxLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self._submit)
        row.addWidget(self.password, 1)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self._submit)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        self.switch_button = QPushButton(self.tr("&Switch user…"))
        self.switch_button.setFlat(True)
        self.switch_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.switch_button.setStyleSheet("text-align: left; color: palette(link); padding: 2px 0;")
        self.switch_button.clicked.connect(self.switch_user_requested)
        layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _submit(self) -> None:
        if not self.password.text():  # an empty Enter is not counted as a wrong password
            self.show_message(self.tr("Enter your password."))
            return
        self.unlock_requested.emit(self.password.text())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.password.clear()
        self.password.setFocus()


class LockCover(QFrame):
    """An opaque panel over ``target`` (or over its ``area`` child) while locked.

    Key presses stop here, so nothing typed reaches the window underneath
    (Escape does not close a covered dialog, Enter does not press its button).
    """

    def __init__(self, target: QWidget, area: QWidget | None = None) -> None:
        super().__init__(target)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.target = target
        self.area = area
        self._saved_limits: tuple[QSize, QSize, QSize] | None = None
        self._disabled: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(QCoreApplication.translate("LockCover", "HallDesk is locked."))
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        # What sits under the cover stays as it is, only disabled: no focus, no shortcuts.
        underneath = (
            [area]
            if area is not None
            else target.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        )
        for widget in underneath:
            if widget is not self and not widget.isWindow() and widget.isEnabled():
                widget.setEnabled(False)
                self._disabled.append(widget)
        target.installEventFilter(self)
        if area is not None:
            area.installEventFilter(self)
        self._sync()
        self.show()
        self.raise_()

    def _sync(self) -> None:
        self.setGeometry(self.area.geometry() if self.area is not None else self.target.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._sync()
        return False

    def keyPressEvent(self, event) -> None:
        event.accept()

    def hold(self, form: UnlockForm) -> None:
        """Show the unlock form on this cover, growing a small window to fit it."""
        self.note.hide()
        self.layout().addWidget(form, 0, Qt.AlignmentFlag.AlignCenter)
        form.show()
        need = form.sizeHint() + QSize(48, 48)
        current = self.size()
        if current.width() < need.width() or current.height() < need.height():
            if self._saved_limits is None:
                t = self.target
                self._saved_limits = (t.minimumSize(), t.maximumSize(), t.size())
            extra = self.target.size() - current
            wanted = need.expandedTo(current) + extra
            self.target.setMinimumSize(wanted.expandedTo(self.target.minimumSize()))
            self.target.resize(wanted.expandedTo(self.target.size()))

    def release(self) -> None:
        """Take the cover away and give back exactly what was there."""
        for widget in self._disabled:
            if _alive(widget):
                widget.setEnabled(True)
        if _alive(self.target):
            self.target.removeEventFilter(self)
            if self._saved_limits is not None:
                minimum, maximum, size = self._saved_limits
                self.target.setMinimumSize(minimum)
                self.target.setMaximumSize(maximum)
                self.target.resize(size)
        if _alive(self.area):
            self.area.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class ScreenLock(QObject):
    """Locks ``window`` after idle time or on request; unlocks with the session's password.

    ``chrome(enabled)`` is called to disable and re-enable the window's menus,
    toolbars and actions.
    """

    locked = Signal()
    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        session: auth.Session,
        idle_ms: int = 0,
        chrome: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._chrome = chrome
        self._covers: dict[int, LockCover] = {}
        self._form: UnlockForm | None = None
        self._focus: QWidget | None = None
        self._locked = False
        self.watcher = IdleWatcher(idle_ms, self)
        self.watcher.idle.connect(self.lock)

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def form(self) -> UnlockForm | None:
        return self._form if _alive(self._form) else None

    def set_idle_ms(self, idle_ms: int) -> None:
        self.watcher.set_interval(idle_ms)
        if self._locked:
            self.watcher.pause()

    def stop(self) -> None:
        """The window is going away: no more locking, no covers left behind."""
        self.watcher.stop()
        if self._locked:
            self._release()

    # ------------------------------------------------------------ locking

    def lock(self) -> None:
        if self._locked or not self.window.isVisible():
            return
        self._locked = True
        self.watcher.pause()
        self._focus = QApplication.focusWidget()
        popup = QApplication.activePopupWidget()
        while popup is not None:  # an open menu or drop-down would show over the cover
            popup.close()
            popup = QApplication.activePopupWidget()
        if self._chrome is not None:
            self._chrome(False)
        self._refresh()
        QCoreApplication.instance().installEventFilter(self)
        self.locked.emit()

    def _windows(self) -> list[QWidget]:
        """The visible windows to cover: the main window and any dialog or message box."""
        result = [self.window]
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if widget.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Window, Qt.WindowType.Sheet):
                result.append(widget)
        return result

    def _refresh(self) -> None:
        """Cover every visible window and put the form where the user can type."""
        if not self._locked:
            return
        for key, cover in list(self._covers.items()):
            if not _alive(cover) or not _alive(cover.target):
                del self._covers[key]
        for widget in self._windows():
            if id(widget) not in self._covers:
                area = self.window.centralWidget() if widget is self.window else None
                self._covers[id(widget)] = LockCover(widget, area)
        modal = QApplication.activeModalWidget()
        host = modal if modal is not None and id(modal) in self._covers else self.window
        form = self.form
        if form is None:
            form = self._form = UnlockForm(self.session)
            form.unlock_requested.connect(self.try_unlock)
            form.switch_user_requested.connect(self.switch_user_requested)
        cover = self._covers[id(host)]
        if form.parent() is not cover:
            cover.hold(form)
            for other in self._covers.values():
                if other is not cover:
                    other.note.show()
        form.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.Show, QEvent.Type.Hide)
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            form = self.form
            if kind == QEvent.Type.Hide and form is not None and form.window() is watched:
                # The dialog holding the form is closing: move the form to safety first.
                main_cover = self._covers.get(id(self.window))
                if main_cover is not None and watched is not self.window:
                    main_cover.hold(form)
            QTimer.singleShot(0, self._refresh)
        return False

    # ------------------------------------------------------------ unlocking

    def try_unlock(self, password: str) -> bool:
        """Unlock if ``password`` is the session user's; otherwise say why not."""
        try:
            auth.verify_password(self.session, password)
        except HallDeskError as err:
            if self.form is not None:
                self.form.show_message(str(err))
            return False
        self._release()
        self.watcher.resume()
        self.unlocked.emit()
        return True

    def _release(self) -> None:
        QCoreApplication.instance().removeEventFilter(self)
        self._locked = False
        form = self.form
        if form is not None:
            form.hide()
            form.deleteLater()
        self._form = None
        for cover in self._covers.values():
            if _alive(cover):
                cover.release()
        self._covers.clear()
        if self._chrome is not None:
            self._chrome(True)
        if _alive(self._focus) and self._focus.isVisible():
            self._focus.setFocus()
        self._focus = None
