"""Showing what others changed: the tab in view reads again when the database has moved on.

Several PCs share one PostgreSQL database (and two windows may share one
SQLite file). Every change is written with an audit entry, so the newest
entry's id (``app.audit.change_stamp``) tells cheaply whether anything changed
since a tab last read. The check runs when the window comes back to the
front, when another tab is chosen, and on a timer; a tab is read again only
when it is safe: no dialog or menu open, no cell being edited, and nothing
typed that is not saved yet (a tab says so with ``unsaved_edits()``). Until
then the refresh waits for the next check, so nobody loses what they typed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget

from app import audit

log = logging.getLogger(__name__)

CHECK_MS = 20_000  # a hall's changes come minutes apart; a check costs one index lookup


def busy(tab: QWidget) -> bool:
    """Whether reading ``tab`` again now could lose or disturb what its user is doing."""
    if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
        return True
    for view in tab.findChildren(QAbstractItemView):
        if view.state() == QAbstractItemView.State.EditingState:
            return True
    unsaved = getattr(tab, "unsaved_edits", None)
    return bool(unsaved is not None and unsaved())


class LiveRefresh(QObject):
    """Keeps the shown tab up to date with changes made elsewhere.

    ``content_of(page)`` gives the tab behind a tab page, or None while a
    lazily built page has not been built (it reads fresh when it is).
    ``also`` is called after a change is seen (the window's warning bars).
    """

    def __init__(
        self,
        tabs: QTabWidget,
        content_of: Callable[[QWidget], QWidget | None],
        paused: Callable[[], bool],
        also: Callable[[], None] | None = None,
        interval_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.content_of = content_of
        self.paused = paused
        self.also = also
        self._seen: dict[int, int] = {}  # id(tab) → the stamp its data was read at
        self._window_seen = self._stamp() or 0
        shown = self.content_of(tabs.currentWidget()) if tabs.currentWidget() is not None else None
        if shown is not None:  # built just before: it has read everything up to here
            self._seen[id(shown)] = self._window_seen
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        if interval_ms > 0:
            self.timer.start()
        tabs.currentChanged.connect(lambda _index: QTimer.singleShot(0, self.check))
        app = QApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    @staticmethod
    def _stamp() -> int | None:
        try:
            return audit.change_stamp()
        except Exception as err:  # noqa: BLE001 - the server away, a dropped connection: try next time
            log.info("change check skipped: %s", err)
            return None

    def check(self) -> bool:
        """Read the shown tab again if the database changed since it last read; True if it did."""
        if self.paused():
            return False
        stamp = self._stamp()
        if stamp is None:
            return False
        if stamp != self._window_seen and self.also is not None:
            self.also()
        self._window_seen = stamp
        page = self.tabs.currentWidget()
        tab = self.content_of(page) if page is not None else None
        if tab is None:
            return False
        key = id(tab)
        if key not in self._seen:
            self._seen[key] = stamp  # built just now: it has read everything up to here
            return False
        if self._seen[key] == stamp or busy(tab):
            return False
        tab.refresh()
        self._seen[key] = stamp
        return True
