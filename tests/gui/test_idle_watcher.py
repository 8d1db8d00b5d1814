"""The idle watcher starts after the window is up, and watches input only while a lock is wanted."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui import idle_lock
from ui.idle_lock import IdleWatcher


@pytest.fixture
def soon(monkeypatch) -> int:
    """Watching starts 300 ms after the watcher is made (a second in the program)."""
    monkeypatch.setattr(idle_lock, "WATCH_AFTER_MS", 300)
    return 300


def test_idle_is_counted_from_when_watching_starts(qtbot, soon):
    made = time.monotonic()
    watcher = IdleWatcher(200)
    with qtbot.waitSignal(watcher.idle, timeout=3000):
        pass
    # (Qt's coarse timers may fire up to 5 % early.)
    assert time.monotonic() - made >= 0.9 * (soon + 200) / 1000
    watcher.stop()


def test_input_while_watching_puts_the_lock_off(qtbot, soon):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher(600)
    fired = []
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    qtbot.wait(soon + 50)
    for _ in range(6):  # 900 ms of typing, never 600 ms without
        qtbot.wait(150)
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert not fired
    last = time.monotonic()
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert fired[0] - last >= 0.9 * 0.6
    watcher.stop()


def test_input_is_watched_only_while_a_lock_is_wanted(qtbot, soon):
    watcher = IdleWatcher(0)
    qtbot.wait(soon + 50)
    assert not watcher._watching  # 0 minutes: never locks, so no event passes through Python
    watcher.set_interval(60_000)
    assert watcher._watching
    watcher.pause()
    assert watcher._watching and not watcher._timer.isActive()
    watcher.resume()
    assert watcher._timer.isActive()
    watcher.set_interval(0)
    assert not watcher._watching and not watcher._timer.isActive()
    watcher.set_interval(60_000)
    watcher.stop()
    assert not watcher._watching and not watcher._timer.isActive()


def test_a_watcher_stopped_before_it_starts_never_starts(qtbot, soon):
    watcher = IdleWatcher(100)
    assert not watcher._watching
    watcher.stop()
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    qtbot.wait(soon + 300)
    assert not watcher._watching and not fired
