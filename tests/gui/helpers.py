"""What the window tests do as a user does it: typing, finding dialogs, using the menu bar."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def ime_commit(widget, text: str) -> None:
    """Type Chinese the way an input method does: one committed string (QTest handles ASCII only)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text``: ASCII as key presses, Chinese as an input method commits it."""
    widget.setFocus()
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def replace_text(qtbot, line_edit, text: str) -> None:
    """Select all, delete, and type ``text`` (as ``type_text`` does)."""
    line_edit.setFocus()
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line_edit, Qt.Key.Key_Backspace)
    if text:
        type_text(qtbot, line_edit, text)


def type_date(qtbot, edit, text: str) -> None:
    """Tab into a date field (which selects its first section) and type the date."""
    edit.previousInFocusChain().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert edit.hasFocus()
    qtbot.keyClicks(edit, text)


def dialog_of(qtbot, parent: QWidget, kind: type) -> QWidget:
    """The visible dialog of class ``kind`` that ``parent`` opened, once it is the active window."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)))
    dialog = next(d for d in parent.findChildren(kind) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def closed(dialog: QWidget) -> bool:
    try:
        return not dialog.isVisible()
    except RuntimeError:  # already deleted
        return True


def click_menu_item(qtbot, window, menu, action) -> None:
    """Open ``menu`` from the menu bar with the mouse and click ``action`` in it."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def open_window(qtbot, session, store, idle_ms: int | None = 0, remember_geometry: bool = False):
    """The main window for ``session``, shown and exposed (idle lock off unless ``idle_ms`` says)."""
    from ui.main_window import MainWindow

    window = MainWindow(session, store, idle_ms=idle_ms, remember_geometry=remember_geometry)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
