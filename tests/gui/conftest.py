"""Fixtures of the window tests: message boxes replaced by recorders."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication

from ui import common


@pytest.fixture(autouse=True)
def _no_window_left_open(qapp):
    """A dialog a test left open would stay modal for the tests after it: close what remains."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


@pytest.fixture
def messages(monkeypatch) -> SimpleNamespace:
    """``ui.common``'s error box, message box and yes/no question replaced by recorders.

    ``errors`` (the exceptions), ``infos`` ((title, text)) and ``questions`` (the
    texts) record what was shown; every question is answered with ``answer``.
    A test module extends this fixture (a fixture of the same name that asks for
    it) with its own file dialogs, and points ``show_error`` at
    ``common.show_error`` (by then the recorder) in the modules that import it
    by name.
    """
    seen = SimpleNamespace(errors=[], infos=[], questions=[], answer=True)

    def show_error(parent, err, title=None):
        seen.errors.append(err)

    def inform(parent, title, text):
        seen.infos.append((title, text))

    def confirm(parent, title, text):
        seen.questions.append(text)
        return seen.answer

    monkeypatch.setattr(common, "show_error", show_error)
    monkeypatch.setattr(common, "inform", inform)
    monkeypatch.setattr(common, "confirm", confirm)
    return seen
