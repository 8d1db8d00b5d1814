"""File ▸ Back up now… for everyone; Administration ▸ Restore from a backup… for the administrator."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app import backup, roster
from db.models import Unit
from tests.gui.helpers import open_window
from ui import common

pytestmark = pytest.mark.sqlite_only  # copies of the SQLite file


def test_back_up_now_says_where_the_checked_copy_is(qtbot, store, officer, monkeypatch):
    told = []
    monkeypatch.setattr(common, "inform", lambda parent, title, text: told.append(text))
    window = open_window(qtbot, officer, store)
    assert window.backup_action.isEnabled() and window.admin_menu is None  # no restore for an officer
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    (made,) = backup.backups()
    assert str(made.path) in told[0] and backup.check_file(made.path) is None


def test_restore_replaces_the_database_and_everyone_logs_in_again(
    qtbot, store, admin, manager, tmp_path, monkeypatch
):
    roster.add_unit(manager, "社会保险服务中心")
    copy = backup.backup_now(tmp_path / "one-unit.sqlite")
    roster.add_unit(manager, "就业服务中心")
    told, asked = [], []
    monkeypatch.setattr(common, "inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(common, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    window = open_window(qtbot, admin, store)
    with qtbot.waitSignal(window.switch_user_requested, timeout=10000):
        window.restore_action.trigger()
    assert "one-unit.sqlite" in asked[0]
    assert [u.name for u in Unit.select()] == ["社会保险服务中心"]
    saved = Path(told[0].split("\n")[-1])
    assert "before-restore" in saved.name and backup.check_file(saved) is None
